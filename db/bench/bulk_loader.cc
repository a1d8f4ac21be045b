#include "db/bench/bulk_loader.h"

#include <soci/soci.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "db/ticket/ticket_rows.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {
namespace {

constexpr int kMaxParamsPerStatement = 30000;

// "INSERT INTO {head} VALUES {row},{row},..." where each '?' of `row` is a
// placeholder bound by position in order of appearance. SOCI's MySQL backend
// only knows named placeholders (":v0", ":v1", ...); SQLite resolves each
// name by a linear search, quadratic over thousands of them, so it keeps
// the anonymous '?'.
std::string MultiRowInsert(bool mysql, absl::string_view head,
                           absl::string_view row, size_t rows) {
  std::string sql = absl::StrCat("INSERT INTO ", head, " VALUES ");
  sql.reserve(sql.size() + rows * (row.size() * 3 + 1));
  int n = 0;
  for (size_t r = 0; r < rows; ++r) {
    if (r > 0) sql.push_back(',');
    for (char c : row) {
      if (c == '?' && mysql) {
        absl::StrAppend(&sql, ":v", n++);
      } else {
        sql.push_back(c);
      }
    }
  }
  return sql;
}

// Writes `rows` with as few statements as the parameter limit allows;
// `bind(st, row)` exchanges one row's values in the order of `row`'s '?'.
template <typename Row, typename Bind>
void InsertRows(Tx& tx, absl::string_view head, absl::string_view row_pattern,
                const std::vector<Row>& rows, Bind bind) {
  const size_t per_row = std::max<size_t>(
      1, std::count(row_pattern.begin(), row_pattern.end(), '?'));
  const size_t per_statement = kMaxParamsPerStatement / per_row;
  for (size_t begin = 0; begin < rows.size(); begin += per_statement) {
    const size_t end = std::min(rows.size(), begin + per_statement);
    soci::statement st(tx.sql);
    for (size_t i = begin; i < end; ++i) bind(st, rows[i]);
    st.alloc();
    st.prepare(MultiRowInsert(tx.mysql(), head, row_pattern, end - begin));
    st.define_and_bind();
    st.execute(true);
  }
}

}  // namespace

absl::StatusOr<long long> NextTicketId(Tx& tx) {
  long long next = 1;
  tx.sql << "SELECT COALESCE(MAX(id), 0) + 1 FROM tickets", soci::into(next);
  return next;
}

absl::StatusOr<long long> CountSiteTickets(Tx& tx, const std::string& site_id) {
  long long n = 0;
  tx.sql << "SELECT COUNT(*) FROM tickets WHERE site_id = :s",
      soci::use(site_id), soci::into(n);
  return n;
}

absl::Status InsertTickets(Tx& tx, const DataProtector& protector,
                           const std::vector<BulkTicket>& tickets) {
  using soci::use;
  std::vector<ReporterColumns> reporters;
  reporters.reserve(tickets.size());
  for (const BulkTicket& t : tickets) {
    v1::Contact reporter;
    reporter.set_name(t.reporter_name);
    reporter.set_phone(t.reporter_phone);
    reporters.push_back(ReporterColumns::Seal(protector, reporter));
  }
  InsertRows(tx,
             "tickets (id, site_id, number, channel, kind, complaint_class,"
             " priority, status, reporter_name_sealed, reporter_phone_sealed,"
             " reporter_phone_blind, unit_id, location, subject, description,"
             " created_by, create_time_us, update_time_us, version)",
             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)", tickets,
             [&](soci::statement& st, const BulkTicket& t) {
               const ReporterColumns& r = reporters[&t - tickets.data()];
               st.exchange(use(t.id));
               st.exchange(use(t.site_id));
               st.exchange(use(t.number));
               st.exchange(use(t.channel));
               st.exchange(use(t.kind));
               st.exchange(use(t.complaint_class));
               st.exchange(use(t.priority));
               st.exchange(use(t.status));
               st.exchange(use(r.name_sealed));
               st.exchange(use(r.phone_sealed));
               st.exchange(use(r.phone_blind));
               st.exchange(use(t.unit_id));
               st.exchange(use(t.location));
               st.exchange(use(t.subject));
               st.exchange(use(t.description));
               st.exchange(use(t.created_by));
               st.exchange(use(t.create_time_us));
               st.exchange(use(t.update_time_us));
             });
  // The CREATED event of each ticket: no changes, no note (as AppendEvent).
  static const std::string kCreated = absl::StrCat(
      "(?,?,", static_cast<int>(v1::TicketEvent::CREATED), ",?,?,'','')");
  InsertRows(tx,
             "ticket_events (ticket_id, site_id, type, actor, create_time_us,"
             " changes_json, note)",
             kCreated, tickets, [](soci::statement& st, const BulkTicket& t) {
               st.exchange(use(t.id));
               st.exchange(use(t.site_id));
               st.exchange(use(t.created_by));
               st.exchange(use(t.create_time_us));
             });
  // Each ticket's state from its CREATED entry (migration 0023), as
  // db::AppendTicketEvent records it, so the reports see the loaded tickets.
  if (tickets.empty()) return absl::OkStatus();
  long long first = tickets.front().id, last = tickets.front().id;
  for (const BulkTicket& t : tickets) {
    first = std::min(first, t.id);
    last = std::max(last, t.id);
  }
  tx.sql << InsertTicketStateSql("e.id", "t.create_time_us") +
                " JOIN ticket_events e ON e.ticket_id = t.id"
                " WHERE t.id >= :f AND t.id <= :l",
      use(first), use(last);
  return absl::OkStatus();
}

absl::Status InsertUnits(Tx& tx, const std::vector<BulkUnit>& units) {
  using soci::use;
  InsertRows(tx,
             "units (site_id, id, building, entrance, room, create_time_us,"
             " version)",
             "(?,?,?,?,?,?,1)", units,
             [](soci::statement& st, const BulkUnit& u) {
               st.exchange(use(u.site_id));
               st.exchange(use(u.id));
               st.exchange(use(u.building));
               st.exchange(use(u.entrance));
               st.exchange(use(u.room));
               st.exchange(use(u.create_time_us));
             });
  return absl::OkStatus();
}

absl::Status InsertTicketCounters(Tx& tx,
                                  const std::vector<TicketCounter>& counters) {
  using soci::use;
  InsertRows(tx, "ticket_number_counters (site_id, date_key, last_sequence)",
             "(?,?,?)", counters,
             [](soci::statement& st, const TicketCounter& c) {
               st.exchange(use(c.site_id));
               st.exchange(use(c.date_key));
               st.exchange(use(c.last_sequence));
             });
  return absl::OkStatus();
}

}  // namespace frontdesk::db
