#include "db/report/ticket_figures.h"

#include <soci/soci.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "db/report/counted_once.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {
namespace {

// "time_us DIV bucket" in the backend's words: MariaDB's / is decimal.
std::string BucketOf(Tx& tx, const std::string& column) {
  return absl::StrCat(column, tx.mysql() ? " DIV " : " / ", kBucketUs);
}

}  // namespace

absl::StatusOr<std::vector<ReceivedCount>> CountReceived(
    Tx& tx, const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT ", BucketOf(tx, "t.create_time_us"),
      ", st.kind, t.channel, st.route, st.complaint_class, COUNT(*)"
      " FROM tickets t",
      CountedOnceStateAt("t.id"),
      " WHERE t.site_id = :s AND t.create_time_us >= :b"
      " AND t.create_time_us < :e GROUP BY 1, 2, 3, 4, 5");
  ReceivedCount row;
  std::vector<ReceivedCount> out;
  soci::statement st = (tx.sql.prepare << sql, soci::into(row.bucket),
                        soci::into(row.kind), soci::into(row.channel),
                        soci::into(row.route), soci::into(row.complaint_class),
                        soci::into(row.count), soci::use(w.as_of_us, "a1"),
                        soci::use(w.as_of_us, "a2"), soci::use(w.site_id, "s"),
                        soci::use(w.start_us, "b"), soci::use(w.end_us, "e"));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

absl::StatusOr<std::vector<Resolution>> ListResolutions(Tx& tx,
                                                        const ReportWindow& w) {
  // The deadline in force just before the entry: the state the previous
  // entry began. Found by MAX over (ticket_id, event_id), one index dive,
  // not by ORDER BY ... LIMIT 1, which MariaDB may answer by walking the
  // primary key backwards.
  const std::string sql = absl::StrCat(
      "SELECT ", BucketOf(tx, "e.create_time_us"),
      ", e.ticket_id, CASE WHEN (SELECT p.resolution_due_us"
      " FROM ticket_states p WHERE p.event_id = (SELECT MAX(q.event_id)"
      " FROM ticket_states q WHERE q.ticket_id = e.ticket_id"
      " AND q.event_id < e.id)) < e.create_time_us THEN 0 ELSE 1 END"
      " FROM ticket_events e",
      CountedOnceStateAt("e.ticket_id"),
      " WHERE e.site_id = :s AND e.type IN (", v1::TicketEvent::RESOLVED, ", ",
      v1::TicketEvent::MARKED_UNFOUNDED,
      ") AND e.create_time_us >= :b AND e.create_time_us < :e",
      " ORDER BY e.id");
  Resolution row;
  int in_deadline = 1;
  std::vector<Resolution> out;
  soci::statement st =
      (tx.sql.prepare << sql, soci::into(row.bucket), soci::into(row.ticket_id),
       soci::into(in_deadline), soci::use(w.as_of_us, "a1"),
       soci::use(w.as_of_us, "a2"), soci::use(w.site_id, "s"),
       soci::use(w.start_us, "b"), soci::use(w.end_us, "e"));
  st.execute();
  while (st.fetch()) {
    row.in_deadline = in_deadline != 0;
    out.push_back(row);
  }
  return out;
}

absl::StatusOr<long long> CountFirstDispatches(Tx& tx, const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT COUNT(DISTINCT e.ticket_id) FROM ticket_events e"
      " WHERE e.site_id = :s AND e.type = ",
      v1::TicketEvent::DISPATCHED,
      " AND e.create_time_us >= :b AND e.create_time_us < :e"
      " AND NOT EXISTS (SELECT 1 FROM ticket_events p"
      " WHERE p.ticket_id = e.ticket_id AND p.id < e.id AND p.type = ",
      v1::TicketEvent::DISPATCHED, ")");
  long long count = 0;
  tx.sql << sql, soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
      soci::use(w.end_us, "e"), soci::into(count);
  return count;
}

absl::StatusOr<CallbackCounts> CountCallbacks(Tx& tx, const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN result = ",
      v1::TicketCallback::UNSATISFIED,
      " THEN 1 ELSE 0 END), 0) FROM ticket_callbacks"
      " WHERE site_id = :s AND create_time_us >= :b AND create_time_us < :e");
  CallbackCounts counts;
  tx.sql << sql, soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
      soci::use(w.end_us, "e"), soci::into(counts.callbacks),
      soci::into(counts.unsatisfied);
  return counts;
}

absl::StatusOr<long long> CountEscalatedTickets(Tx& tx, const ReportWindow& w) {
  long long count = 0;
  tx.sql << "SELECT COUNT(DISTINCT ticket_id) FROM ticket_escalations"
            " WHERE site_id = :s AND create_time_us >= :b"
            " AND create_time_us < :e",
      soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
      soci::use(w.end_us, "e"), soci::into(count);
  return count;
}

absl::StatusOr<OpenCounts> CountOpenAt(Tx& tx, const std::string& site_id,
                                       long long at_us) {
  OpenCounts counts;
  tx.sql << "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_us IS NOT NULL"
            " AND due_us <= :a1 THEN 1 ELSE 0 END), 0) FROM ticket_states"
            " WHERE site_id = :s AND is_open = 1 AND end_us > :a2"
            " AND start_us <= :a3 AND parent_id IS NULL",
      soci::use(at_us, "a1"), soci::use(site_id, "s"), soci::use(at_us, "a2"),
      soci::use(at_us, "a3"), soci::into(counts.open),
      soci::into(counts.overdue);
  return counts;
}

}  // namespace frontdesk::db
