#include "db/ticket/ticket_workflow_store.h"

#include <google/protobuf/util/json_util.h>
#include <soci/soci.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"

namespace frontdesk::db {
namespace {

std::optional<std::pair<long long, long long>> KeyOf(
    const std::optional<DueKey>& key) {
  if (!key) return std::nullopt;
  return std::make_pair(key->due_us, key->id);
}

constexpr const char* kWorkOrderColumns =
    "SELECT id, ticket_id, site_id, route, assignee, promised_us, state,"
    " rework, parties_json, instructions, arrival_us, complete_us, work_done,"
    " labour_hours, materials_json, accepted_by_reporter, acceptance_note,"
    " dispatched_by, create_time_us, manager_signoff, developer_ack_by"
    " FROM work_orders";

std::string WorkOrderName(const std::string& site_id, long long ticket_id,
                          long long id) {
  return absl::StrCat(TicketName(site_id, ticket_id), "/workOrders/", id);
}

// Parties and materials travel as the protobuf JSON of a WorkOrder holding
// only those fields.
std::string ListsJson(const v1::WorkOrder& order) {
  v1::WorkOrder holder;
  *holder.mutable_parties() = order.parties();
  *holder.mutable_materials() = order.materials();
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(holder, &json);
  return json;
}

struct WorkOrderRow {
  long long id = 0, ticket_id = 0, create_us = 0;
  std::string site_id, assignee, parties_json, instructions, work_done,
      materials_json, acceptance_note, dispatched_by, manager_signoff,
      developer_ack_by;
  int route = 0, state = 0, rework = 0, accepted = 0;
  double labour_hours = 0;
  long long promised = 0, arrival = 0, complete = 0;
  soci::indicator promised_ind = soci::i_null, arrival_ind = soci::i_null,
                  complete_ind = soci::i_null;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, ticket_id, site_id, route, assignee,
                Nullable(promised, promised_ind), state, rework, parties_json,
                instructions, Nullable(arrival, arrival_ind),
                Nullable(complete, complete_ind), work_done, labour_hours,
                materials_json, accepted, acceptance_note, dispatched_by,
                create_us, manager_signoff, developer_ack_by);
  }

  v1::WorkOrder ToProto(long long now_us) const {
    v1::WorkOrder w;
    (void)google::protobuf::util::JsonStringToMessage(parties_json, &w);
    v1::WorkOrder materials;
    (void)google::protobuf::util::JsonStringToMessage(materials_json,
                                                      &materials);
    *w.mutable_materials() = materials.materials();
    w.set_name(WorkOrderName(site_id, ticket_id, id));
    w.set_route(static_cast<v1::RepairRoute>(route));
    w.set_assignee(assignee);
    if (promised_ind == soci::i_ok) {
      SetTimestamp(w.mutable_promised_time(), promised);
    }
    w.set_state(static_cast<v1::WorkOrder::State>(state));
    w.set_rework(rework != 0);
    w.set_instructions(instructions);
    if (arrival_ind == soci::i_ok)
      SetTimestamp(w.mutable_arrival_time(), arrival);
    if (complete_ind == soci::i_ok) {
      SetTimestamp(w.mutable_complete_time(), complete);
    }
    w.set_work_done(work_done);
    w.set_labour_hours(labour_hours);
    w.set_accepted_by_reporter(accepted != 0);
    w.set_acceptance_note(acceptance_note);
    w.set_dispatched_by(StaffName(dispatched_by));
    SetTimestamp(w.mutable_create_time(), create_us);
    if (!manager_signoff.empty()) {
      w.set_manager_signoff(StaffName(manager_signoff));
    }
    w.set_developer_acknowledged_by(developer_ack_by);
    bool open = state == v1::WorkOrder::OPEN || state == v1::WorkOrder::ARRIVED;
    w.set_overdue(promised_ind == soci::i_ok &&
                  (open ? now_us > promised
                        : (complete_ind == soci::i_ok && complete > promised)));
    return w;
  }
};

std::vector<v1::WorkOrder> QueryWorkOrders(Tx& tx, const std::string& where,
                                           Params& params,
                                           const std::string& tail,
                                           long long now_us) {
  WorkOrderRow row;
  soci::statement st(tx.sql);
  row.Bind(st);
  params.Execute(st, absl::StrCat(kWorkOrderColumns, where, tail));
  std::vector<v1::WorkOrder> out;
  while (st.fetch()) out.push_back(row.ToProto(now_us));
  return out;
}

// Binds an optional BIGINT as a value or NULL.
struct NullableUse {
  explicit NullableUse(const std::optional<long long>& v)
      : value(v.value_or(0)), ind(v ? soci::i_ok : soci::i_null) {}
  long long value;
  soci::indicator ind;
};

}  // namespace

absl::StatusOr<TicketRow> LockTicketRow(Tx& tx, const TicketRef& ref) {
  Params params;
  const std::string where = TicketRefWhere(ref, params);
  auto rows =
      QueryTicketRows(tx, where, params, tx.mysql() ? " FOR UPDATE" : "");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    return Error(
        absl::StatusCode::kNotFound, "TICKET_NOT_FOUND",
        absl::StrCat("ticket \"",
                     ref.ticket_id != 0 ? TicketName(ref.site_id, ref.ticket_id)
                                        : ref.number,
                     "\" does not exist"));
  }
  return rows->front();
}

absl::Status SaveTicketWorkflow(Tx& tx, const TicketRow& row,
                                long long now_us) {
  NullableUse fr(row.first_response_us), rs(row.resolve_us), cl(row.close_us),
      frd(row.first_response_due_us), rd(row.resolution_due_us),
      pr(row.promised_us), cd(row.callback_due_us), ed(row.effective_due_us),
      ps(row.paused_since_us), dup(row.duplicate_of_id), pd(row.plan_due_us),
      pm(row.plan_met_us), nd(row.notice_due_us), nm(row.notice_met_us),
      pf(row.plan_finish_us), pa(row.plan_agree_us);
  soci::statement st =
      (tx.sql.prepare
           << "UPDATE tickets SET status = :st, route = :ro,"
              " status_before_pending = :sbp, callback_attempts = :ca,"
              " first_response_time_us = :fr, resolve_time_us = :rs,"
              " close_time_us = :cl, first_response_due_us = :frd,"
              " resolution_due_us = :rd, promised_us = :pr,"
              " callback_due_us = :cd, effective_due_us = :ed,"
              " paused_since_us = :ps, duplicate_of_id = :dup,"
              " resolution = :res, assignee = :asg, plan_due_us = :pd,"
              " plan_met_us = :pm, notice_due_us = :nd, notice_met_us = :nm,"
              " plan_finish_us = :pf, plan_agree_us = :pa,"
              " plan_department = :pdep, plan_agreed_by = :pby,"
              " plan_text = :ptext, plan_recorded_by = :prec,"
              " update_time_us = :up,"
              " version = version + 1 WHERE id = :id AND version = :v",
       soci::use(row.status), soci::use(row.route),
       soci::use(row.status_before_pending), soci::use(row.callback_attempts),
       soci::use(fr.value, fr.ind), soci::use(rs.value, rs.ind),
       soci::use(cl.value, cl.ind), soci::use(frd.value, frd.ind),
       soci::use(rd.value, rd.ind), soci::use(pr.value, pr.ind),
       soci::use(cd.value, cd.ind), soci::use(ed.value, ed.ind),
       soci::use(ps.value, ps.ind), soci::use(dup.value, dup.ind),
       soci::use(row.resolution), soci::use(row.assignee),
       soci::use(pd.value, pd.ind), soci::use(pm.value, pm.ind),
       soci::use(nd.value, nd.ind), soci::use(nm.value, nm.ind),
       soci::use(pf.value, pf.ind), soci::use(pa.value, pa.ind),
       soci::use(row.plan_department), soci::use(row.plan_agreed_by),
       soci::use(row.plan_text), soci::use(row.plan_recorded_by),
       soci::use(now_us), soci::use(row.id), soci::use(row.version));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 "the ticket was changed by someone else; read it again");
  }
  return absl::OkStatus();
}

absl::Status SaveTicketDeadlines(Tx& tx, const TicketRow& row) {
  NullableUse frd(row.first_response_due_us), rd(row.resolution_due_us),
      cd(row.callback_due_us), ed(row.effective_due_us), pd(row.plan_due_us);
  tx.sql << "UPDATE tickets SET first_response_due_us = :frd,"
            " resolution_due_us = :rd, callback_due_us = :cd,"
            " effective_due_us = :ed, plan_due_us = :pd WHERE id = :id",
      soci::use(frd.value, frd.ind), soci::use(rd.value, rd.ind),
      soci::use(cd.value, cd.ind), soci::use(ed.value, ed.ind),
      soci::use(pd.value, pd.ind), soci::use(row.id);
  return absl::OkStatus();
}

absl::Status SetTicketParent(Tx& tx, long long ticket_id,
                             std::optional<long long> parent_id,
                             long long now_us) {
  NullableUse parent(parent_id);
  tx.sql << "UPDATE tickets SET parent_id = :p, update_time_us = :u,"
            " version = version + 1 WHERE id = :id",
      soci::use(parent.value, parent.ind), soci::use(now_us),
      soci::use(ticket_id);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<long long>> AncestorIds(Tx& tx,
                                                   long long ticket_id) {
  std::vector<long long> out;
  long long current = ticket_id;
  for (int depth = 0; depth < 100; ++depth) {
    long long parent = 0;
    soci::indicator ind = soci::i_null;
    tx.sql << "SELECT parent_id FROM tickets WHERE id = :id",
        soci::use(current), soci::into(parent, ind);
    if (!tx.sql.got_data() || ind != soci::i_ok) break;
    out.push_back(parent);
    current = parent;
  }
  return out;
}

absl::StatusOr<std::vector<TicketRow>> LockChildren(Tx& tx,
                                                    long long parent_id) {
  Params params;
  std::string where = " WHERE parent_id = " + params.Int(parent_id);
  return QueryTicketRows(
      tx, where, params,
      tx.mysql() ? " ORDER BY id FOR UPDATE" : " ORDER BY id");
}

absl::StatusOr<std::vector<v1::TicketEvent>> ListSiteEvents(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long after_event_id, long long through_event_id, int limit) {
  Params params;
  std::string where =
      absl::StrCat(" WHERE e.id > ", params.Int(after_event_id),
                   " AND e.id <= ", params.Int(through_event_id));
  if (!site_id.empty()) {
    absl::StrAppend(&where, " AND e.site_id = ", params.Text(site_id));
  }
  return QueryTicketEvents(tx, protector, where, params,
                           absl::StrCat(" ORDER BY e.id LIMIT ", limit));
}

absl::StatusOr<std::vector<long long>> ListEventIdsAfter(
    Tx& tx, long long after_event_id, int limit) {
  std::vector<long long> ids;
  long long id = 0;
  soci::statement st =
      (tx.sql.prepare << absl::StrCat("SELECT id FROM ticket_events WHERE id > "
                                      ":a ORDER BY id LIMIT ",
                                      limit),
       soci::use(after_event_id), soci::into(id));
  st.execute();
  while (st.fetch()) ids.push_back(id);
  return ids;
}

absl::StatusOr<long long> LastEventId(Tx& tx) {
  long long id = 0;
  soci::indicator ind = soci::i_null;
  tx.sql << "SELECT MAX(id) FROM ticket_events", soci::into(id, ind);
  return ind == soci::i_ok ? id : 0;
}

absl::StatusOr<std::vector<PauseRow>> ListPauses(Tx& tx, long long ticket_id) {
  PauseRow row;
  long long end = 0;
  soci::indicator end_ind = soci::i_null;
  soci::statement st =
      (tx.sql.prepare << "SELECT start_us, end_us, reason FROM ticket_pauses"
                         " WHERE ticket_id = :t ORDER BY start_us",
       soci::use(ticket_id), soci::into(row.start_us), soci::into(end, end_ind),
       soci::into(row.reason));
  st.execute();
  std::vector<PauseRow> out;
  while (st.fetch()) {
    row.end_us =
        end_ind == soci::i_ok ? std::optional<long long>(end) : std::nullopt;
    out.push_back(row);
  }
  return out;
}

absl::Status OpenPause(Tx& tx, long long ticket_id, long long start_us,
                       const std::string& reason) {
  tx.sql << "INSERT INTO ticket_pauses (ticket_id, start_us, end_us, reason)"
            " VALUES (:t, :s, NULL, :r)",
      soci::use(ticket_id), soci::use(start_us), soci::use(reason);
  return absl::OkStatus();
}

absl::Status ClosePause(Tx& tx, long long ticket_id, long long end_us) {
  tx.sql << "UPDATE ticket_pauses SET end_us = :e"
            " WHERE ticket_id = :t AND end_us IS NULL",
      soci::use(end_us), soci::use(ticket_id);
  return absl::OkStatus();
}

absl::StatusOr<v1::WorkOrder> InsertWorkOrder(Tx& tx, const TicketRow& ticket,
                                              const NewWorkOrder& order,
                                              long long now_us) {
  v1::WorkOrder lists;
  for (const auto& p : order.parties) lists.add_parties(p);
  std::string parties_json = ListsJson(lists);
  std::string materials_json = "{}";
  std::string empty;
  int route = order.route, state = v1::WorkOrder::OPEN,
      rework = order.rework ? 1 : 0;
  NullableUse promised(order.promised_us);
  tx.sql << "INSERT INTO work_orders (ticket_id, site_id, route, assignee,"
            " promised_us, state, rework, parties_json, instructions,"
            " manager_signoff, developer_ack_by, work_done, materials_json,"
            " acceptance_note, dispatched_by, create_time_us) VALUES (:t, :s,"
            " :r, :a, :p, :st, :rw, :pj, :i, :ms, :da, :wd, :mj, :an, :by, :c)",
      soci::use(ticket.id), soci::use(ticket.site_id), soci::use(route),
      soci::use(order.assignee), soci::use(promised.value, promised.ind),
      soci::use(state), soci::use(rework), soci::use(parties_json),
      soci::use(order.instructions), soci::use(order.manager_signoff),
      soci::use(order.developer_ack_by), soci::use(empty),
      soci::use(materials_json), soci::use(empty),
      soci::use(order.dispatched_by), soci::use(now_us);
  long long id = InsertedId(tx, "work_orders");
  return GetWorkOrder(tx, WorkOrderRef{ticket.site_id, ticket.id, id});
}

absl::StatusOr<WorkOrderRef> ParseWorkOrderName(absl::string_view field,
                                                absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  WorkOrderRef ref;
  if (parts.size() != 6 || parts[0] != "sites" || parts[2] != "tickets" ||
      parts[4] != "workOrders" || !CheckSiteId(field, parts[1]).ok() ||
      !absl::SimpleAtoi(parts[3], &ref.ticket_id) || ref.ticket_id <= 0 ||
      !absl::SimpleAtoi(parts[5], &ref.work_order_id) ||
      ref.work_order_id <= 0) {
    return InvalidField(
        field, "must be \"sites/{site}/tickets/{ticket}/workOrders/{id}\"");
  }
  ref.site_id = std::string(parts[1]);
  return ref;
}

absl::StatusOr<v1::WorkOrder> GetWorkOrder(Tx& tx, const WorkOrderRef& ref) {
  Params params;
  std::string where =
      absl::StrCat(" WHERE id = ", params.Int(ref.work_order_id),
                   " AND ticket_id = ", params.Int(ref.ticket_id),
                   " AND site_id = ", params.Text(ref.site_id));
  auto rows = QueryWorkOrders(tx, where, params, "", 0);
  if (rows.empty()) {
    return Error(absl::StatusCode::kNotFound, "WORK_ORDER_NOT_FOUND",
                 absl::StrCat("work order \"",
                              WorkOrderName(ref.site_id, ref.ticket_id,
                                            ref.work_order_id),
                              "\" does not exist"));
  }
  return rows.front();
}

absl::Status SaveWorkOrder(Tx& tx, const WorkOrderRef& ref,
                           const v1::WorkOrder& order) {
  std::optional<long long> arrival, complete;
  if (order.has_arrival_time()) {
    arrival = google::protobuf::util::TimeUtil::TimestampToMicroseconds(
        order.arrival_time());
  }
  if (order.has_complete_time()) {
    complete = google::protobuf::util::TimeUtil::TimestampToMicroseconds(
        order.complete_time());
  }
  NullableUse a(arrival), c(complete);
  int state = order.state(), accepted = order.accepted_by_reporter() ? 1 : 0;
  double hours = order.labour_hours();
  std::string materials_json = ListsJson([&] {
    v1::WorkOrder m;
    *m.mutable_materials() = order.materials();
    return m;
  }());
  tx.sql << "UPDATE work_orders SET state = :st, arrival_us = :a,"
            " complete_us = :c, work_done = :wd, labour_hours = :h,"
            " materials_json = :mj, accepted_by_reporter = :acc,"
            " acceptance_note = :an WHERE id = :id AND ticket_id = :t",
      soci::use(state), soci::use(a.value, a.ind), soci::use(c.value, c.ind),
      soci::use(order.work_done()), soci::use(hours), soci::use(materials_json),
      soci::use(accepted), soci::use(order.acceptance_note()),
      soci::use(ref.work_order_id), soci::use(ref.ticket_id);
  return absl::OkStatus();
}

absl::StatusOr<int> SupersedeOpenWorkOrders(Tx& tx, long long ticket_id) {
  int superseded = v1::WorkOrder::SUPERSEDED, open = v1::WorkOrder::OPEN,
      arrived = v1::WorkOrder::ARRIVED;
  soci::statement st =
      (tx.sql.prepare
           << "UPDATE work_orders SET state = :s WHERE ticket_id = :t"
              " AND (state = :o OR state = :a)",
       soci::use(superseded), soci::use(ticket_id), soci::use(open),
       soci::use(arrived));
  st.execute(true);
  return static_cast<int>(st.get_affected_rows());
}

absl::StatusOr<int> CountOpenWorkOrders(Tx& tx, long long ticket_id) {
  int n = 0, open = v1::WorkOrder::OPEN, arrived = v1::WorkOrder::ARRIVED;
  tx.sql << "SELECT COUNT(*) FROM work_orders WHERE ticket_id = :t"
            " AND (state = :o OR state = :a)",
      soci::use(ticket_id), soci::use(open), soci::use(arrived), soci::into(n);
  return n;
}

absl::StatusOr<std::vector<long long>> TicketsWithOrderFor(
    Tx& tx, const std::string& assignee,
    const std::vector<long long>& ticket_ids, bool open_only) {
  std::vector<long long> out;
  if (ticket_ids.empty()) return out;
  Params params;
  std::string in;
  for (long long id : ticket_ids) {
    absl::StrAppend(&in, in.empty() ? "" : ", ", params.Int(id));
  }
  std::string sql = absl::StrCat(
      "SELECT DISTINCT ticket_id FROM work_orders WHERE assignee = ",
      params.Text(assignee), " AND ticket_id IN (", in, ")");
  if (open_only) {
    absl::StrAppend(&sql, " AND state IN (", params.Int(v1::WorkOrder::OPEN),
                    ", ", params.Int(v1::WorkOrder::ARRIVED), ")");
  }
  absl::StrAppend(&sql, " ORDER BY ticket_id");
  long long id = 0;
  soci::statement st(tx.sql);
  st.exchange(soci::into(id));
  params.Execute(st, sql);
  while (st.fetch()) out.push_back(id);
  return out;
}

absl::StatusOr<std::optional<v1::WorkOrder>> LastWorkOrder(
    Tx& tx, long long ticket_id) {
  Params params;
  std::string where = " WHERE ticket_id = " + params.Int(ticket_id);
  auto rows =
      QueryWorkOrders(tx, where, params, " ORDER BY id DESC LIMIT 1", 0);
  if (rows.empty()) return std::optional<v1::WorkOrder>();
  return rows.front();
}

absl::StatusOr<std::vector<std::string>> WorkOrderAssignees(
    Tx& tx, long long ticket_id) {
  std::string assignee;
  soci::statement st =
      (tx.sql.prepare << "SELECT DISTINCT assignee FROM work_orders"
                         " WHERE ticket_id = :t ORDER BY assignee",
       soci::use(ticket_id), soci::into(assignee));
  st.execute();
  std::vector<std::string> out;
  while (st.fetch()) out.push_back(assignee);
  return out;
}

absl::StatusOr<std::optional<long long>> LastDispatchOfRoute(
    Tx& tx, long long ticket_id, v1::RepairRoute route) {
  int route_number = route;
  long long created = 0;
  soci::indicator ind = soci::i_null;
  tx.sql << "SELECT MAX(create_time_us) FROM work_orders WHERE ticket_id = :t"
            " AND route = :r AND rework = 0",
      soci::use(ticket_id), soci::use(route_number), soci::into(created, ind);
  if (ind != soci::i_ok) return std::optional<long long>();
  return created;
}

absl::StatusOr<std::vector<v1::WorkOrder>> ListWorkOrders(
    Tx& tx, const WorkOrderQuery& query, long long now_us) {
  Params params;
  std::string where = " WHERE site_id = " + params.Text(query.site_id);
  if (query.ticket_id != 0) {
    absl::StrAppend(&where, " AND ticket_id = ", params.Int(query.ticket_id));
  }
  if (!query.assignee.empty()) {
    absl::StrAppend(&where, " AND assignee = ", params.Text(query.assignee));
  }
  if (query.overdue_at_us) {
    absl::StrAppend(&where, " AND (state = ", params.Int(v1::WorkOrder::OPEN),
                    " OR state = ", params.Int(v1::WorkOrder::ARRIVED),
                    ") AND promised_us < ", params.Int(*query.overdue_at_us));
  }
  absl::StrAppend(&where, " AND id > ", params.Int(query.after_id));
  return QueryWorkOrders(tx, where, params,
                         absl::StrCat(" ORDER BY id LIMIT ", query.limit),
                         now_us);
}

absl::StatusOr<v1::TicketCallback> InsertCallback(
    Tx& tx, const TicketRow& ticket, v1::TicketCallback::Result result,
    int rating, const std::string& comment, const std::string& caller,
    std::optional<long long> rework_order_id, long long now_us) {
  int result_number = result;
  NullableUse rework(rework_order_id);
  tx.sql << "INSERT INTO ticket_callbacks (ticket_id, site_id, result, rating,"
            " comment, caller, create_time_us, rework_order_id)"
            " VALUES (:t, :s, :r, :ra, :c, :by, :now, :rw)",
      soci::use(ticket.id), soci::use(ticket.site_id), soci::use(result_number),
      soci::use(rating), soci::use(comment), soci::use(caller),
      soci::use(now_us), soci::use(rework.value, rework.ind);
  long long id = InsertedId(tx, "ticket_callbacks");
  v1::TicketCallback cb;
  cb.set_name(
      absl::StrCat(TicketName(ticket.site_id, ticket.id), "/callbacks/", id));
  cb.set_result(result);
  cb.set_rating(rating);
  cb.set_comment(comment);
  cb.set_caller(StaffName(caller));
  SetTimestamp(cb.mutable_create_time(), now_us);
  if (rework_order_id) {
    cb.set_rework_order(
        WorkOrderName(ticket.site_id, ticket.id, *rework_order_id));
  }
  return cb;
}

absl::StatusOr<std::vector<v1::Ticket>> ListCallbacksDue(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long until_us, const std::optional<DueKey>& after, int limit) {
  Params params;
  Where where(tx, params, "site_id", {site_id});
  where.Add(absl::StrCat("status = ", params.Int(v1::Ticket::RESOLVED)));
  where.Add(absl::StrCat("callback_due_us <= ", params.Int(until_us)));
  where.After("callback_due_us", "id", KeyOf(after));
  return QueryTickets(
      tx, protector, where.Sql(), params,
      absl::StrCat(" ORDER BY callback_due_us, id LIMIT ", limit));
}

absl::StatusOr<std::vector<TicketRow>> ListOverdue(
    Tx& tx, const std::vector<std::string>& site_ids, long long now_us,
    const std::optional<DueKey>& after, int limit) {
  Params params;
  Where where(tx, params, "site_id", site_ids);
  // effective_due_us is NULL unless the ticket is open and not paused.
  where.Add(absl::StrCat("effective_due_us < ", params.Int(now_us)));
  where.After("effective_due_us", "id", KeyOf(after));
  return QueryTicketRows(
      tx, where.Sql(), params,
      absl::StrCat(" ORDER BY effective_due_us, id LIMIT ", limit));
}

}  // namespace frontdesk::db
