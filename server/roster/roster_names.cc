#include "server/roster/roster_names.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/names.h"
#include "common/status.h"
#include "server/roster/coverage.h"

namespace frontdesk {
namespace {

constexpr absl::string_view kShiftForm =
    "must be \"sites/{site}/shifts/{yyyymmdd}-{definition}\" with a date "
    "that exists";
constexpr absl::string_view kAssignmentForm =
    "must be \"sites/{site}/shifts/{yyyymmdd}-{definition}/assignments/{id}\""
    " with a date that exists";

bool IsDefinitionId(absl::string_view id) {
  if (id.empty() || id.size() > 16) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c)) ||
           (c >= 'a' && c <= 'z');
  });
}

bool ParseDate8(absl::string_view text, absl::CivilDay* out) {
  int key = 0;
  if (text.size() != 8 || !absl::SimpleAtoi(text, &key)) return false;
  const int y = key / 10000, m = key / 100 % 100, d = key % 100;
  const absl::CivilDay day(y, m, d);
  if (day.year() != y || day.month() != m || day.day() != d) return false;
  *out = day;
  return true;
}

}  // namespace

std::string ShiftRef::id() const { return ShiftId(date, definition_id); }

std::string ShiftRef::name() const {
  return absl::StrCat("sites/", site_id, "/shifts/", id());
}

absl::StatusOr<ShiftRef> ParseShiftId(absl::string_view field,
                                      absl::string_view site_id,
                                      absl::string_view shift_id) {
  const size_t dash = shift_id.find('-');
  ShiftRef ref;
  if (dash == absl::string_view::npos ||
      !ParseDate8(shift_id.substr(0, dash), &ref.date) ||
      !IsDefinitionId(shift_id.substr(dash + 1))) {
    return InvalidField(field, kShiftForm);
  }
  ref.site_id = std::string(site_id);
  ref.definition_id = std::string(shift_id.substr(dash + 1));
  return ref;
}

absl::StatusOr<ShiftRef> ParseShiftName(absl::string_view field,
                                        absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "shifts" ||
      !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(field, kShiftForm);
  }
  return ParseShiftId(field, parts[1], parts[3]);
}

absl::StatusOr<DutyAssignmentName> ParseDutyAssignmentName(
    absl::string_view field, absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  DutyAssignmentName out;
  if (parts.size() != 6 || parts[0] != "sites" || parts[2] != "shifts" ||
      parts[4] != "assignments" || !CheckSiteId(field, parts[1]).ok() ||
      !absl::SimpleAtoi(parts[5], &out.id) || out.id <= 0) {
    return InvalidField(field, kAssignmentForm);
  }
  auto shift = ParseShiftId(field, parts[1], parts[3]);
  if (!shift.ok()) return InvalidField(field, kAssignmentForm);
  out.shift = *std::move(shift);
  return out;
}

}  // namespace frontdesk
