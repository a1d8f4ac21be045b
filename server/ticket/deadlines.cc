#include "server/ticket/deadlines.h"

#include <google/protobuf/util/time_util.h>

#include "common/clock.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

absl::Time ToTime(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

long long Seconds(absl::Duration d) { return absl::ToInt64Seconds(d); }

}  // namespace

db::SlaPolicyRow DefaultPolicyRow(v1::Ticket::Kind kind,
                                  v1::Ticket::Priority priority) {
  SlaPolicy sla = DefaultSlaPolicy(kind, priority);
  EscalationPolicy escalation;
  db::SlaPolicyRow row;
  row.kind = kind;
  row.priority = priority;
  row.first_response_s = Seconds(sla.first_response);
  row.resolution_s = Seconds(sla.resolution);
  row.callback_s = Seconds(sla.callback);
  row.escalate_supervisor_after_s = Seconds(escalation.supervisor_after_breach);
  row.escalate_manager_after_s = Seconds(escalation.manager_after_breach);
  row.plan_s = Seconds(sla.plan);
  row.coordination_s = Seconds(sla.coordination);
  return row;
}

TicketPolicy PolicyFromRow(const db::SlaPolicyRow& row) {
  TicketPolicy p;
  p.stored = row;
  p.sla = DefaultSlaPolicy(static_cast<v1::Ticket::Kind>(row.kind),
                           static_cast<v1::Ticket::Priority>(row.priority));
  p.sla.first_response = absl::Seconds(row.first_response_s);
  p.sla.resolution = absl::Seconds(row.resolution_s);
  p.sla.callback = absl::Seconds(row.callback_s);
  p.escalation.supervisor_after_breach =
      absl::Seconds(row.escalate_supervisor_after_s);
  p.escalation.manager_after_breach =
      absl::Seconds(row.escalate_manager_after_s);
  p.sla.plan = row.kind == v1::Ticket::COMPLAINT ? absl::Seconds(row.plan_s)
                                                 : absl::ZeroDuration();
  p.sla.coordination = absl::Seconds(row.coordination_s);
  return p;
}

absl::StatusOr<TicketPolicy> PolicyFor(db::Tx& tx, const std::string& site_id,
                                       int kind, int priority) {
  if (priority == v1::Ticket::PRIORITY_UNSPECIFIED) {
    priority = v1::Ticket::NORMAL;
  }
  auto stored = db::FindSlaPolicy(tx, site_id, kind, priority);
  if (!stored.ok()) return stored.status();
  return PolicyFromRow(
      *stored ? **stored
              : DefaultPolicyRow(static_cast<v1::Ticket::Kind>(kind),
                                 static_cast<v1::Ticket::Priority>(priority)));
}

absl::StatusOr<db::InitialDeadlines> InitialDeadlinesFor(
    db::Tx& tx, const std::string& site_id, const v1::Ticket& ticket,
    absl::Time created) {
  auto policy = PolicyFor(tx, site_id, ticket.kind(), ticket.priority());
  if (!policy.ok()) return policy.status();
  SlaPolicy sla = policy->sla;
  db::InitialDeadlines d;
  d.first_response_due_us = ToMicros(created + sla.first_response);
  d.resolution_due_us = ToMicros(created + sla.resolution);
  if (sla.plan > absl::ZeroDuration()) {
    d.plan_due_us = ToMicros(created + sla.plan);
  }
  return d;
}

// Recomputes the deadline columns from the SLA rules: the stored values are
// what the overdue and callback lists search by.
absl::Status RefreshDeadlines(db::Tx& tx, db::TicketRow& row, absl::Time now) {
  SlaTimeline timeline;
  timeline.created = FromMicros(row.create_us);
  if (row.first_response_us) {
    timeline.first_response = FromMicros(*row.first_response_us);
  }
  auto pauses = db::ListPauses(tx, row.id);
  if (!pauses.ok()) return pauses.status();
  for (const db::PauseRow& p : *pauses) {
    timeline.pauses.emplace_back(
        FromMicros(p.start_us),
        p.end_us ? std::optional<absl::Time>(FromMicros(*p.end_us))
                 : std::nullopt);
  }
  if (row.resolve_us) timeline.resolved = FromMicros(*row.resolve_us);
  if (row.promised_us) {
    timeline.promised_resolution = FromMicros(*row.promised_us);
  }
  if (row.close_us) timeline.callback_done = FromMicros(*row.close_us);
  if (row.plan_met_us) timeline.plan_met = FromMicros(*row.plan_met_us);
  auto policy = PolicyFor(tx, row.site_id, row.kind, row.priority);
  if (!policy.ok()) return policy.status();
  SlaState sla = ComputeSla(policy->sla, timeline, now);
  row.first_response_due_us = ToMicros(sla.first_response_due);
  row.resolution_due_us = ToMicros(sla.resolution_due);
  row.callback_due_us =
      sla.callback_due ? std::optional<long long>(ToMicros(*sla.callback_due))
                       : std::nullopt;
  row.plan_due_us = sla.plan_due
                        ? std::optional<long long>(ToMicros(*sla.plan_due))
                        : std::nullopt;
  auto status = static_cast<v1::Ticket::Status>(row.status);
  if (!IsOpen(status) || ClocksPaused(status)) {
    row.effective_due_us.reset();
  } else {
    long long due = ToMicros(sla.effective_resolution_due);
    if (!row.first_response_us) {
      due = std::min(due, *row.first_response_due_us);
    }
    if (row.plan_due_us && !row.plan_met_us)
      due = std::min(due, *row.plan_due_us);
    if (row.notice_due_us && !row.notice_met_us) {
      due = std::min(due, *row.notice_due_us);
    }
    row.effective_due_us = due;
  }
  return absl::OkStatus();
}

void FillBreaches(v1::Ticket& t, absl::Time now) {
  auto* d = t.mutable_deadlines();
  // While on hold the clocks stand still: what is not met yet is judged as
  // of the moment the hold began (the stored due times are as of then too).
  if (d->paused() && d->has_paused_since()) {
    now = std::min(now, ToTime(d->paused_since()));
  }
  auto past = [&](const google::protobuf::Timestamp& due,
                  const google::protobuf::Timestamp* done) {
    if (due.seconds() == 0 && due.nanos() == 0) return false;
    absl::Time when = done != nullptr ? ToTime(*done) : now;
    return when > ToTime(due);
  };
  d->set_first_response_breached(
      past(d->first_response_due_time(),
           t.has_first_response_time()
               ? &t.first_response_time()
               : (t.has_resolve_time() ? &t.resolve_time() : nullptr)));
  d->set_resolution_breached(
      past(d->resolution_due_time(),
           t.has_resolve_time() ? &t.resolve_time() : nullptr));
  if (d->has_callback_due_time()) {
    d->set_callback_breached(past(d->callback_due_time(), t.has_close_time()
                                                              ? &t.close_time()
                                                              : nullptr));
  }
  d->set_plan_breached(past(d->plan_due_time(), d->has_plan_met_time()
                                                    ? &d->plan_met_time()
                                                    : nullptr));
  d->set_resident_notice_breached(
      past(d->resident_notice_due_time(), d->has_resident_notice_met_time()
                                              ? &d->resident_notice_met_time()
                                              : nullptr));
  // Warnings: a deadline not met yet, inside its lead (the same share and
  // cap as sla.h), and not already breached.
  auto warn = [&](const google::protobuf::Timestamp& due, absl::Time start,
                  bool met, bool breached) {
    if (met || breached || (due.seconds() == 0 && due.nanos() == 0)) {
      return false;
    }
    absl::Time deadline = ToTime(due);
    absl::Duration lead =
        std::min(absl::Hours(12), (deadline - start) * kSlaWarningShare);
    return now >= deadline - lead;
  };
  absl::Time created = ToTime(t.create_time());
  d->set_first_response_warning(
      warn(d->first_response_due_time(), created,
           t.has_first_response_time() || t.has_resolve_time(),
           d->first_response_breached()));
  d->set_resolution_warning(warn(d->resolution_due_time(), created,
                                 t.has_resolve_time(),
                                 d->resolution_breached()));
  if (d->has_callback_due_time() && t.has_resolve_time()) {
    d->set_callback_warning(warn(d->callback_due_time(),
                                 ToTime(t.resolve_time()), t.has_close_time(),
                                 d->callback_breached()));
  }
  d->set_plan_warning(warn(d->plan_due_time(), created, d->has_plan_met_time(),
                           d->plan_breached()));
}

void StopOwedClocks(db::TicketRow& row, absl::Time now) {
  if (row.kind == v1::Ticket::COMPLAINT && !row.plan_met_us) {
    row.plan_met_us = ToMicros(now);
  }
  if (row.notice_due_us && !row.notice_met_us) {
    row.notice_met_us = ToMicros(now);
  }
}

const char* EffectiveDeadlineName(const db::TicketRow& row) {
  if (!row.effective_due_us) return "resolution";
  const long long due = *row.effective_due_us;
  if (row.notice_due_us == due && !row.notice_met_us) return "resident notice";
  if (row.plan_due_us == due && !row.plan_met_us) return "plan";
  if (row.first_response_due_us == due && !row.first_response_us) {
    return "first response";
  }
  if (row.promised_us == due) return "promise";
  return "resolution";
}

}  // namespace frontdesk
