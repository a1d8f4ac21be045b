// The rules of leave (请假) and reporting back (销假) [R-LEAVE-FLOW], as
// plain functions of plain values (roster_service.proto, LeaveApplication).
//
//   Times (INVALID_ARGUMENT naming the field): start and end are set, end
//       after start, at most kMaxLeave long.
//   LEAVE_IN_PAST  the leave starts at or after the time it is filed; SICK
//       and BEREAVEMENT leave may be filed afterwards, up to
//       kLateFilingWindow (3 days) after it ends.
//   Steps  step 1 SUPERVISOR of the site; when the leave touches more than
//       supervisor_only_leave_days local calendar days, step 2 MANAGER. When
//       the site has no supervisor but the applicant (the applicant is its
//       only supervisor), step 1 goes to the MANAGER, and there is one
//       manager step only.
//   Deciders  nobody decides their own application (PERMISSION_DENIED
//       SELF_APPROVAL); otherwise the pending step's role held at the
//       leave's site (PERMISSION_DENIED).
//   LEAVE_WRONG_STATE  approve and reject apply to PENDING; cancel to
//       PENDING, or APPROVED before the leave starts; report back to
//       APPROVED once the leave has started.
//   Days  a leave counts per local calendar day in halves: a day it covers
//       for more than half of the day's real length counts 1, a day it
//       touches for less (or exactly half) 0.5 (LeaveDaysBetween; the
//       monthly attendance summary and the staff report count with it).
#ifndef FRONTDESK_SERVER_ROSTER_LEAVE_RULES_H_
#define FRONTDESK_SERVER_ROSTER_LEAVE_RULES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

inline constexpr absl::Duration kMaxLeave = absl::Hours(180 * 24);
inline constexpr absl::Duration kLateFilingWindow = absl::Hours(3 * 24);

// The local calendar days [start, end) touches (1 for a leave within one
// day); 0 when end <= start.
int LeaveCalendarDays(absl::Time start, absl::Time end, absl::TimeZone tz);

// The roles of the approval steps, in order (see above).
std::vector<v1::StaffMember::Role> LeaveApprovalSteps(
    int calendar_days, int supervisor_only_leave_days,
    bool site_has_another_supervisor);

// The request's times and LEAVE_IN_PAST. Fields are named under
// "leave_application.". A zero time (absl::InfinitePast) is unset.
absl::Status CheckLeaveTimes(v1::LeaveApplication::Type type, absl::Time start,
                             absl::Time end, absl::Time now);

enum class LeaveVerb { kApprove, kReject, kCancel, kReturn };

// LEAVE_WRONG_STATE unless `verb` applies to `status` at `now`.
absl::Status CheckLeaveVerb(LeaveVerb verb, v1::LeaveApplication::Status status,
                            absl::Time start, absl::Time now);

// Whether `decider` ("staff/...") may decide the pending step of
// `applicant`'s leave, holding the step's role at the site or not.
absl::Status CheckLeaveDecider(const std::string& applicant,
                               const std::string& decider,
                               bool decider_holds_step_role);

// Where a leave keeps the person away: [start, end), cut at the report back
// when they returned early. Empty (end <= start) for a leave that does not.
struct LeaveSpan {
  absl::Time start;
  absl::Time end;
};
LeaveSpan EffectiveLeave(v1::LeaveApplication::Status status, absl::Time start,
                         absl::Time end, absl::Time returned_at);

// The days of `first` .. `last` (local dates, both included) the leave
// [start, end) covers, in halves (see above): a leave crossing either end
// counts only its days inside.
double LeaveDaysBetween(absl::Time start, absl::Time end, absl::TimeZone tz,
                        absl::CivilDay first, absl::CivilDay last);

// The days of `month` the leave [start, end) covers, in halves (see above).
double LeaveDaysInMonth(absl::Time start, absl::Time end, absl::TimeZone tz,
                        absl::CivilMonth month);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_LEAVE_RULES_H_
