// The desk side of deadlines.h: policies from the store, deadlines loaded
// and saved around the pure computation of deadline_rules.h.
#include "server/ticket/deadlines.h"

#include "common/clock.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {
namespace {

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
  const SlaPolicy& sla = policy->sla;
  db::InitialDeadlines d;
  d.first_response_due_us = ToMicros(created + sla.first_response);
  d.resolution_due_us = ToMicros(created + sla.resolution);
  if (sla.plan > absl::ZeroDuration()) {
    d.plan_due_us = ToMicros(created + sla.plan);
  }
  return d;
}

// Loads what the deadlines depend on (the row, its pauses, its site's
// policy), computes them with deadline_rules.h and stores them in the row.
absl::Status RefreshDeadlines(db::Tx& tx, db::TicketRow& row, absl::Time now) {
  TicketClocks clocks;
  clocks.status = static_cast<v1::Ticket::Status>(row.status);
  clocks.create_us = row.create_us;
  clocks.first_response_us = row.first_response_us;
  clocks.resolve_us = row.resolve_us;
  clocks.promised_us = row.promised_us;
  clocks.close_us = row.close_us;
  clocks.plan_met_us = row.plan_met_us;
  clocks.notice_due_us = row.notice_due_us;
  clocks.notice_met_us = row.notice_met_us;
  auto pauses = db::ListPauses(tx, row.id);
  if (!pauses.ok()) return pauses.status();
  for (const db::PauseRow& p : *pauses) {
    clocks.pauses.emplace_back(p.start_us, p.end_us);
  }
  auto policy = PolicyFor(tx, row.site_id, row.kind, row.priority);
  if (!policy.ok()) return policy.status();
  TicketDeadlines d = ComputeDeadlines(policy->sla, clocks, now);
  row.first_response_due_us = d.first_response_due_us;
  row.resolution_due_us = d.resolution_due_us;
  row.callback_due_us = d.callback_due_us;
  row.plan_due_us = d.plan_due_us;
  row.effective_due_us = d.effective_due_us;
  return absl::OkStatus();
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
