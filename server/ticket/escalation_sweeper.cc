#include "server/ticket/escalation_sweeper.h"

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "db/ticket/escalation_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/deadlines.h"

namespace frontdesk {
namespace {

v1::EscalationLevel ToProto(EscalationLevel level) {
  return static_cast<v1::EscalationLevel>(static_cast<int>(level));
}

}  // namespace

absl::StatusOr<int> EscalationSweeper::SweepOnce(int batch) {
  absl::Time now = clock_.Now();
  std::vector<db::TicketRow> candidates;
  absl::Status listed = db_.Read([&](db::Tx& tx) {
    auto listed = db::ListEscalationCandidates(
        tx, ToMicros(now), static_cast<int>(EscalationLevel::kManager), batch);
    if (!listed.ok()) return listed.status();
    candidates = *std::move(listed);
    return absl::OkStatus();
  });
  if (!listed.ok()) return listed;
  int recorded = 0;
  for (const db::TicketRow& candidate : candidates) {
    int steps = 0;
    absl::Status status = db_.Transact([&](db::Tx& tx) -> absl::Status {
      steps = 0;
      // Re-read under the lock: another sweeper may have been first.
      auto row =
          db::LockTicketRow(tx, TicketRef{candidate.site_id, candidate.id, ""});
      if (!row.ok()) return row.status();
      if (!row->effective_due_us) return absl::OkStatus();
      auto policy = PolicyFor(tx, row->site_id, row->kind, row->priority);
      if (!policy.ok()) return policy.status();
      auto due = DueEscalations(
          policy->escalation, FromMicros(*row->effective_due_us),
          static_cast<EscalationLevel>(row->escalation_level), now);
      for (EscalationLevel level : due) {
        std::string reason =
            absl::StrCat(EffectiveDeadlineName(*row), " deadline ",
                         absl::FormatTime(absl::RFC3339_sec,
                                          FromMicros(*row->effective_due_us),
                                          absl::UTCTimeZone()),
                         " missed");
        auto step = db::InsertEscalation(tx, *row, ToProto(level), true, reason,
                                         "", ToMicros(now));
        if (!step.ok()) return step.status();
        v1::FieldChange change;
        change.set_field("escalation_level");
        change.set_old_value(v1::EscalationLevel_Name(
            static_cast<v1::EscalationLevel>(row->escalation_level)));
        change.set_new_value(v1::EscalationLevel_Name(ToProto(level)));
        auto event = db::AppendTicketEvent(
            tx, protector_, row->id, row->site_id, v1::TicketEvent::ESCALATED,
            "", {change}, reason, ToMicros(now));
        if (!event.ok()) return event.status();
        row->escalation_level = static_cast<int>(level);
        ++steps;
      }
      return absl::OkStatus();
    });
    if (status.code() == absl::StatusCode::kAlreadyExists) {
      continue;  // another process recorded these steps first
    }
    if (!status.ok()) return status;
    recorded += steps;
  }
  return recorded;
}

}  // namespace frontdesk
