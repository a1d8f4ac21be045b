// The deadline arithmetic of deadline_rules.h over plain values.
#include "server/ticket/deadline_rules.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>

#include "common/clock.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

absl::Time ToTime(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

std::optional<absl::Time> TimeOf(const std::optional<long long>& us) {
  if (!us) return std::nullopt;
  return FromMicros(*us);
}

std::optional<long long> MicrosOf(const std::optional<absl::Time>& t) {
  if (!t) return std::nullopt;
  return ToMicros(*t);
}

}  // namespace

TicketDeadlines ComputeDeadlines(const SlaPolicy& policy,
                                 const TicketClocks& clocks, absl::Time now) {
  SlaTimeline timeline;
  timeline.created = FromMicros(clocks.create_us);
  timeline.first_response = TimeOf(clocks.first_response_us);
  for (const auto& [start_us, end_us] : clocks.pauses) {
    timeline.pauses.emplace_back(FromMicros(start_us), TimeOf(end_us));
  }
  timeline.resolved = TimeOf(clocks.resolve_us);
  timeline.promised_resolution = TimeOf(clocks.promised_us);
  timeline.callback_done = TimeOf(clocks.close_us);
  timeline.plan_met = TimeOf(clocks.plan_met_us);
  SlaState sla = ComputeSla(policy, timeline, now);
  TicketDeadlines d;
  d.first_response_due_us = ToMicros(sla.first_response_due);
  d.resolution_due_us = ToMicros(sla.resolution_due);
  d.callback_due_us = MicrosOf(sla.callback_due);
  d.plan_due_us = MicrosOf(sla.plan_due);
  if (IsOpen(clocks.status) && !ClocksPaused(clocks.status)) {
    long long due = ToMicros(sla.effective_resolution_due);
    if (!clocks.first_response_us) {
      due = std::min(due, d.first_response_due_us);
    }
    if (d.plan_due_us && !clocks.plan_met_us) {
      due = std::min(due, *d.plan_due_us);
    }
    if (clocks.notice_due_us && !clocks.notice_met_us) {
      due = std::min(due, *clocks.notice_due_us);
    }
    d.effective_due_us = due;
  }
  return d;
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
  // cap as sla.h: WarningLead), and not already breached.
  auto warn = [&](const google::protobuf::Timestamp& due, absl::Time start,
                  bool met, bool breached) {
    if (met || breached || (due.seconds() == 0 && due.nanos() == 0)) {
      return false;
    }
    absl::Time deadline = ToTime(due);
    absl::Duration lead = WarningLead(kSlaWarningBefore, deadline - start);
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

}  // namespace frontdesk
