// The period a report covers: site-local civil dates, both ends included,
// and the instants that bound them in the site's zone [REP-PERIODS].
//
// Rules (report_service.proto, "General rules"):
// - dates are "YYYY-MM-DD" that exist (INVALID_ARGUMENT naming the field);
// - start_date <= end_date (PERIOD_REVERSED);
// - at most kMaxReportDays days (PERIOD_TOO_LONG);
// - a period may not end after the site's today (PERIOD_IN_FUTURE); one that
//   includes today is partial.
// The named periods (a day, the week of a date, a month) default to the
// last complete one: yesterday, last week, last month. A week or month that
// has begun but not ended is cut at today and partial; one that has not
// begun is PERIOD_IN_FUTURE.
//
// Instants: a day runs from its first local instant to the next day's, so a
// day at a DST change is 23 or 25 hours long (absl::TimeZone decides).
#ifndef FRONTDESK_SERVER_REPORT_REPORT_PERIOD_H_
#define FRONTDESK_SERVER_REPORT_REPORT_PERIOD_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace frontdesk {

inline constexpr int kMaxReportDays = 366;

struct ReportDays {
  absl::CivilDay first;
  absl::CivilDay last;
  bool partial = false;  // includes the site's today

  int day_count() const { return static_cast<int>(last - first) + 1; }
  bool operator==(const ReportDays& o) const {
    return first == o.first && last == o.last && partial == o.partial;
  }
};

// "YYYY-MM-DD" of a date that exists; INVALID_ARGUMENT naming `field`.
absl::StatusOr<absl::CivilDay> ParseReportDate(absl::string_view field,
                                               absl::string_view text);

// An explicit period, checked against the site's `today`. `field` is the
// request's period field ("period"): errors name "period.start_date" or
// "period.end_date".
absl::StatusOr<ReportDays> ExplicitPeriod(absl::string_view field,
                                          absl::string_view start_date,
                                          absl::string_view end_date,
                                          absl::CivilDay today);

// One day: `date`, or yesterday when empty.
absl::StatusOr<ReportDays> DayPeriod(absl::string_view field,
                                     absl::string_view date,
                                     absl::CivilDay today);

// Monday to Sunday of the week holding `date`, or last week when empty.
absl::StatusOr<ReportDays> WeekPeriod(absl::string_view field,
                                      absl::string_view date,
                                      absl::CivilDay today);

// The calendar month "YYYY-MM", or last month when empty.
absl::StatusOr<ReportDays> MonthPeriod(absl::string_view field,
                                       absl::string_view month,
                                       absl::CivilDay today);

// The same number of days just before `days` (the previous period, for a
// trend). For a whole month, the whole previous month.
ReportDays PreviousPeriod(const ReportDays& days);

// [start, end) of `first` .. `last` in `zone`.
struct Instants {
  absl::Time start;
  absl::Time end;
};
Instants InstantsOf(absl::CivilDay first, absl::CivilDay last,
                    absl::TimeZone zone);

// The start instant of each day of `days` and the end of the last: the day
// boundaries, day_count() + 1 of them.
std::vector<absl::Time> DayBoundaries(const ReportDays& days,
                                      absl::TimeZone zone);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_PERIOD_H_
