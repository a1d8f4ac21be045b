#include "db/report/quality_figures.h"

#include <soci/soci.h>

#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "db/report/counted_once.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {
namespace {

using v1::Ticket;
using v1::TicketEvent;

std::optional<long long> Optional(long long value, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<long long>(value) : std::nullopt;
}

}  // namespace

absl::StatusOr<std::vector<ComplaintFacts>> ListComplaintFacts(
    Tx& tx, const ReportWindow& w) {
  // The first finishing entry by as_of, for its time and for the promise in
  // force just before it (the state the previous entry began, found by MAX
  // as in ListResolutions).
  const std::string first_finish = absl::StrCat(
      "SELECT MIN(f.id) FROM ticket_events f WHERE f.ticket_id = t.id"
      " AND f.create_time_us <= :a8 AND f.type IN (",
      TicketEvent::RESOLVED, ", ", TicketEvent::MARKED_UNFOUNDED, ")");
  const std::string sql = absl::StrCat(
      "SELECT t.id, t.create_time_us, st.status, st.complaint_class,"
      " st.plan_department, t.unit_id,"
      " (SELECT MIN(e.create_time_us) FROM ticket_events e"
      " WHERE e.ticket_id = t.id AND e.create_time_us <= :a3 AND e.type IN (",
      TicketEvent::DISPATCHED, ", ", TicketEvent::RESIDENT_NOTIFIED, ", ",
      TicketEvent::RESOLVED, ", ", TicketEvent::MARKED_UNFOUNDED,
      ")), (SELECT MIN(e.create_time_us) FROM ticket_events e"
      " WHERE e.ticket_id = t.id AND e.create_time_us <= :a4 AND e.type IN (",
      TicketEvent::RESOLVED, ", ", TicketEvent::MARKED_UNFOUNDED,
      ")), (SELECT COUNT(*) FROM ticket_events r WHERE r.ticket_id = t.id"
      " AND r.create_time_us <= :a5 AND r.type = ",
      TicketEvent::REOPENED,
      "), (SELECT COUNT(*) FROM ticket_events r WHERE r.ticket_id = t.id"
      " AND r.create_time_us <= :a6 AND r.type = ",
      TicketEvent::PROMISE_CHANGED,
      "), (SELECT COUNT(*) FROM ticket_escalations x WHERE x.ticket_id = t.id"
      " AND x.create_time_us <= :a7 AND x.level >= ",
      v1::ESCALATION_LEVEL_MANAGER,
      "), (SELECT p.promised_us FROM ticket_states p WHERE p.event_id ="
      " (SELECT MAX(q.event_id) FROM ticket_states q WHERE q.ticket_id = t.id"
      " AND q.event_id < (",
      first_finish, "))) FROM tickets t", CountedOnceStateAt("t.id"),
      " WHERE t.site_id = :s AND t.create_time_us >= :b"
      " AND t.create_time_us < :e AND st.kind = ",
      Ticket::COMPLAINT, " AND st.status <> ", Ticket::CANCELLED,
      " ORDER BY t.id");
  ComplaintFacts row;
  long long answered = 0, finished = 0, promised = 0, renegotiations = 0,
            escalations = 0;
  soci::indicator answered_ind = soci::i_null, finished_ind = soci::i_null,
                  promised_ind = soci::i_null;
  std::vector<ComplaintFacts> out;
  std::map<long long, size_t> index;
  {
    soci::statement st =
        (tx.sql.prepare << sql, soci::into(row.ticket_id),
         soci::into(row.create_us), soci::into(row.status),
         soci::into(row.complaint_class), soci::into(row.plan_department),
         soci::into(row.unit_id), soci::into(answered, answered_ind),
         soci::into(finished, finished_ind), soci::into(row.reopenings),
         soci::into(renegotiations), soci::into(escalations),
         soci::into(promised, promised_ind), soci::use(w.as_of_us, "a3"),
         soci::use(w.as_of_us, "a4"), soci::use(w.as_of_us, "a5"),
         soci::use(w.as_of_us, "a6"), soci::use(w.as_of_us, "a7"),
         soci::use(w.as_of_us, "a8"), soci::use(w.as_of_us, "a1"),
         soci::use(w.as_of_us, "a2"), soci::use(w.site_id, "s"),
         soci::use(w.start_us, "b"), soci::use(w.end_us, "e"));
    st.execute();
    while (st.fetch()) {
      row.answered_us = Optional(answered, answered_ind);
      row.finished_us = Optional(finished, finished_ind);
      row.promised_at_finish_us =
          row.finished_us ? Optional(promised, promised_ind) : std::nullopt;
      row.unfounded = row.status == Ticket::UNFOUNDED;
      row.renegotiated = renegotiations > 0;
      row.escalated_to_manager = escalations > 0;
      index[row.ticket_id] = out.size();
      out.push_back(row);
    }
  }
  long long ticket_id = 0, start = 0, end = 0;
  soci::indicator end_ind = soci::i_null;
  soci::statement st =
      (tx.sql.prepare << "SELECT p.ticket_id, p.start_us, p.end_us"
                         " FROM ticket_pauses p JOIN tickets t"
                         " ON t.id = p.ticket_id WHERE t.site_id = :s"
                         " AND t.create_time_us >= :b AND t.create_time_us < :e"
                         " AND p.start_us <= :a",
       soci::into(ticket_id), soci::into(start), soci::into(end, end_ind),
       soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
       soci::use(w.end_us, "e"), soci::use(w.as_of_us, "a"));
  st.execute();
  while (st.fetch()) {
    auto it = index.find(ticket_id);
    if (it == index.end()) continue;
    std::optional<long long> until = Optional(end, end_ind);
    if (until && *until > w.as_of_us) until.reset();  // still paused then
    out[it->second].pauses.emplace_back(start, until);
  }
  return out;
}

absl::StatusOr<CallbackFollowUp> CountCallbackFollowUps(Tx& tx,
                                                        const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1"
      " FROM ticket_callbacks c WHERE c.ticket_id = e.ticket_id"
      " AND c.result IN (",
      v1::TicketCallback::SATISFIED, ", ", v1::TicketCallback::UNSATISFIED,
      ") AND c.create_time_us >= e.create_time_us AND c.create_time_us <= :a3"
      " AND NOT EXISTS (SELECT 1 FROM ticket_events n"
      " WHERE n.ticket_id = e.ticket_id AND n.id > e.id AND n.type = ",
      TicketEvent::RESOLVED,
      " AND n.create_time_us <= c.create_time_us)) THEN 1 ELSE 0 END), 0)"
      " FROM ticket_events e",
      CountedOnceStateAt("e.ticket_id"),
      " WHERE e.site_id = :s AND e.type = ", TicketEvent::RESOLVED,
      " AND e.create_time_us >= :b AND e.create_time_us < :e");
  CallbackFollowUp counts;
  tx.sql << sql, soci::use(w.as_of_us, "a3"), soci::use(w.as_of_us, "a1"),
      soci::use(w.as_of_us, "a2"), soci::use(w.site_id, "s"),
      soci::use(w.start_us, "b"), soci::use(w.end_us, "e"),
      soci::into(counts.resolutions), soci::into(counts.called_back);
  return counts;
}

absl::StatusOr<std::vector<std::pair<int, long long>>> CountRatings(
    Tx& tx, const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT rating, COUNT(*) FROM ticket_callbacks WHERE site_id = :s"
      " AND create_time_us >= :b AND create_time_us < :e AND result IN (",
      v1::TicketCallback::SATISFIED, ", ", v1::TicketCallback::UNSATISFIED,
      ") AND rating > 0 GROUP BY rating ORDER BY rating");
  int rating = 0;
  long long count = 0;
  std::vector<std::pair<int, long long>> out;
  soci::statement st = (tx.sql.prepare << sql, soci::into(rating),
                        soci::into(count), soci::use(w.site_id, "s"),
                        soci::use(w.start_us, "b"), soci::use(w.end_us, "e"));
  st.execute();
  while (st.fetch()) out.emplace_back(rating, count);
  return out;
}

absl::StatusOr<std::vector<SlipFacts>> ListSlipFacts(Tx& tx,
                                                     const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT o.create_time_us, COALESCE((SELECT MAX(r.create_time_us)"
      " FROM ticket_events r WHERE r.ticket_id = o.ticket_id AND r.type = ",
      TicketEvent::REOPENED,
      " AND r.create_time_us <= o.create_time_us), t.create_time_us),"
      " COALESCE((SELECT p.priority FROM ticket_states p"
      " WHERE p.ticket_id = o.ticket_id AND p.start_us <= o.create_time_us"
      " ORDER BY p.start_us DESC, p.event_id DESC LIMIT 1), t.priority),"
      " o.route, CASE WHEN o.arrival_us IS NOT NULL AND o.arrival_us <= :a1"
      " THEN 1 ELSE 0 END,"
      " CASE WHEN EXISTS (SELECT 1 FROM ticket_events n"
      " WHERE n.ticket_id = o.ticket_id AND n.type = ",
      TicketEvent::DISPATCHED,
      " AND n.create_time_us > o.create_time_us AND n.create_time_us <= :a2"
      " AND (o.complete_us IS NULL OR n.create_time_us < o.complete_us))"
      " THEN 1 ELSE 0 END"
      " FROM work_orders o JOIN tickets t ON t.id = o.ticket_id"
      " WHERE o.site_id = :s AND o.create_time_us >= :b"
      " AND o.create_time_us < :e ORDER BY o.id");
  SlipFacts row;
  int arrived = 0, redirected = 0;
  std::vector<SlipFacts> out;
  soci::statement st = (tx.sql.prepare << sql, soci::into(row.issue_us),
                        soci::into(row.since_us), soci::into(row.priority),
                        soci::into(row.route), soci::into(arrived),
                        soci::into(redirected), soci::use(w.as_of_us, "a1"),
                        soci::use(w.as_of_us, "a2"), soci::use(w.site_id, "s"),
                        soci::use(w.start_us, "b"), soci::use(w.end_us, "e"));
  st.execute();
  while (st.fetch()) {
    row.arrival_confirmed = arrived != 0;
    row.redirected = redirected != 0;
    out.push_back(row);
  }
  return out;
}

absl::StatusOr<PromiseCounts> CountWorkOrderPromises(Tx& tx,
                                                     const ReportWindow& w) {
  PromiseCounts counts;
  tx.sql << "SELECT COUNT(*), COALESCE(SUM(CASE WHEN complete_us IS NOT NULL"
            " AND complete_us <= promised_us AND complete_us <= :a"
            " THEN 1 ELSE 0 END), 0) FROM work_orders WHERE site_id = :s"
            " AND promised_us >= :b AND promised_us < :e",
      soci::use(w.as_of_us, "a"), soci::use(w.site_id, "s"),
      soci::use(w.start_us, "b"), soci::use(w.end_us, "e"),
      soci::into(counts.due), soci::into(counts.kept);
  return counts;
}

absl::StatusOr<long long> CountUnitsAt(Tx& tx, const ReportWindow& w) {
  long long n = 0;
  tx.sql << "SELECT COUNT(*) FROM units WHERE site_id = :s"
            " AND create_time_us < :e",
      soci::use(w.site_id, "s"), soci::use(w.end_us, "e"), soci::into(n);
  return n;
}

}  // namespace frontdesk::db
