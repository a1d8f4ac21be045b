#include "server/roster/shift_plan.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "server/roster/shift_time.h"

namespace frontdesk {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

bool IsShiftId(const std::string& id) {
  if (id.empty() || id.size() > 16) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c)) ||
           (c >= 'a' && c <= 'z');
  });
}

// Characters, not bytes: "白班" is two.
size_t Utf8Length(const std::string& s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return (c & 0xC0) != 0x80; });
}

v1::ShiftDefinition Definition(const char* id, const char* display_name,
                               v1::ShiftDefinition::Kind kind,
                               const char* start) {
  v1::ShiftDefinition d;
  d.set_id(id);
  d.set_display_name(display_name);
  d.set_kind(kind);
  d.set_start_local_time(start);
  d.mutable_duration()->set_seconds(12 * 3600);
  d.set_min_headcount(1);
  return d;
}

}  // namespace

absl::Status ValidateShiftPlan(
    const google::protobuf::RepeatedPtrField<v1::ShiftDefinition>& shifts) {
  Violations v;
  if (shifts.empty()) v.Add("shifts", "at least one shift is required");
  std::set<std::string> ids;
  // (start minute, length, id) of each valid definition.
  std::vector<std::pair<ShiftPattern, std::string>> patterns;
  for (int i = 0; i < shifts.size(); ++i) {
    const v1::ShiftDefinition& d = shifts[i];
    const std::string field = absl::StrCat("shifts[", i, "]");
    if (!IsShiftId(d.id())) {
      v.Add(field + ".id", "must be 1..16 of [a-z0-9]");
    } else if (!ids.insert(d.id()).second) {
      v.Add(field + ".id", "is already the id of another shift");
    }
    const size_t name_length = Utf8Length(d.display_name());
    if (name_length < 1 || name_length > 32) {
      v.Add(field + ".display_name", "must be 1..32 characters");
    }
    if (d.kind() != v1::ShiftDefinition::DAY &&
        d.kind() != v1::ShiftDefinition::NIGHT) {
      v.Add(field + ".kind", "must be DAY or NIGHT");
    }
    if (d.min_headcount() < 1 || d.min_headcount() > kMaxShiftHeadcount) {
      v.Add(field + ".min_headcount", "must be 1..20");
    }
    absl::StatusOr<ShiftPattern> pattern = PatternOf(d, field);
    if (!pattern.ok()) {
      v.Merge(pattern.status());
    } else {
      patterns.emplace_back(*pattern, d.id());
    }
  }
  if (!v.empty()) return v.ToStatus();

  std::sort(patterns.begin(), patterns.end(), [](const auto& a, const auto& b) {
    return a.first.start_minute < b.first.start_minute;
  });
  for (size_t i = 0; i < patterns.size(); ++i) {
    const ShiftPattern& p = patterns[i].first;
    const int next_start =
        i + 1 < patterns.size()
            ? patterns[i + 1].first.start_minute
            : patterns.front().first.start_minute + kMinutesPerDay;
    if (p.start_minute + p.length_minutes != next_start) {
      return Error(
          absl::StatusCode::kFailedPrecondition, "SHIFT_PLAN_NOT_CONTIGUOUS",
          absl::StrCat("shift \"", patterns[i].second,
                       "\" does not end where the next shift begins: the "
                       "shifts must cover the 24 hours with no gap and no "
                       "overlap"),
          {{"rule", "R-NO-COVERAGE-GAP"}, {"shift", patterns[i].second}});
    }
  }
  return absl::OkStatus();
}

std::vector<v1::ShiftDefinition> DefaultShiftPlan() {
  return {Definition("day", "白班", v1::ShiftDefinition::DAY, "08:00"),
          Definition("night", "夜班", v1::ShiftDefinition::NIGHT, "20:00")};
}

}  // namespace frontdesk
