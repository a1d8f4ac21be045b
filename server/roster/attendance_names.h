// Resource names of attendance (考勤), which belong to the person:
//   record      "staff/{staff}/attendanceRecords/{duty assignment id}"
//   correction  "staff/{staff}/attendanceCorrections/{id}"
//   summary     "staff/{staff}/attendanceSummaries/{yyyy-mm}"
//   parent      "staff/{staff}", or "staff/-" (everyone) where allowed
// and a month "yyyy-mm". Ids are positive integers; errors are
// INVALID_ARGUMENT naming `field` and the form.
#ifndef FRONTDESK_SERVER_ROSTER_ATTENDANCE_NAMES_H_
#define FRONTDESK_SERVER_ROSTER_ATTENDANCE_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace frontdesk {

struct StaffChildRef {
  std::string staff_id;
  long long id = 0;
};

struct AttendanceSummaryRef {
  std::string staff_id;
  absl::CivilMonth month;
};

absl::StatusOr<StaffChildRef> ParseAttendanceRecordName(absl::string_view field,
                                                        absl::string_view name);
absl::StatusOr<StaffChildRef> ParseAttendanceCorrectionName(
    absl::string_view field, absl::string_view name);
absl::StatusOr<AttendanceSummaryRef> ParseAttendanceSummaryName(
    absl::string_view field, absl::string_view name);
// The staff id, or "-" for "staff/-".
absl::StatusOr<std::string> ParseStaffParent(absl::string_view field,
                                             absl::string_view name);
absl::StatusOr<absl::CivilMonth> ParseMonth(absl::string_view field,
                                            absl::string_view month);
// "yyyy-mm".
std::string FormatMonth(absl::CivilMonth month);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ATTENDANCE_NAMES_H_
