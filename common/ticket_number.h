// Per-site human ticket numbers: "{SITE}-{yyyymmdd}-{nnnn}", e.g.
// "HX-20261123-0007". The date is the site's local date at creation; the
// sequence restarts at 1 each local day and is allocated by the database
// (db/ticket_store), so numbers stay unique across server processes. Four
// digits are the minimum width; a 10,000th ticket of a day gets five.
#ifndef FRONTDESK_COMMON_TICKET_NUMBER_H_
#define FRONTDESK_COMMON_TICKET_NUMBER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace frontdesk {

// The civil day at `t` in `tz`, as the integer yyyymmdd (e.g. 20261123).
int32_t LocalDateKey(absl::Time t, absl::TimeZone tz);

std::string FormatTicketNumber(absl::string_view site_id, int32_t date_key,
                               int64_t sequence);

struct TicketNumber {
  std::string site_id;  // lower case, as in resource names
  int32_t date_key = 0;
  int64_t sequence = 0;
};

// Parses a number in any letter case; INVALID_ARGUMENT on `field` otherwise.
absl::StatusOr<TicketNumber> ParseTicketNumber(absl::string_view field,
                                               absl::string_view number);

// True when `text` has the shape of a ticket number (not a numeric id).
bool LooksLikeTicketNumber(absl::string_view text);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_TICKET_NUMBER_H_
