#include "server/roster/duty_rules.h"

#include "absl/strings/str_cat.h"
#include "common/status.h"

namespace frontdesk {

absl::Status CheckQualifiedForDesk(const std::vector<v1::RoleGrant>& grants,
                                   absl::string_view site_id) {
  const std::string site = absl::StrCat("sites/", site_id);
  for (const v1::RoleGrant& g : grants) {
    if (g.role() == v1::StaffMember::RECEPTIONIST &&
        (g.site() == site || g.site() == "sites/-")) {
      return absl::OkStatus();
    }
  }
  return Error(absl::StatusCode::kFailedPrecondition, "STAFF_NOT_QUALIFIED",
               absl::StrCat("front-desk duty at ", site,
                            " is a receptionist's: the staff member holds no "
                            "RECEPTIONIST role there"),
               {{"rule", "R-ROLES"}});
}

absl::Status CheckDutyOrigin(v1::DutyAssignment::Origin origin) {
  if (origin == v1::DutyAssignment::PLANNED ||
      origin == v1::DutyAssignment::LEAVE_COVER) {
    return absl::OkStatus();
  }
  return InvalidField("duty_assignment.origin",
                      "must be PLANNED or LEAVE_COVER (SWAP duties come from "
                      "an approved swap)");
}

absl::Status CheckMayAddDuty(v1::DutyAssignment::Origin origin,
                             absl::Time shift_start, absl::Time shift_end,
                             absl::Time now) {
  if (now < shift_start) return absl::OkStatus();
  if (origin == v1::DutyAssignment::LEAVE_COVER && now < shift_end) {
    return absl::OkStatus();  // an emergency relief
  }
  return Error(absl::StatusCode::kFailedPrecondition, "SHIFT_ALREADY_STARTED",
               now < shift_end
                   ? "the shift has started: only an emergency relief "
                     "(origin LEAVE_COVER) may still be added"
                   : "the shift is over; its roster is history");
}

absl::Status CheckMayRemoveDuty(v1::DutyAssignment::Status status,
                                absl::Time shift_start, absl::Time now) {
  if (status != v1::DutyAssignment::SCHEDULED) {
    return Error(absl::StatusCode::kFailedPrecondition, "DUTY_NOT_SCHEDULED",
                 absl::StrCat("only a SCHEDULED duty is removed; this one is ",
                              v1::DutyAssignment::Status_Name(status)));
  }
  if (now >= shift_start) {
    return Error(absl::StatusCode::kFailedPrecondition, "SHIFT_ALREADY_STARTED",
                 "the shift has started; its roster is history");
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
