// The local dates a list's filter bounds: its `date` terms (a kDate field
// of common/filter.h, "2026-11-23") read as the first and last date
// included. Shared by the roster's List calls.
//
// =, >=, >, <= and < bound one or both ends (> and < exclude the date);
// != is INVALID_ARGUMENT on "filter"; a later term replaces an earlier one
// of the same end. An end no term bounds is nullopt: each list decides
// whether that is allowed and how far a range may reach.
#ifndef FRONTDESK_SERVER_ROSTER_DATE_BOUNDS_H_
#define FRONTDESK_SERVER_ROSTER_DATE_BOUNDS_H_

#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "common/filter.h"

namespace frontdesk {

struct DateBounds {
  std::optional<absl::CivilDay> first;
  std::optional<absl::CivilDay> last;
};

absl::StatusOr<DateBounds> DateBoundsOf(const std::vector<FilterTerm>& terms,
                                        absl::string_view field = "date");

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_DATE_BOUNDS_H_
