#include "server/report/night_callbacks.h"

#include <algorithm>
#include <map>
#include <optional>

#include "server/report/indicators.h"

namespace frontdesk {

std::vector<NightWatch> NightWatchesOf(const std::vector<db::ShiftRow>& shifts,
                                       absl::TimeZone zone) {
  std::map<absl::CivilDay, long long> night_of;
  for (const db::ShiftRow& s : shifts) {
    if (s.definition.kind() != v1::ShiftDefinition::NIGHT) continue;
    auto [it, added] = night_of.emplace(s.date, s.start_us);
    if (!added) it->second = std::min(it->second, s.start_us);
  }
  std::vector<NightWatch> out;
  for (const auto& [date, night_start] : night_of) {
    std::optional<long long> day_start;
    for (const db::ShiftRow& s : shifts) {
      if (s.date != date || s.definition.kind() != v1::ShiftDefinition::DAY ||
          s.start_us >= night_start) {
        continue;
      }
      day_start = std::min(day_start.value_or(s.start_us), s.start_us);
    }
    const long long midnight =
        absl::ToUnixMicros(zone.At(absl::CivilSecond(date)).pre);
    out.push_back({day_start.value_or(midnight), night_start});
  }
  return out;
}

v1::RateMetric NightCallbacksWithinHour(
    const std::vector<db::RepairResolution>& resolutions,
    const std::vector<NightWatch>& watches, long long as_of_us) {
  const long long window_us = absl::ToInt64Microseconds(kNightCallbackWindow);
  long long in_time = 0, judged = 0;
  for (const NightWatch& watch : watches) {
    const long long deadline = watch.night_start_us + window_us;
    for (const db::RepairResolution& r : resolutions) {
      if (r.resolve_us < watch.day_start_us ||
          r.resolve_us >= watch.night_start_us) {
        continue;
      }
      const bool called_in_time =
          r.first_callback_us && *r.first_callback_us <= deadline;
      if (!called_in_time && as_of_us < deadline && !r.first_callback_us) {
        continue;  // the hour is not over and no call yet
      }
      ++judged;
      if (called_in_time) ++in_time;
    }
  }
  return Rate(in_time, judged, 1.0, v1::RateMetric::AT_LEAST);
}

}  // namespace frontdesk
