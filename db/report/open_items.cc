#include "db/report/open_items.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"

namespace frontdesk::db {

absl::StatusOr<std::vector<OpenItemRow>> ListOpenItems(
    Tx& tx, const std::string& site_id, long long cutoff_us,
    long long previous_us, int limit) {
  OpenItemRow row;
  long long due = 0;
  int was_open = 0;
  soci::indicator due_ind = soci::i_null;
  std::vector<OpenItemRow> out;
  soci::statement st =
      (tx.sql.prepare
           << "SELECT st.ticket_id, t.number, st.kind, st.priority, st.status,"
              " t.subject, t.unit_id, t.location, st.assignee,"
              " t.create_time_us, st.due_us, st.start_us,"
              " (SELECT COUNT(*) FROM ticket_states p"
              " WHERE p.ticket_id = st.ticket_id AND p.is_open = 1"
              " AND p.start_us <= :p1 AND p.end_us > :p2)"
              " FROM ticket_states st JOIN tickets t ON t.id = st.ticket_id"
              " WHERE st.site_id = :s AND st.is_open = 1"
              " AND st.end_us > :c1 AND st.start_us <= :c2"
              " AND st.parent_id IS NULL ORDER BY t.create_time_us, t.id"
              " LIMIT :l",
       soci::into(row.ticket_id), soci::into(row.number), soci::into(row.kind),
       soci::into(row.priority), soci::into(row.status),
       soci::into(row.subject), soci::into(row.unit_id),
       soci::into(row.location), soci::into(row.assignee),
       soci::into(row.create_us), soci::into(due, due_ind),
       soci::into(row.last_event_us), soci::into(was_open),
       soci::use(previous_us, "p1"), soci::use(previous_us, "p2"),
       soci::use(site_id, "s"), soci::use(cutoff_us, "c1"),
       soci::use(cutoff_us, "c2"), soci::use(limit, "l"));
  st.execute();
  while (st.fetch()) {
    row.due_us =
        due_ind == soci::i_ok ? std::optional<long long>(due) : std::nullopt;
    row.open_at_previous = was_open > 0;
    out.push_back(row);
  }
  return out;
}

absl::StatusOr<std::vector<long long>> ListClosedBetween(
    Tx& tx, const std::string& site_id, long long previous_us,
    long long cutoff_us) {
  long long id = 0;
  std::vector<long long> out;
  soci::statement st =
      (tx.sql.prepare
           << "SELECT p.ticket_id FROM ticket_states p WHERE p.site_id = :s"
              " AND p.is_open = 1 AND p.end_us > :p1 AND p.start_us <= :p2"
              " AND p.parent_id IS NULL AND NOT EXISTS (SELECT 1"
              " FROM ticket_states c WHERE c.ticket_id = p.ticket_id"
              " AND c.is_open = 1 AND c.start_us <= :c1 AND c.end_us > :c2)"
              " ORDER BY p.ticket_id",
       soci::into(id), soci::use(site_id, "s"), soci::use(previous_us, "p1"),
       soci::use(previous_us, "p2"), soci::use(cutoff_us, "c1"),
       soci::use(cutoff_us, "c2"));
  st.execute();
  while (st.fetch()) out.push_back(id);
  return out;
}

absl::StatusOr<std::map<std::string, std::string>> HolderNames(
    Tx& tx, const std::string& site_id) {
  std::map<std::string, std::string> names;
  std::string id, display_name;
  {
    soci::statement st =
        (tx.sql.prepare << "SELECT id, display_name FROM departments"
                           " WHERE site_id = :s",
         soci::into(id), soci::into(display_name), soci::use(site_id, "s"));
    st.execute();
    while (st.fetch()) {
      names[absl::StrCat("sites/", site_id, "/departments/", id)] =
          display_name;
    }
  }
  soci::statement st =
      (tx.sql.prepare << "SELECT v.id, v.display_name FROM vendors v"
                         " JOIN vendor_sites s ON s.vendor_id = v.id"
                         " WHERE s.site_id = :s",
       soci::into(id), soci::into(display_name), soci::use(site_id, "s"));
  st.execute();
  while (st.fetch()) names[absl::StrCat("vendors/", id)] = display_name;
  return names;
}

}  // namespace frontdesk::db
