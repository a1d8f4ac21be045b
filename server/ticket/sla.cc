#include "server/ticket/sla.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "common/status.h"

namespace frontdesk {
namespace {

using v1::Ticket;

struct Interval {
  absl::Time start;
  absl::Time end;
};

// The pauses clipped to [created, now], sorted and with overlaps merged.
std::vector<Interval> NormalizePauses(const SlaTimeline& timeline,
                                      absl::Time now) {
  std::vector<Interval> clipped;
  for (const auto& [start, end] : timeline.pauses) {
    absl::Time s = std::max(start, timeline.created);
    absl::Time e = std::min(end.value_or(now), now);
    if (s <= e) clipped.push_back({s, e});
  }
  std::sort(
      clipped.begin(), clipped.end(),
      [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> merged;
  for (const Interval& p : clipped) {
    if (!merged.empty() && p.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, p.end);
    } else {
      merged.push_back(p);
    }
  }
  return merged;
}

// start + window, pushed back by every pause that began before `event` (when
// it happened) and no later than the deadline pushed back so far.
absl::Time ShiftedDue(absl::Time start, absl::Duration window,
                      const std::vector<Interval>& pauses,
                      std::optional<absl::Time> event) {
  absl::Time due = start + window;
  for (const Interval& p : pauses) {
    if (event.has_value() && p.start >= *event) break;
    if (p.start > due) break;  // the deadline had already passed
    due += p.end - p.start;
  }
  return due;
}

// The phase of a deadline at time `t` when its event has not happened yet.
SlaState::Phase OpenPhase(absl::Time due, absl::Duration lead, absl::Time t) {
  if (t > due) return SlaState::kBreached;
  if (t >= due - lead) return SlaState::kWarning;
  return SlaState::kOk;
}

// The phase of a deadline whose event may have happened.
SlaState::Phase PhaseOf(absl::Time due, absl::Duration lead,
                        std::optional<absl::Time> event, absl::Time now) {
  if (event.has_value()) {
    return *event <= due ? SlaState::kOk : SlaState::kBreached;
  }
  return OpenPhase(due, lead, now);
}

}  // namespace

absl::Duration WarningLead(absl::Duration warning_before,
                           absl::Duration window) {
  absl::Duration share = window * kSlaWarningShare;
  return std::max(absl::ZeroDuration(), std::min(warning_before, share));
}

void StampFirstResponse(absl::Time now,
                        std::optional<long long>* first_response_us) {
  if (!first_response_us->has_value()) *first_response_us = ToMicros(now);
}

SlaPolicy DefaultSlaPolicy(Ticket::Kind kind, Ticket::Priority priority) {
  SlaPolicy p;
  p.callback = absl::Hours(24);
  p.warning_before = kSlaWarningBefore;
  switch (kind) {
    case Ticket::REPAIR:
      p.first_response = absl::Hours(2);
      p.resolution = absl::Hours(72);
      break;
    case Ticket::SPECIAL_SERVICE:
      p.first_response = absl::Hours(24);
      p.resolution = absl::Hours(7 * 24);
      break;
    case Ticket::COMPLAINT:
    default:  // INQUIRY, HELP, SUGGESTION, PRAISE, unspecified
      p.first_response = absl::Hours(24);
      p.resolution = absl::Hours(72);
      break;
  }
  if (priority == Ticket::URGENT) {
    p.first_response = std::min(p.first_response, absl::Minutes(30));
    p.resolution = std::min(p.resolution, absl::Hours(24));
  } else if (priority == Ticket::EMERGENCY) {
    p.first_response = std::min(p.first_response, absl::Minutes(15));
    p.resolution = std::min(p.resolution, absl::Hours(4));
  }
  p.plan = kind == Ticket::COMPLAINT ? std::min(absl::Hours(24), p.resolution)
                                     : absl::ZeroDuration();
  p.coordination = absl::Hours(72);
  return p;
}

SlaState ComputeSla(const SlaPolicy& policy, const SlaTimeline& timeline,
                    absl::Time now) {
  const std::vector<Interval> pauses = NormalizePauses(timeline, now);
  SlaState st;
  for (const auto& pause : timeline.pauses) {
    if (!pause.second.has_value() && pause.first <= now) st.paused = true;
  }
  // While paused, a promise is judged as of the moment the pause began.
  const absl::Time clock_now =
      st.paused && !pauses.empty() ? pauses.back().start : now;

  // First response; a resolution answers the resident too.
  std::optional<absl::Time> responded = timeline.first_response.has_value()
                                            ? timeline.first_response
                                            : timeline.resolved;
  st.first_response_due =
      ShiftedDue(timeline.created, policy.first_response, pauses, responded);
  st.first_response_phase =
      PhaseOf(st.first_response_due,
              WarningLead(policy.warning_before, policy.first_response),
              responded, now);
  st.first_response_breached = responded.value_or(now) > st.first_response_due;

  // Resolution: the truthful SLA count, then the deadline worked to.
  st.resolution_due = ShiftedDue(timeline.created, policy.resolution, pauses,
                                 timeline.resolved);
  st.resolution_breached = timeline.resolved.value_or(now) > st.resolution_due;
  st.effective_resolution_due =
      timeline.promised_resolution.value_or(st.resolution_due);
  const absl::Time promise_clock =
      timeline.promised_resolution.has_value() ? clock_now : now;
  st.resolution_phase =
      PhaseOf(st.effective_resolution_due,
              WarningLead(policy.warning_before, policy.resolution),
              timeline.resolved, promise_clock);
  st.promise_breached =
      timeline.resolved.value_or(promise_clock) > st.effective_resolution_due;

  // Plan: owed until agreed, or until the matter is resolved or ended.
  if (policy.plan > absl::ZeroDuration()) {
    std::optional<absl::Time> planned =
        timeline.plan_met.has_value() ? timeline.plan_met : timeline.resolved;
    st.plan_due = ShiftedDue(timeline.created, policy.plan, pauses, planned);
    st.plan_phase =
        PhaseOf(*st.plan_due, WarningLead(policy.warning_before, policy.plan),
                planned, now);
    st.plan_breached = planned.value_or(now) > *st.plan_due;
  }

  // Callback, once resolved.
  if (timeline.resolved.has_value()) {
    st.callback_due = *timeline.resolved + policy.callback;
    std::optional<absl::Time> called;
    if (timeline.callback_done.has_value() &&
        *timeline.callback_done >= *timeline.resolved) {
      called = timeline.callback_done;
    }
    st.callback_phase = PhaseOf(
        *st.callback_due, WarningLead(policy.warning_before, policy.callback),
        called, now);
    st.callback_breached = called.value_or(now) > *st.callback_due;
  }
  return st;
}

absl::Status CheckPromise(absl::Time promised, absl::Time now,
                          absl::string_view field) {
  if (promised <= now) return InvalidField(field, "must be in the future");
  return absl::OkStatus();
}

}  // namespace frontdesk
