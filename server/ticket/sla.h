// SLA deadline arithmetic of a ticket: pure functions over plain times.
//
// A ticket owes three things, each against a deadline counted from an event:
//   first response  within policy.first_response of creation;
//   resolution      within policy.resolution of creation;
//   callback (回访)  within policy.callback of resolution.
// A complaint owes a fourth when policy.plan is not zero:
//   plan (整改方案)  agreed by the department at fault within policy.plan of
//                   creation; the plan clock stops at the first plan, or at
//                   the resolution if that comes first (paused like the
//                   first response).
// Every time is an absolute instant (absl::Time, stored as UTC); time zones
// and daylight-saving changes never stretch or shrink a window: "24 h" is 24
// elapsed hours, whatever the wall clock says.
//
// Pauses. While a ticket is PENDING (waiting on the resident, parts or a
// vendor) its SLA clocks stop. The first-response and resolution deadlines
// are pushed back by the paused time that began before the event they wait
// for and no later than the deadline as already pushed back; a pause that
// began after a deadline had passed does not undo the breach. A pause still
// open counts up to `now`, so while paused a deadline moves with the clock: a
// ticket paused before its deadline cannot breach (nor move to a later
// phase) until it is resumed. The callback deadline is never shifted (a
// resolved ticket cannot be pending).
//
// Promises. When a deadline cannot be kept, the desk tells the resident a new
// promised time. The promise is an absolute time and is not shifted by
// pauses, but it cannot be missed while the ticket is paused: a promise that
// passes during a pause is missed at the moment the ticket resumes unless a
// new promise is made. A promise never erases a breach of the SLA itself:
// resolution_breached always counts against resolution_due.
//
// Phases. Each deadline is kOk, kWarning (within its warning lead of the
// deadline and not yet met) or kBreached (missed, or met late). A deadline is
// met when its event happens at or before it: exactly at the deadline is on
// time. The warning lead of a deadline is 20% of its own window (for the
// resolution: of policy.resolution), but at most policy.warning_before, so
// a 2-hour response warns 24 minutes ahead and a 3-day resolution warns
// policy.warning_before ahead. The resolution phase follows the deadline the
// desk is working to (effective_resolution_due); resolution_breached is the
// truthful count.
#ifndef FRONTDESK_SERVER_TICKET_SLA_H_
#define FRONTDESK_SERVER_TICKET_SLA_H_

#include <optional>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

struct SlaPolicy {
  absl::Duration first_response;
  absl::Duration resolution;
  absl::Duration callback;
  // The longest warning any deadline gets; see "Phases" above.
  absl::Duration warning_before;
  // Complaints: the plan window; zero when no plan is owed (other kinds).
  absl::Duration plan = absl::ZeroDuration();
  // The promise window of the coordination route (沟通类), counted from
  // creation (coordination_rules.h).
  absl::Duration coordination = absl::Hours(72);
};

// The share of a window before its deadline in which it warns (see above).
inline constexpr double kSlaWarningShare = 0.2;

// The default cap of a warning lead (SlaPolicy::warning_before; see the
// defaults below).
inline constexpr absl::Duration kSlaWarningBefore = absl::Hours(12);

// How long before its deadline a window of `window` warns: kSlaWarningShare
// of it, at most `warning_before`, never negative.
absl::Duration WarningLead(absl::Duration warning_before,
                           absl::Duration window);

// The first response is the first time the desk answered the resident (a
// dispatch, a promise, a plan with a finish, a notice, a resolution, an
// ending as unfounded): stamped at `now` once, never moved by a later answer.
void StampFirstResponse(absl::Time now,
                        std::optional<long long>* first_response_us);

// The defaults [T-SLA-DEFAULTS]:
//   kind                           respond   resolve
//   COMPLAINT                        24 h     3 days
//   REPAIR                            2 h     3 days
//   INQUIRY, HELP, SUGGESTION,       24 h     3 days
//   PRAISE, KIND_UNSPECIFIED
//   SPECIAL_SERVICE (paid)           24 h     7 days
// Priority tightens any kind (never loosens it): URGENT caps the windows at
// 30 min / 24 h, EMERGENCY at 15 min / 4 h; PRIORITY_UNSPECIFIED is NORMAL.
// So an URGENT repair is 30 min / 24 h and an EMERGENCY complaint
// 15 min / 4 h. Plan: a complaint's within 1 day [T-COMPLAINT-PLAN], capped
// by its resolution window (URGENT 24 h, EMERGENCY 4 h); none for other
// kinds. Coordination: 3 days for every kind (the route is expected to take
// more than two). Callback: 24 h after resolution for every ticket
// [T-CALLBACK-DUE]. warning_before: 12 h [T-SLA-WARNING], so a multi-day
// deadline shows up half a day ahead, in time for the desk's twice-daily
// consolidation with the departments, while short windows warn at 20% of
// themselves.
SlaPolicy DefaultSlaPolicy(v1::Ticket::Kind kind,
                           v1::Ticket::Priority priority);

// A ticket's clock history as plain data.
struct SlaTimeline {
  absl::Time created;
  // The first time the desk answered the resident. When none is recorded the
  // resolution counts as the first response.
  std::optional<absl::Time> first_response;
  // Paused intervals [start, end); end is empty while still paused. Order does
  // not matter; overlaps are merged, and only the part between `created` and
  // `now` counts.
  std::vector<std::pair<absl::Time, std::optional<absl::Time>>> pauses;
  // When the matter was (last) resolved; empty while it is open, including
  // after a reopen, when the resolution deadline applies again.
  std::optional<absl::Time> resolved;
  // The latest promise told to the resident, if any.
  std::optional<absl::Time> promised_resolution;
  // The callback after `resolved`; one made before `resolved` belongs to an
  // earlier resolution and is ignored.
  std::optional<absl::Time> callback_done;
  // When the plan clock stopped (the first plan agreed, or the resolution
  // or ending if first); empty while a plan is owed. `resolved` counts too.
  std::optional<absl::Time> plan_met;
};

struct SlaState {
  enum Phase { kOk, kWarning, kBreached };

  absl::Time first_response_due;
  // The SLA deadline shifted by paused time.
  absl::Time resolution_due;
  // The promise if one was made, else resolution_due.
  absl::Time effective_resolution_due;
  // resolved + policy.callback; empty until resolved.
  std::optional<absl::Time> callback_due;
  // A pause is open now.
  bool paused = false;

  Phase first_response_phase = kOk;
  Phase resolution_phase = kOk;  // against effective_resolution_due
  Phase callback_phase = kOk;    // kOk until resolved

  bool first_response_breached = false;
  // Against the SLA deadline (resolution_due), whatever was promised.
  bool resolution_breached = false;
  // Against effective_resolution_due: the promise, or the SLA deadline when
  // no promise was made.
  bool promise_breached = false;
  bool callback_breached = false;

  // created + policy.plan shifted by paused time; empty when policy.plan is
  // zero (no plan owed).
  std::optional<absl::Time> plan_due;
  Phase plan_phase = kOk;
  bool plan_breached = false;
};

SlaState ComputeSla(const SlaPolicy& policy, const SlaTimeline& timeline,
                    absl::Time now);

// INVALID_ARGUMENT on `field` ("must be in the future") unless promised > now.
absl::Status CheckPromise(absl::Time promised, absl::Time now,
                          absl::string_view field);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_SLA_H_
