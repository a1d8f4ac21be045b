// Coverage of 24-hour duty [R-NO-COVERAGE-GAP]: which shifts of a period
// have fewer people working them than their minimum headcount, and whether
// a change (removing a duty, approving leave, a swap) would make that worse.
//
// A person works a shift when they hold a working assignment on it
// (duty_schedule.h IsWorking) and no approved leave of theirs overlaps the
// shift's instants; a person counts once however many assignments they hold
// on it. Leave is matched by instants, so it is right across midnight and
// across daylight-saving changes, where a night shift lasts 11 or 13 hours.
// To show an approver the gap a leave would open, pass the leave as if
// approved: the assignments need not have been changed yet.
//
// A change is refused (FAILED_PRECONDITION COVERAGE_GAP) when it leaves any
// shift shorter than it was before the change: a fully staffed shift below
// its headcount, or an understaffed one further below. A change that leaves
// an understaffed shift as short as it was (e.g. while a roster is still
// being filled in) is allowed. Metadata: rule R-NO-COVERAGE-GAP, "shift" the
// first such shift ("{yyyymmdd}-{definition}"), "shifts" all of them
// separated by ",", "short_by" how many people the first one lacks.
#ifndef FRONTDESK_SERVER_ROSTER_COVERAGE_H_
#define FRONTDESK_SERVER_ROSTER_COVERAGE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "server/roster/duty_schedule.h"
#include "server/roster/shift_time.h"

namespace frontdesk {

// One shift of the site's plan.
struct PlannedShift {
  std::string definition;  // ShiftDefinition.id
  ShiftPattern pattern;
  int min_headcount = 1;
};

// One occurrence of a planned shift.
struct ShiftOccurrence {
  std::string definition;
  absl::CivilDay date;  // the local date it starts on
  absl::Time start;
  absl::Time end;
  int min_headcount = 1;
};

struct CoverageGap {
  ShiftOccurrence shift;
  int working = 0;   // distinct people working it
  int short_by = 0;  // min_headcount - working, > 0
};

// The shift's id within its site, "{yyyymmdd}-{definition}" (Shift.name is
// "sites/{site}/shifts/{id}").
std::string ShiftId(absl::CivilDay date, const std::string& definition);

// Every shift of `plan` starting on a local date in [first, last], in start
// order. The last date's night shift, which ends the next day, is included.
std::vector<ShiftOccurrence> ShiftsBetween(
    const std::vector<PlannedShift>& plan, absl::CivilDay first,
    absl::CivilDay last, absl::TimeZone tz);

// The shifts of `shifts` worked by fewer than min_headcount people, in the
// order of `shifts`. `duties` are matched to shifts by definition and date;
// `leave` is the approved leave (see above).
std::vector<CoverageGap> FindCoverageGaps(
    const std::vector<ShiftOccurrence>& shifts,
    const std::vector<RosterDuty>& duties,
    const std::vector<LeavePeriod>& leave);

// OK unless a shift is shorter in `after` than in `before` (see above).
absl::Status CheckNoNewGap(const std::vector<CoverageGap>& before,
                           const std::vector<CoverageGap>& after);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_COVERAGE_H_
