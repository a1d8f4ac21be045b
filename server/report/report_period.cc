#include "server/report/report_period.h"

#include "absl/strings/str_cat.h"
#include "common/status.h"

namespace frontdesk {
namespace {

absl::Status InFuture(absl::string_view field, absl::CivilDay day,
                      absl::CivilDay today) {
  return InvalidField(
      field,
      absl::StrCat(absl::FormatCivilTime(day), " is after the site's today (",
                   absl::FormatCivilTime(today),
                   "): a report covers what has happened"),
      "PERIOD_IN_FUTURE");
}

// A named period (week, month) that may have begun: cut at today.
absl::StatusOr<ReportDays> CutAtToday(absl::string_view field,
                                      absl::CivilDay first, absl::CivilDay last,
                                      absl::CivilDay today) {
  if (first > today) return InFuture(field, first, today);
  ReportDays days{first, last, false};
  if (last >= today) {
    days.last = today;
    days.partial = true;
  }
  return days;
}

}  // namespace

absl::StatusOr<absl::CivilDay> ParseReportDate(absl::string_view field,
                                               absl::string_view text) {
  absl::CivilDay day;
  if (text.size() != 10 || !absl::ParseCivilTime(text, &day) ||
      absl::FormatCivilTime(day) != text) {
    return InvalidField(field, "must be a date \"YYYY-MM-DD\" that exists");
  }
  return day;
}

absl::StatusOr<ReportDays> ExplicitPeriod(absl::string_view field,
                                          absl::string_view start_date,
                                          absl::string_view end_date,
                                          absl::CivilDay today) {
  const std::string start_field = absl::StrCat(field, ".start_date");
  const std::string end_field = absl::StrCat(field, ".end_date");
  auto first = ParseReportDate(start_field, start_date);
  if (!first.ok()) return first.status();
  auto last = ParseReportDate(end_field, end_date);
  if (!last.ok()) return last.status();
  if (*first > *last) {
    return InvalidField(start_field,
                        absl::StrCat("must not be after ", end_field, " (",
                                     start_date, " > ", end_date, ")"),
                        "PERIOD_REVERSED");
  }
  if (*last - *first + 1 > kMaxReportDays) {
    return InvalidField(
        field,
        absl::StrCat("covers ", *last - *first + 1,
                     " days; a report covers at most ", kMaxReportDays),
        "PERIOD_TOO_LONG");
  }
  if (*last > today) return InFuture(end_field, *last, today);
  return ReportDays{*first, *last, *last == today};
}

absl::StatusOr<ReportDays> DayPeriod(absl::string_view field,
                                     absl::string_view date,
                                     absl::CivilDay today) {
  absl::CivilDay day = today - 1;
  if (!date.empty()) {
    auto parsed = ParseReportDate(field, date);
    if (!parsed.ok()) return parsed.status();
    day = *parsed;
  }
  if (day > today) return InFuture(field, day, today);
  return ReportDays{day, day, day == today};
}

absl::StatusOr<ReportDays> WeekPeriod(absl::string_view field,
                                      absl::string_view date,
                                      absl::CivilDay today) {
  absl::CivilDay day = today - 7;
  if (!date.empty()) {
    auto parsed = ParseReportDate(field, date);
    if (!parsed.ok()) return parsed.status();
    day = *parsed;
  }
  // absl::PrevWeekday(d, MONDAY) is strictly before d.
  const absl::CivilDay monday =
      absl::GetWeekday(day) == absl::Weekday::monday
          ? day
          : absl::PrevWeekday(day, absl::Weekday::monday);
  return CutAtToday(field, monday, monday + 6, today);
}

absl::StatusOr<ReportDays> MonthPeriod(absl::string_view field,
                                       absl::string_view month,
                                       absl::CivilDay today) {
  absl::CivilMonth m = absl::CivilMonth(today) - 1;
  if (!month.empty()) {
    absl::CivilMonth parsed;
    if (month.size() != 7 || !absl::ParseCivilTime(month, &parsed) ||
        absl::FormatCivilTime(parsed) != month) {
      return InvalidField(field, "must be a month \"YYYY-MM\"");
    }
    m = parsed;
  }
  return CutAtToday(field, absl::CivilDay(m), absl::CivilDay(m + 1) - 1, today);
}

ReportDays PreviousPeriod(const ReportDays& days) {
  const absl::CivilDay month_start =
      absl::CivilDay(absl::CivilMonth(days.first));
  const bool whole_month =
      days.first == month_start &&
      days.last == absl::CivilDay(absl::CivilMonth(days.first) + 1) - 1;
  if (whole_month) {
    const absl::CivilMonth previous = absl::CivilMonth(days.first) - 1;
    return {absl::CivilDay(previous), month_start - 1, false};
  }
  const int n = days.day_count();
  return {days.first - n, days.first - 1, false};
}

Instants InstantsOf(absl::CivilDay first, absl::CivilDay last,
                    absl::TimeZone zone) {
  return {zone.At(absl::CivilSecond(first)).pre,
          zone.At(absl::CivilSecond(last + 1)).pre};
}

std::vector<absl::Time> DayBoundaries(const ReportDays& days,
                                      absl::TimeZone zone) {
  std::vector<absl::Time> bounds;
  bounds.reserve(days.day_count() + 1);
  for (absl::CivilDay d = days.first; d <= days.last + 1; ++d) {
    bounds.push_back(zone.At(absl::CivilSecond(d)).pre);
  }
  return bounds;
}

}  // namespace frontdesk
