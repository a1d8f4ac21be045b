#include "db/report/visitor_figures.h"

#include <soci/soci.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {

absl::StatusOr<VisitorFigures> CountVisitorFigures(Tx& tx,
                                                   const ReportWindow& w,
                                                   long long grace_us) {
  VisitorFigures f;
  tx.sql << "SELECT COUNT(*), COALESCE(SUM(CASE WHEN"
            " COALESCE(check_out_time_us, :a1) > expected_departure_us + :g"
            " THEN 1 ELSE 0 END), 0) FROM visits WHERE site_id = :s"
            " AND check_in_time_us >= :b AND check_in_time_us < :e",
      soci::use(w.as_of_us, "a1"), soci::use(grace_us, "g"),
      soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
      soci::use(w.end_us, "e"), soci::into(f.visits), soci::into(f.overstays);
  tx.sql << "SELECT COUNT(*) FROM visits WHERE site_id = :s"
            " AND check_in_time_us <= :a1"
            " AND (check_out_time_us IS NULL OR check_out_time_us > :a2)",
      soci::use(w.site_id, "s"), soci::use(w.as_of_us, "a1"),
      soci::use(w.as_of_us, "a2"), soci::into(f.on_premises_at_end);
  tx.sql << "SELECT COUNT(*) FROM visitor_refusals WHERE site_id = :s"
            " AND create_time_us >= :b AND create_time_us < :e",
      soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
      soci::use(w.end_us, "e"), soci::into(f.refusals);
  const std::string events =
      absl::StrCat("SELECT COALESCE(SUM(CASE WHEN type = ", v1::KeyEvent::LENT,
                   " THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN type = ",
                   v1::KeyEvent::RETURNED,
                   " THEN 1 ELSE 0 END), 0) FROM key_events WHERE site_id = :s"
                   " AND create_time_us >= :b AND create_time_us < :e");
  tx.sql << events, soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
      soci::use(w.end_us, "e"), soci::into(f.keys_lent),
      soci::into(f.keys_returned);
  // A loan is out at as_of when no later lend or return of the key came
  // by then.
  const std::string out = absl::StrCat(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN l.due_time_us IS NOT NULL"
      " AND l.due_time_us < :a1 THEN 1 ELSE 0 END), 0) FROM key_events l"
      " WHERE l.site_id = :s AND l.type = ",
      v1::KeyEvent::LENT,
      " AND l.create_time_us <= :a2 AND NOT EXISTS (SELECT 1 FROM key_events r"
      " WHERE r.key_id = l.key_id AND r.id > l.id AND r.type IN (",
      v1::KeyEvent::LENT, ", ", v1::KeyEvent::RETURNED,
      ") AND r.create_time_us <= :a3)");
  tx.sql << out, soci::use(w.as_of_us, "a1"), soci::use(w.site_id, "s"),
      soci::use(w.as_of_us, "a2"), soci::use(w.as_of_us, "a3"),
      soci::into(f.keys_out_at_end), soci::into(f.keys_overdue_at_end);
  return f;
}

}  // namespace frontdesk::db
