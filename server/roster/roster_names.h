// Resource names of the roster, parsed into their parts:
//   shift       "sites/{site}/shifts/{yyyymmdd}-{definition}"
//   assignment  "sites/{site}/shifts/{yyyymmdd}-{definition}/assignments/{id}"
// The date must exist (20260230 is INVALID_ARGUMENT) and the definition id
// is 1..16 of [a-z0-9]; whether the site has that definition is the
// caller's (its policy's) question. Errors name `field` and the form.
#ifndef FRONTDESK_SERVER_ROSTER_ROSTER_NAMES_H_
#define FRONTDESK_SERVER_ROSTER_ROSTER_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace frontdesk {

struct ShiftRef {
  std::string site_id;
  absl::CivilDay date;
  std::string definition_id;
  // "{yyyymmdd}-{definition}" (coverage.h ShiftId).
  std::string id() const;
  std::string name() const;
};

struct DutyAssignmentName {
  ShiftRef shift;
  long long id = 0;
};

absl::StatusOr<ShiftRef> ParseShiftName(absl::string_view field,
                                        absl::string_view name);
// "{yyyymmdd}-{definition}" alone, for a site already known.
absl::StatusOr<ShiftRef> ParseShiftId(absl::string_view field,
                                      absl::string_view site_id,
                                      absl::string_view shift_id);
absl::StatusOr<DutyAssignmentName> ParseDutyAssignmentName(
    absl::string_view field, absl::string_view name);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_NAMES_H_
