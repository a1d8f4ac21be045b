#include "server/roster/shift_time.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/status.h"

namespace frontdesk {
namespace {

// `text` at `pos`, `n` ASCII digits, as a number; -1 when not digits.
int DigitsAt(absl::string_view text, size_t pos, size_t n) {
  int value = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

absl::StatusOr<absl::CivilDay> ParseLocalDate(absl::string_view text,
                                              absl::string_view field) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return InvalidField(field, "must be a date YYYY-MM-DD");
  }
  const int year = DigitsAt(text, 0, 4);
  const int month = DigitsAt(text, 5, 2);
  const int day = DigitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) {
    return InvalidField(field, "must be a date YYYY-MM-DD");
  }
  // CivilDay normalises 2026-02-30 to 2026-03-02; a date that needed
  // normalising does not exist.
  const absl::CivilDay parsed(year, month, day);
  if (parsed.year() != year || parsed.month() != month || parsed.day() != day) {
    return InvalidField(field,
                        absl::StrCat("is not a date that exists: ", text));
  }
  return parsed;
}

std::string FormatLocalDate(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

absl::StatusOr<int> ParseLocalTime(absl::string_view text,
                                   absl::string_view field) {
  if (text.size() != 5 || text[2] != ':') {
    return InvalidField(field, "must be a local time HH:MM");
  }
  const int hour = DigitsAt(text, 0, 2);
  const int minute = DigitsAt(text, 3, 2);
  if (hour < 0 || minute < 0 || hour > 23 || minute > 59) {
    return InvalidField(field, "must be a local time HH:MM, 00:00..23:59");
  }
  return hour * 60 + minute;
}

absl::StatusOr<ShiftPattern> PatternOf(const v1::ShiftDefinition& definition,
                                       absl::string_view field) {
  absl::StatusOr<int> start = ParseLocalTime(
      definition.start_local_time(), absl::StrCat(field, ".start_local_time"));
  if (!start.ok()) return start.status();
  const auto& d = definition.duration();
  const absl::Duration length =
      absl::Seconds(d.seconds()) + absl::Nanoseconds(d.nanos());
  if (length < kMinShiftLength || length > kMaxShiftLength ||
      length % absl::Minutes(1) != absl::ZeroDuration()) {
    return InvalidField(absl::StrCat(field, ".duration"),
                        "must be whole minutes from 1 h to 24 h");
  }
  return ShiftPattern{*start, static_cast<int>(absl::ToInt64Minutes(length))};
}

absl::Time LocalInstant(absl::CivilMinute local, absl::TimeZone tz) {
  const absl::TimeZone::TimeInfo info = tz.At(absl::CivilSecond(local));
  switch (info.kind) {
    case absl::TimeZone::TimeInfo::SKIPPED:
      // The clocks jump over `local`: the shift begins (or ends) when they
      // jump, the first instant the wall clock shows a later time.
      return info.trans;
    case absl::TimeZone::TimeInfo::REPEATED:
    case absl::TimeZone::TimeInfo::UNIQUE:
      // `pre` is the first occurrence of a repeated time.
      return info.pre;
  }
  return info.pre;
}

ShiftInstants InstantsOn(const ShiftPattern& pattern, absl::CivilDay date,
                         absl::TimeZone tz) {
  const absl::CivilMinute start =
      absl::CivilMinute(date) + pattern.start_minute;
  return {LocalInstant(start, tz),
          LocalInstant(start + pattern.length_minutes, tz)};
}

}  // namespace frontdesk
