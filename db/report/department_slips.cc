#include "db/report/department_slips.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

absl::StatusOr<std::vector<DepartmentSlip>> ListDepartmentSlips(
    Tx& tx, const ReportWindow& w) {
  // Superseded: the ticket was dispatched again (a later order) while this
  // one was not yet completed. Reworked: the ticket's next order is a rework
  // order. Orders from before the window are read only when they were not
  // completed by its end; the open test then drops the superseded ones and
  // those of tickets closed by then.
  const std::string sql = absl::StrCat(
      "SELECT o.assignee, o.create_time_us,"
      " CASE WHEN o.complete_us <= :a1 THEN o.complete_us END, o.promised_us,"
      " CASE WHEN EXISTS (SELECT 1 FROM work_orders n"
      " WHERE n.ticket_id = o.ticket_id AND n.id > o.id"
      " AND n.create_time_us <= :a2"
      " AND (o.complete_us IS NULL OR n.create_time_us < o.complete_us))"
      " THEN 1 ELSE 0 END,"
      " CASE WHEN EXISTS (SELECT 1 FROM ticket_states s"
      " WHERE s.ticket_id = o.ticket_id AND s.start_us <= :a3"
      " AND s.end_us > :a4 AND s.is_open = 1) THEN 1 ELSE 0 END,"
      " CASE WHEN EXISTS (SELECT 1 FROM work_orders r"
      " WHERE r.ticket_id = o.ticket_id AND r.id > o.id AND r.rework = 1"
      " AND r.create_time_us <= :a5 AND NOT EXISTS (SELECT 1 FROM work_orders m"
      " WHERE m.ticket_id = o.ticket_id AND m.id > o.id AND m.id < r.id))"
      " THEN 1 ELSE 0 END"
      " FROM work_orders o WHERE o.site_id = :s AND o.create_time_us < :e"
      " AND (o.create_time_us >= :b OR o.complete_us IS NULL"
      " OR o.complete_us > :a6) ORDER BY o.id");
  DepartmentSlip row;
  long long finished = 0, promised = 0;
  soci::indicator finished_ind = soci::i_null, promised_ind = soci::i_null;
  int superseded = 0, ticket_open = 0, reworked = 0;
  std::vector<DepartmentSlip> out;
  soci::statement st =
      (tx.sql.prepare << sql, soci::into(row.assignee),
       soci::into(row.issue_us), soci::into(finished, finished_ind),
       soci::into(promised, promised_ind), soci::into(superseded),
       soci::into(ticket_open), soci::into(reworked),
       soci::use(w.as_of_us, "a1"), soci::use(w.as_of_us, "a2"),
       soci::use(w.as_of_us, "a3"), soci::use(w.as_of_us, "a4"),
       soci::use(w.as_of_us, "a5"), soci::use(w.site_id, "s"),
       soci::use(w.end_us, "e"), soci::use(w.start_us, "b"),
       soci::use(w.as_of_us, "a6"));
  st.execute();
  while (st.fetch()) {
    row.issued_in_window = row.issue_us >= w.start_us;
    row.finished_us = finished_ind == soci::i_ok
                          ? std::optional<long long>(finished)
                          : std::nullopt;
    row.promised_us = promised_ind == soci::i_ok
                          ? std::optional<long long>(promised)
                          : std::nullopt;
    row.open = !row.finished_us && superseded == 0 && ticket_open != 0;
    row.overdue = row.open && row.promised_us && *row.promised_us < w.as_of_us;
    row.reworked = reworked != 0;
    if (!row.issued_in_window && !row.open) continue;
    out.push_back(row);
  }
  return out;
}

}  // namespace frontdesk::db
