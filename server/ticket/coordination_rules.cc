#include "server/ticket/coordination_rules.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {

absl::Time DefaultCoordinationPromise(absl::Time created, absl::Time dispatched,
                                      absl::Duration window) {
  return std::max(created + window, dispatched + kCoordinationMinPromise);
}

absl::Status CheckCoordinationPromise(absl::Time promised,
                                      absl::Time dispatched) {
  if (promised >= dispatched + kCoordinationMinPromise) {
    return absl::OkStatus();
  }
  return Error(
      absl::StatusCode::kFailedPrecondition, "COORDINATION_PROMISE_TOO_SHORT",
      absl::StrCat(
          "a coordination matter needs several parties and is expected to "
          "take more than two days: promise no earlier than ",
          absl::FormatTime(absl::RFC3339_sec,
                           dispatched + kCoordinationMinPromise,
                           absl::UTCTimeZone()),
          " (2 days after the coordination dispatch), or choose another "
          "route"));
}

int CountDepartments(const std::vector<std::string>& names) {
  std::set<std::string> departments;
  for (const std::string& name : names) {
    if (name.empty()) continue;
    if (ParseDepartmentName("department", name).ok()) {
      departments.insert(name);
    }
  }
  return static_cast<int>(departments.size());
}

bool ResidentNoticeOwed(bool coordination_route, int departments) {
  return coordination_route || departments >= 2;
}

absl::Time EndOfLocalDay(absl::Time at, absl::TimeZone tz) {
  absl::CivilDay day = absl::ToCivilDay(at, tz);
  absl::TimeZone::TimeInfo midnight = tz.At(absl::CivilSecond(day + 1));
  // A midnight skipped by a clock change: the day ends at the change.
  return midnight.kind == absl::TimeZone::TimeInfo::SKIPPED ? midnight.trans
                                                            : midnight.pre;
}

absl::Status ValidateNoticeRequest(
    const v1::RecordResidentNoticeRequest& request) {
  Violations v;
  v.Merge(CheckText("note", request.note(), 1, 500));
  switch (request.channel()) {
    case v1::Ticket::PHONE:
    case v1::Ticket::WALK_IN:
    case v1::Ticket::LETTER:
    case v1::Ticket::APP:
      break;
    default:
      v.Add("channel",
            "how the resident was told: PHONE, WALK_IN (in person), LETTER "
            "or APP");
  }
  return v.ToStatus();
}

}  // namespace frontdesk
