#include "clients/cli/local_time.h"

#include <cctype>
#include <cstdint>

#include "absl/time/civil_time.h"

namespace frontdesk::cli {
namespace {

// Reads exactly `digits` decimal digits at text[*pos] into *value.
bool ReadNumber(const std::string& text, size_t* pos, int digits, int* value) {
  if (*pos + digits > text.size()) return false;
  int number = 0;
  for (int i = 0; i < digits; ++i) {
    char c = text[*pos + i];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    number = number * 10 + (c - '0');
  }
  *pos += digits;
  *value = number;
  return true;
}

bool ReadChar(const std::string& text, size_t* pos, const char* choices) {
  if (*pos >= text.size()) return false;
  for (const char* c = choices; *c != '\0'; ++c) {
    if (text[*pos] == *c) {
      ++*pos;
      return true;
    }
  }
  return false;
}

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int64_t year, int month, int day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year =
      (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// Set at most once per run by main(); nullopt: the local zone.
std::optional<absl::TimeZone>& ChosenZone() {
  static std::optional<absl::TimeZone> zone;
  return zone;
}

}  // namespace

absl::TimeZone CliTimeZone() {
  return ChosenZone() ? *ChosenZone() : absl::LocalTimeZone();
}

void SetCliTimeZone(absl::TimeZone zone) { ChosenZone() = zone; }

void ResetCliTimeZone() { ChosenZone().reset(); }

std::optional<google::protobuf::Timestamp> ParseTimeInput(
    const std::string& text) {
  return ParseTimeInput(text, CliTimeZone());
}

std::optional<google::protobuf::Timestamp> ParseTimeInput(
    const std::string& text, absl::TimeZone zone) {
  size_t pos = 0;
  int year, month, day, hour, minute, second = 0;
  if (!ReadNumber(text, &pos, 4, &year) || !ReadChar(text, &pos, "-") ||
      !ReadNumber(text, &pos, 2, &month) || !ReadChar(text, &pos, "-") ||
      !ReadNumber(text, &pos, 2, &day) || !ReadChar(text, &pos, " Tt") ||
      !ReadNumber(text, &pos, 2, &hour) || !ReadChar(text, &pos, ":") ||
      !ReadNumber(text, &pos, 2, &minute)) {
    return std::nullopt;
  }
  int nanos = 0;
  if (ReadChar(text, &pos, ":")) {
    if (!ReadNumber(text, &pos, 2, &second)) return std::nullopt;
    if (ReadChar(text, &pos, ".")) {
      int digits = 0;
      while (pos < text.size() &&
             std::isdigit(static_cast<unsigned char>(text[pos]))) {
        if (++digits > 9) return std::nullopt;
        nanos = nanos * 10 + (text[pos++] - '0');
      }
      if (digits == 0) return std::nullopt;
      for (; digits < 9; ++digits) nanos *= 10;
    }
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month) || hour > 23 || minute > 59 ||
      second > 59) {
    return std::nullopt;
  }

  int64_t seconds = 0;
  if (pos == text.size()) {  // no offset: local time in `zone`
    // A time skipped by a DST change reads with the offset before it (as
    // mktime() did; absl::FromCivil() would give the transition itself), a
    // repeated one as its first occurrence.
    seconds = absl::ToUnixSeconds(
        zone.At(absl::CivilSecond(year, month, day, hour, minute, second))
            .pre);
  } else {
    int offset_seconds = 0;
    if (!ReadChar(text, &pos, "Zz")) {
      bool west = pos < text.size() && text[pos] == '-';
      int offset_hours, offset_minutes;
      if (!ReadChar(text, &pos, "+-") ||
          !ReadNumber(text, &pos, 2, &offset_hours) ||
          !ReadChar(text, &pos, ":") ||
          !ReadNumber(text, &pos, 2, &offset_minutes) || offset_hours > 23 ||
          offset_minutes > 59) {
        return std::nullopt;
      }
      offset_seconds = (offset_hours * 60 + offset_minutes) * 60;
      if (west) offset_seconds = -offset_seconds;
    }
    if (pos != text.size()) return std::nullopt;
    seconds = DaysFromCivil(year, month, day) * 86400 + hour * 3600 +
              minute * 60 + second - offset_seconds;
  }
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(nanos);
  return timestamp;
}

}  // namespace frontdesk::cli
