#include "server/roster/leave_rules.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status.h"

namespace frontdesk {
namespace {

using Leave = v1::LeaveApplication;

absl::Status WrongState(Leave::Status status, absl::string_view what) {
  return Error(
      absl::StatusCode::kFailedPrecondition, "LEAVE_WRONG_STATE",
      absl::StrCat("a leave application that is ", Leave::Status_Name(status),
                   " cannot be ", what),
      {{"rule", "R-LEAVE-FLOW"}, {"status", Leave::Status_Name(status)}});
}

absl::CivilDay LocalDay(absl::Time t, absl::TimeZone tz) {
  return absl::CivilDay(absl::ToCivilSecond(t, tz));
}

}  // namespace

int LeaveCalendarDays(absl::Time start, absl::Time end, absl::TimeZone tz) {
  if (end <= start) return 0;
  const absl::CivilDay first = LocalDay(start, tz);
  const absl::CivilDay last = LocalDay(end - absl::Nanoseconds(1), tz);
  return static_cast<int>(last - first) + 1;
}

std::vector<v1::StaffMember::Role> LeaveApprovalSteps(
    int calendar_days, int supervisor_only_leave_days,
    bool site_has_another_supervisor) {
  if (!site_has_another_supervisor) return {v1::StaffMember::MANAGER};
  if (calendar_days > supervisor_only_leave_days) {
    return {v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER};
  }
  return {v1::StaffMember::SUPERVISOR};
}

absl::Status CheckLeaveTimes(Leave::Type type, absl::Time start, absl::Time end,
                             absl::Time now) {
  std::vector<FieldViolation> v;
  if (start == absl::InfinitePast()) {
    v.push_back({"leave_application.start_time", "must be set"});
  }
  if (end == absl::InfinitePast()) {
    v.push_back({"leave_application.end_time", "must be set"});
  }
  if (v.empty() && end <= start) {
    v.push_back({"leave_application.end_time", "must be after start_time"});
  }
  if (v.empty() && end - start > kMaxLeave) {
    v.push_back(
        {"leave_application.end_time", "a leave lasts at most 180 days"});
  }
  if (!v.empty()) return InvalidFields(std::move(v));
  const bool may_file_late = type == Leave::SICK || type == Leave::BEREAVEMENT;
  if (may_file_late) {
    if (now > end + kLateFilingWindow) {
      return Error(absl::StatusCode::kFailedPrecondition, "LEAVE_IN_PAST",
                   "sick and bereavement leave is filed at the latest 3 days "
                   "after it ends",
                   {{"rule", "R-LEAVE-FLOW"}});
    }
  } else if (start < now) {
    return Error(absl::StatusCode::kFailedPrecondition, "LEAVE_IN_PAST",
                 "leave is applied for before it starts (only sick and "
                 "bereavement leave may be filed afterwards)",
                 {{"rule", "R-LEAVE-FLOW"}});
  }
  return absl::OkStatus();
}

absl::Status CheckLeaveVerb(LeaveVerb verb, Leave::Status status,
                            absl::Time start, absl::Time now) {
  switch (verb) {
    case LeaveVerb::kApprove:
      if (status != Leave::PENDING) return WrongState(status, "approved");
      break;
    case LeaveVerb::kReject:
      if (status != Leave::PENDING) return WrongState(status, "rejected");
      break;
    case LeaveVerb::kCancel:
      if (status == Leave::PENDING) break;
      if (status == Leave::APPROVED && now < start) break;
      if (status == Leave::APPROVED) {
        return Error(absl::StatusCode::kFailedPrecondition, "LEAVE_WRONG_STATE",
                     "an approved leave that has started is not cancelled; "
                     "report back instead (ReturnFromLeave)",
                     {{"rule", "R-LEAVE-FLOW"}, {"status", "APPROVED"}});
      }
      return WrongState(status, "cancelled");
    case LeaveVerb::kReturn:
      if (status != Leave::APPROVED) return WrongState(status, "reported back");
      if (now < start) {
        return Error(absl::StatusCode::kFailedPrecondition, "LEAVE_WRONG_STATE",
                     "the leave has not started: cancel it instead of "
                     "reporting back",
                     {{"rule", "R-LEAVE-FLOW"}, {"status", "APPROVED"}});
      }
      break;
  }
  return absl::OkStatus();
}

absl::Status CheckLeaveDecider(const std::string& applicant,
                               const std::string& decider,
                               bool decider_holds_step_role) {
  if (applicant == decider) {
    return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
                 "nobody decides their own leave application",
                 {{"rule", "R-LEAVE-FLOW"}});
  }
  if (!decider_holds_step_role) {
    return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                 "the pending step is decided by the holder of its role at "
                 "the leave's site",
                 {{"rule", "R-LEAVE-FLOW"}});
  }
  return absl::OkStatus();
}

LeaveSpan EffectiveLeave(Leave::Status status, absl::Time start, absl::Time end,
                         absl::Time returned_at) {
  if (status == Leave::APPROVED) return {start, end};
  if (status == Leave::RETURNED) return {start, std::min(end, returned_at)};
  return {start, start};
}

double LeaveDaysBetween(absl::Time start, absl::Time end, absl::TimeZone tz,
                        absl::CivilDay first, absl::CivilDay last) {
  if (end <= start) return 0;
  double days = 0;
  for (absl::CivilDay day = std::max(first, LocalDay(start, tz));
       day <= last && day <= LocalDay(end, tz); ++day) {
    const absl::Time day_start = absl::FromCivil(day, tz);
    const absl::Time day_end = absl::FromCivil(day + 1, tz);
    const absl::Duration covered =
        std::min(end, day_end) - std::max(start, day_start);
    if (covered <= absl::ZeroDuration()) continue;
    days += covered * 2 > day_end - day_start ? 1.0 : 0.5;
  }
  return days;
}

double LeaveDaysInMonth(absl::Time start, absl::Time end, absl::TimeZone tz,
                        absl::CivilMonth month) {
  return LeaveDaysBetween(start, end, tz, absl::CivilDay(month),
                          absl::CivilDay(month + 1) - 1);
}

}  // namespace frontdesk
