// The shared frame of a workflow step (ticket_step.h).
#include "server/ticket/ticket_step.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/numbers.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/page_token.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/ticket/ticket_store.h"
#include "server/idempotent.h"
#include "server/ticket/coordination_rules.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/reporter_access.h"
#include "server/ticket/sla.h"

namespace frontdesk {

using google::protobuf::util::TimeUtil;

std::string StatusName(int status) {
  return v1::Ticket::Status_Name(static_cast<v1::Ticket::Status>(status));
}

std::string TimeText(const std::optional<long long>& us) {
  return us ? absl::FormatTime(absl::RFC3339_sec, FromMicros(*us),
                               absl::UTCTimeZone())
            : "";
}

absl::Time ToTime(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

v1::FieldChange FieldChangeOf(std::string field, std::string old_value,
                              std::string new_value) {
  v1::FieldChange c;
  c.set_field(std::move(field));
  c.set_old_value(std::move(old_value));
  c.set_new_value(std::move(new_value));
  return c;
}

void Step::Change(std::string field, std::string old_value,
                  std::string new_value) {
  if (old_value == new_value) return;
  changes.push_back(FieldChangeOf(std::move(field), std::move(old_value),
                                  std::move(new_value)));
}

absl::Status Mutate(ServiceContext& services, const Principal& who,
                    absl::string_view method,
                    const google::protobuf::Message& request,
                    const std::string& request_id, const std::string& name,
                    google::protobuf::Message* response, const Apply& apply,
                    google::protobuf::Message* side_result) {
  auto ref = ParseTicketName("name", name);
  if (!ref.ok()) return ref.status();
  absl::Status valid = CheckRequestId("request_id", request_id);
  if (!valid.ok()) return valid;
  ReporterAccess access(who, method, services.clock.Now());
  return RunIdempotent(
      services, who, method, request, request_id, response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        absl::Time now = services.clock.Now();
        auto row = db::LockTicketRow(tx, *ref);
        if (!row.ok()) return row.status();
        int before = row->status;
        Step step;
        absl::Status applied = apply(tx, *row, step, now);
        if (!applied.ok()) return applied;
        step.Change("status", StatusName(before), StatusName(row->status));
        absl::Status refreshed = RefreshDeadlines(tx, *row, now);
        if (!refreshed.ok()) return refreshed;
        absl::Status saved = db::SaveTicketWorkflow(tx, *row, ToMicros(now));
        if (!saved.ok()) return saved;
        auto event = db::AppendTicketEvent(
            tx, services.protector, row->id, row->site_id, step.event,
            who.staff_id, step.changes, step.note, ToMicros(now));
        if (!event.ok()) return event.status();
        if (side_result != nullptr) {
          out->CopyFrom(*side_result);
          return absl::OkStatus();
        }
        auto ticket = db::GetTicket(tx, services.protector,
                                    TicketRef{row->site_id, row->id, ""});
        if (!ticket.ok()) return ticket.status();
        FillBreaches(*ticket, now);
        out->CopyFrom(*ticket);
        return absl::OkStatus();
      },
      [&](db::Tx& tx, google::protobuf::Message* shown) {
        return access.PresentResponse(tx, shown);
      });
}

absl::StatusOr<TransitionContext> ContextOf(db::Tx& tx,
                                            const db::TicketRow& row) {
  auto open_orders = db::CountOpenWorkOrders(tx, row.id);
  if (!open_orders.ok()) return open_orders.status();
  TransitionContext ctx;
  ctx.kind = static_cast<v1::Ticket::Kind>(row.kind);
  ctx.status_before_pending =
      static_cast<v1::Ticket::Status>(row.status_before_pending);
  ctx.has_open_work_order = *open_orders > 0;
  return ctx;
}

absl::Status Advance(db::TicketRow& row, TicketAction action,
                     const TransitionContext& ctx) {
  auto next =
      NextStatus(static_cast<v1::Ticket::Status>(row.status), action, ctx);
  if (!next.ok()) return next.status();
  row.status = *next;
  return absl::OkStatus();
}

absl::Status Advance(db::Tx& tx, db::TicketRow& row, TicketAction action) {
  auto ctx = ContextOf(tx, row);
  if (!ctx.ok()) return ctx.status();
  return Advance(row, action, *ctx);
}

void MarkResolved(db::TicketRow& row, absl::Time now) {
  row.resolve_us = ToMicros(now);
  StopOwedClocks(row, now);
  row.close_us.reset();
  row.callback_attempts = 0;
  StampFirstResponse(now, &row.first_response_us);
}

void MarkUnresolved(db::TicketRow& row) {
  row.resolve_us.reset();
  row.close_us.reset();
  row.callback_attempts = 0;
}

absl::Status EndWithoutWork(db::Tx& tx, db::TicketRow& row, absl::Time now) {
  auto superseded = db::SupersedeOpenWorkOrders(tx, row.id);
  if (!superseded.ok()) return superseded.status();
  StopOwedClocks(row, now);
  if (row.paused_since_us) {
    absl::Status closed = db::ClosePause(tx, row.id, ToMicros(now));
    if (!closed.ok()) return closed;
    row.paused_since_us.reset();
    row.status_before_pending = 0;
  }
  return absl::OkStatus();
}

absl::Status RequireNoticeIfSeveral(db::Tx& tx, db::TicketRow& row, Step& step,
                                    absl::Time now, bool coordination) {
  if (row.notice_due_us) return absl::OkStatus();
  auto assignees = db::WorkOrderAssignees(tx, row.id);
  if (!assignees.ok()) return assignees.status();
  std::vector<std::string> involved = *std::move(assignees);
  involved.push_back(row.plan_department);
  if (!ResidentNoticeOwed(coordination, CountDepartments(involved))) {
    return absl::OkStatus();
  }
  auto site = db::GetSite(tx, row.site_id);
  if (!site.ok()) return site.status();
  absl::TimeZone tz;
  if (!absl::LoadTimeZone(site->time_zone(), &tz)) tz = absl::UTCTimeZone();
  row.notice_due_us = ToMicros(EndOfLocalDay(now, tz));
  step.Change("resident_notice_due_time", "", TimeText(row.notice_due_us));
  return absl::OkStatus();
}

absl::Status CheckPromiseOnRoute(db::Tx& tx, const db::TicketRow& row,
                                 long long promised_us) {
  if (row.route != v1::REPAIR_ROUTE_COORDINATION) return absl::OkStatus();
  auto dispatched =
      db::LastDispatchOfRoute(tx, row.id, v1::REPAIR_ROUTE_COORDINATION);
  if (!dispatched.ok()) return dispatched.status();
  if (!*dispatched) return absl::OkStatus();
  return CheckCoordinationPromise(FromMicros(promised_us),
                                  FromMicros(**dispatched));
}

std::optional<db::DueKey> DueKeyAfter(const ListPage& page) {
  if (!page.after_pair()) return std::nullopt;
  db::DueKey key;
  key.due_us = page.after_pair()->first;
  key.id = page.after_pair()->second;
  return key;
}

}  // namespace frontdesk
