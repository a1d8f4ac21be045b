#include "server/roster/coverage.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "common/status.h"

namespace frontdesk {

std::string ShiftId(absl::CivilDay date, const std::string& definition) {
  return absl::StrFormat("%04d%02d%02d-%s", date.year(), date.month(),
                         date.day(), definition);
}

std::vector<ShiftOccurrence> ShiftsBetween(
    const std::vector<PlannedShift>& plan, absl::CivilDay first,
    absl::CivilDay last, absl::TimeZone tz) {
  std::vector<ShiftOccurrence> out;
  for (absl::CivilDay day = first; day <= last; ++day) {
    for (const PlannedShift& p : plan) {
      const ShiftInstants at = InstantsOn(p.pattern, day, tz);
      out.push_back({p.definition, day, at.start, at.end, p.min_headcount});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ShiftOccurrence& a, const ShiftOccurrence& b) {
                     return a.start < b.start;
                   });
  return out;
}

std::vector<CoverageGap> FindCoverageGaps(
    const std::vector<ShiftOccurrence>& shifts,
    const std::vector<RosterDuty>& duties,
    const std::vector<LeavePeriod>& leave) {
  // Who holds a working assignment on each shift.
  std::map<std::pair<std::string, absl::CivilDay>, std::set<std::string>>
      holders;
  for (const RosterDuty& d : duties) {
    if (IsWorking(d.status)) holders[{d.definition, d.date}].insert(d.staff);
  }
  std::vector<CoverageGap> gaps;
  for (const ShiftOccurrence& shift : shifts) {
    int working = 0;
    auto it = holders.find({shift.definition, shift.date});
    if (it != holders.end()) {
      for (const std::string& staff : it->second) {
        const bool on_leave =
            std::any_of(leave.begin(), leave.end(), [&](const LeavePeriod& l) {
              return l.staff == staff &&
                     Overlaps(shift.start, shift.end, l.start, l.end);
            });
        if (!on_leave) ++working;
      }
    }
    if (working < shift.min_headcount) {
      gaps.push_back({shift, working, shift.min_headcount - working});
    }
  }
  return gaps;
}

absl::Status CheckNoNewGap(const std::vector<CoverageGap>& before,
                           const std::vector<CoverageGap>& after) {
  std::map<std::string, int> short_before;
  for (const CoverageGap& g : before) {
    short_before[ShiftId(g.shift.date, g.shift.definition)] = g.short_by;
  }
  std::vector<std::string> worse;
  int first_short_by = 0;
  for (const CoverageGap& g : after) {
    const std::string id = ShiftId(g.shift.date, g.shift.definition);
    auto it = short_before.find(id);
    if (g.short_by > (it == short_before.end() ? 0 : it->second)) {
      if (worse.empty()) first_short_by = g.short_by;
      worse.push_back(id);
    }
  }
  if (worse.empty()) return absl::OkStatus();
  return Error(
      absl::StatusCode::kFailedPrecondition, "COVERAGE_GAP",
      absl::StrCat("the change would leave shift ", worse.front(), " short by ",
                   first_short_by, " (24-hour duty: assign a relief first)",
                   worse.size() > 1
                       ? absl::StrCat(", and ", worse.size() - 1, " more")
                       : ""),
      {{"rule", "R-NO-COVERAGE-GAP"},
       {"shift", worse.front()},
       {"shifts", absl::StrJoin(worse, ",")},
       {"short_by", absl::StrCat(first_short_by)}});
}

}  // namespace frontdesk
