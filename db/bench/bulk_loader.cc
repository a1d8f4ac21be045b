#include "db/bench/bulk_loader.h"

#include <soci/soci.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <string>

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

// Values bound for one call of InsertRows that are not stored in the rows
// as SOCI binds them: NULL-able numbers and text with their indicators, and
// flags as numbers. A deque keeps every bound address stable.
class Bound {
 public:
  void Number(soci::statement& st, const std::optional<long long>& v) {
    numbers_.push_back(v.value_or(0));
    indicators_.push_back(v ? soci::i_ok : soci::i_null);
    st.exchange(soci::use(numbers_.back(), indicators_.back()));
  }
  void Text(soci::statement& st, const std::optional<std::string>& v) {
    texts_.push_back(v.value_or(""));
    indicators_.push_back(v ? soci::i_ok : soci::i_null);
    st.exchange(soci::use(texts_.back(), indicators_.back()));
  }
  void Flag(soci::statement& st, bool v) {
    flags_.push_back(v ? 1 : 0);
    st.exchange(soci::use(flags_.back()));
  }

 private:
  std::deque<long long> numbers_;
  std::deque<std::string> texts_;
  std::deque<int> flags_;
  std::deque<soci::indicator> indicators_;
};

}  // namespace

absl::StatusOr<long long> NextTicketId(Tx& tx) {
  long long next = 1;
  tx.sql << "SELECT COALESCE(MAX(id), 0) + 1 FROM tickets", soci::into(next);
  return next;
}

absl::StatusOr<long long> NextEventId(Tx& tx) {
  long long next = 1;
  tx.sql << "SELECT COALESCE(MAX(id), 0) + 1 FROM ticket_events",
      soci::into(next);
  return next;
}

absl::StatusOr<long long> NextWorkOrderId(Tx& tx) {
  long long next = 1;
  tx.sql << "SELECT COALESCE(MAX(id), 0) + 1 FROM work_orders",
      soci::into(next);
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
  Bound bound;
  InsertRows(
      tx,
      "tickets (id, site_id, number, channel, kind, complaint_class,"
      " priority, status, reporter_name_sealed, reporter_phone_sealed,"
      " reporter_phone_blind, unit_id, location, subject, description,"
      " created_by, create_time_us, update_time_us, version, route,"
      " status_before_pending, callback_attempts, escalation_level, assignee,"
      " resolution, first_response_time_us, resolve_time_us, close_time_us,"
      " first_response_due_us, resolution_due_us, promised_us,"
      " callback_due_us, effective_due_us, paused_since_us, duplicate_of_id,"
      " plan_due_us, plan_met_us, plan_department)",
      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
      "?,?,?)",
      tickets, [&](soci::statement& st, const BulkTicket& t) {
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
        st.exchange(use(t.version));
        st.exchange(use(t.route));
        st.exchange(use(t.status_before_pending));
        st.exchange(use(t.callback_attempts));
        st.exchange(use(t.escalation_level));
        st.exchange(use(t.assignee));
        bound.Text(st, t.resolution.empty() ? std::nullopt
                                            : std::optional(t.resolution));
        for (const std::optional<long long>* v :
             {&t.first_response_time_us, &t.resolve_time_us, &t.close_time_us,
              &t.first_response_due_us, &t.resolution_due_us, &t.promised_us,
              &t.callback_due_us, &t.effective_due_us, &t.paused_since_us,
              &t.duplicate_of_id, &t.plan_due_us, &t.plan_met_us}) {
          bound.Number(st, *v);
        }
        st.exchange(use(t.plan_department));
      });
  return absl::OkStatus();
}

absl::Status InsertHistory(Tx& tx, const DataProtector& protector,
                           const BulkHistory& history) {
  using soci::use;
  Bound bound;
  std::vector<EventChangeColumns> changes;
  changes.reserve(history.events.size());
  for (const BulkEvent& e : history.events) {
    changes.push_back(EventChangeColumns::Seal(protector, e.changes));
  }
  InsertRows(tx,
             "ticket_events (id, ticket_id, site_id, type, actor,"
             " create_time_us, changes_json, note, personal_sealed)",
             "(?,?,?,?,?,?,?,'',?)", history.events,
             [&](soci::statement& st, const BulkEvent& e) {
               const EventChangeColumns& c =
                   changes[&e - history.events.data()];
               st.exchange(use(e.id));
               st.exchange(use(e.ticket_id));
               st.exchange(use(e.site_id));
               st.exchange(use(e.type));
               st.exchange(use(e.actor));
               st.exchange(use(e.create_time_us));
               st.exchange(use(c.changes_json));
               st.exchange(use(c.personal_sealed));
             });
  std::vector<BulkEvent> states;
  for (const BulkEvent& e : history.events) {
    if (e.records_state) states.push_back(e);
  }
  InsertRows(
      tx,
      "ticket_states (event_id, ticket_id, site_id, start_us, end_us, kind,"
      " priority, status, is_open, due_us, assignee, route, complaint_class,"
      " resolution_due_us, parent_id, promised_us, plan_department)",
      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", states,
      [&](soci::statement& st, const BulkEvent& e) {
        st.exchange(use(e.id));
        st.exchange(use(e.ticket_id));
        st.exchange(use(e.site_id));
        st.exchange(use(e.create_time_us));
        st.exchange(use(e.end_us));
        st.exchange(use(e.kind));
        st.exchange(use(e.priority));
        st.exchange(use(e.status));
        bound.Flag(st, e.is_open);
        bound.Number(st, e.due_us);
        st.exchange(use(e.assignee));
        st.exchange(use(e.route));
        st.exchange(use(e.complaint_class));
        bound.Number(st, e.resolution_due_us);
        bound.Number(st, e.parent_id);
        bound.Number(st, e.promised_us);
        st.exchange(use(e.plan_department));
      });
  InsertRows(
      tx,
      "work_orders (id, ticket_id, site_id, route, assignee, promised_us,"
      " state, rework, parties_json, instructions, manager_signoff,"
      " developer_ack_by, arrival_us, complete_us, work_done, labour_hours,"
      " materials_json, accepted_by_reporter, acceptance_note, dispatched_by,"
      " create_time_us)",
      "(?,?,?,?,?,?,?,?,'{}',?,?,?,?,?,?,?,'{}',?,'',?,?)", history.work_orders,
      [&](soci::statement& st, const BulkWorkOrder& o) {
        st.exchange(use(o.id));
        st.exchange(use(o.ticket_id));
        st.exchange(use(o.site_id));
        st.exchange(use(o.route));
        st.exchange(use(o.assignee));
        bound.Number(st, o.promised_us);
        st.exchange(use(o.state));
        bound.Flag(st, o.rework);
        st.exchange(use(o.instructions));
        st.exchange(use(o.manager_signoff));
        st.exchange(use(o.developer_ack_by));
        bound.Number(st, o.arrival_us);
        bound.Number(st, o.complete_us);
        st.exchange(use(o.work_done));
        st.exchange(use(o.labour_hours));
        bound.Flag(st, o.accepted_by_reporter);
        st.exchange(use(o.dispatched_by));
        st.exchange(use(o.create_time_us));
      });
  InsertRows(tx,
             "ticket_callbacks (ticket_id, site_id, result, rating, comment,"
             " caller, create_time_us, rework_order_id)",
             "(?,?,?,?,?,?,?,?)", history.callbacks,
             [&](soci::statement& st, const BulkCallback& c) {
               st.exchange(use(c.ticket_id));
               st.exchange(use(c.site_id));
               st.exchange(use(c.result));
               st.exchange(use(c.rating));
               st.exchange(use(c.comment));
               st.exchange(use(c.caller));
               st.exchange(use(c.create_time_us));
               bound.Number(st, c.rework_order_id);
             });
  InsertRows(tx, "ticket_pauses (ticket_id, start_us, end_us, reason)",
             "(?,?,?,?)", history.pauses,
             [&](soci::statement& st, const BulkPause& p) {
               st.exchange(use(p.ticket_id));
               st.exchange(use(p.start_us));
               bound.Number(st, p.end_us);
               st.exchange(use(p.reason));
             });
  // Automatic steps carry their level as auto_key, as the sweeper's do.
  InsertRows(tx,
             "ticket_escalations (ticket_id, site_id, level, automatic,"
             " reason, actor, create_time_us, auto_key)",
             "(?,?,?,?,?,?,?,?)", history.escalations,
             [&](soci::statement& st, const BulkEscalation& x) {
               st.exchange(use(x.ticket_id));
               st.exchange(use(x.site_id));
               st.exchange(use(x.level));
               bound.Flag(st, x.automatic);
               st.exchange(use(x.reason));
               st.exchange(use(x.actor));
               st.exchange(use(x.create_time_us));
               bound.Text(st, x.automatic ? std::optional(absl::StrCat(x.level))
                                          : std::nullopt);
             });
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
