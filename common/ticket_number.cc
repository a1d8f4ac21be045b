#include "common/ticket_number.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {

int32_t LocalDateKey(absl::Time t, absl::TimeZone tz) {
  absl::CivilDay day = absl::ToCivilDay(t, tz);
  return static_cast<int32_t>(day.year() * 10000 + day.month() * 100 +
                              day.day());
}

std::string FormatTicketNumber(absl::string_view site_id, int32_t date_key,
                               int64_t sequence) {
  return absl::StrFormat("%s-%08d-%04d", absl::AsciiStrToUpper(site_id),
                         date_key, sequence);
}

absl::StatusOr<TicketNumber> ParseTicketNumber(absl::string_view field,
                                               absl::string_view number) {
  const char* rule = "must be a ticket number like HX-20261123-0007";
  std::vector<absl::string_view> parts = absl::StrSplit(number, '-');
  if (parts.size() != 3 || parts[1].size() != 8 || parts[2].size() < 4 ||
      parts[2].size() > 9) {
    return InvalidField(field, rule);
  }
  TicketNumber out;
  out.site_id = absl::AsciiStrToLower(parts[0]);
  if (!CheckId(field, out.site_id, 2, 16).ok()) {
    return InvalidField(field, rule);
  }
  for (absl::string_view digits : {parts[1], parts[2]}) {
    for (char c : digits) {
      if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) {
        return InvalidField(field, rule);
      }
    }
  }
  if (!absl::SimpleAtoi(parts[1], &out.date_key) ||
      !absl::SimpleAtoi(parts[2], &out.sequence) || out.sequence < 1) {
    return InvalidField(field, rule);
  }
  absl::CivilDay day(out.date_key / 10000, out.date_key / 100 % 100,
                     out.date_key % 100);
  if (LocalDateKey(absl::FromCivil(day, absl::UTCTimeZone()),
                   absl::UTCTimeZone()) != out.date_key) {
    return InvalidField(field, rule);  // e.g. 20261131 normalises elsewhere
  }
  return out;
}

bool LooksLikeTicketNumber(absl::string_view text) {
  return ParseTicketNumber("", text).ok();
}

}  // namespace frontdesk
