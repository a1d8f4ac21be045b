#include "server/roster/attendance_names.h"

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "common/names.h"
#include "common/status.h"

namespace frontdesk {
namespace {

absl::StatusOr<StaffChildRef> ParseStaffChild(absl::string_view field,
                                              absl::string_view name,
                                              absl::string_view collection) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  StaffChildRef out;
  if (parts.size() != 4 || parts[0] != "staff" || parts[2] != collection ||
      !CheckStaffId(field, parts[1]).ok() ||
      !absl::SimpleAtoi(parts[3], &out.id) || out.id <= 0 ||
      parts[3][0] == '+' || parts[3][0] == '0') {
    return InvalidField(
        field, absl::StrCat("must be \"staff/{staff}/", collection, "/{id}\""));
  }
  out.staff_id = std::string(parts[1]);
  return out;
}

}  // namespace

absl::StatusOr<StaffChildRef> ParseAttendanceRecordName(
    absl::string_view field, absl::string_view name) {
  return ParseStaffChild(field, name, "attendanceRecords");
}

absl::StatusOr<StaffChildRef> ParseAttendanceCorrectionName(
    absl::string_view field, absl::string_view name) {
  return ParseStaffChild(field, name, "attendanceCorrections");
}

absl::StatusOr<AttendanceSummaryRef> ParseAttendanceSummaryName(
    absl::string_view field, absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  constexpr absl::string_view kForm =
      "must be \"staff/{staff}/attendanceSummaries/{yyyy-mm}\"";
  if (parts.size() != 4 || parts[0] != "staff" ||
      parts[2] != "attendanceSummaries" ||
      !CheckStaffId(field, parts[1]).ok()) {
    return InvalidField(field, kForm);
  }
  auto month = ParseMonth(field, parts[3]);
  if (!month.ok()) return InvalidField(field, kForm);
  return AttendanceSummaryRef{std::string(parts[1]), *month};
}

absl::StatusOr<std::string> ParseStaffParent(absl::string_view field,
                                             absl::string_view name) {
  if (name == "staff/-") return std::string("-");
  auto staff = ParseStaffName(field, name);
  if (!staff.ok()) {
    return InvalidField(field, "must be \"staff/{staff}\" or \"staff/-\"");
  }
  return staff;
}

absl::StatusOr<absl::CivilMonth> ParseMonth(absl::string_view field,
                                            absl::string_view month) {
  absl::CivilMonth out;
  int y = 0, m = 0;
  if (month.size() != 7 || month[4] != '-' ||
      !absl::SimpleAtoi(month.substr(0, 4), &y) ||
      !absl::SimpleAtoi(month.substr(5, 2), &m) || y < 1970 || m < 1 ||
      m > 12 || !absl::ParseCivilTime(month, &out)) {
    return InvalidField(field, "must be a month \"yyyy-mm\", e.g. \"2026-11\"");
  }
  return out;
}

std::string FormatMonth(absl::CivilMonth month) {
  return absl::StrFormat("%04d-%02d", month.year(), month.month());
}

}  // namespace frontdesk
