#include "server/roster/date_bounds.h"

#include "absl/strings/str_cat.h"
#include "common/status.h"

namespace frontdesk {

absl::StatusOr<DateBounds> DateBoundsOf(const std::vector<FilterTerm>& terms,
                                        absl::string_view field) {
  DateBounds bounds;
  for (const FilterTerm& t : terms) {
    if (t.field != field) continue;
    absl::CivilDay day;
    if (!absl::ParseCivilTime(t.text, &day)) {
      return InvalidField("filter", absl::StrCat(field,
                                                 " must be a date, e.g. "
                                                 "\"2026-11-23\""));
    }
    switch (t.op) {
      case FilterOp::kEq:
        bounds.first = bounds.last = day;
        break;
      case FilterOp::kGe:
        bounds.first = day;
        break;
      case FilterOp::kGt:
        bounds.first = day + 1;
        break;
      case FilterOp::kLe:
        bounds.last = day;
        break;
      case FilterOp::kLt:
        bounds.last = day - 1;
        break;
      case FilterOp::kNe:
        return InvalidField("filter",
                            absl::StrCat(field, " takes =, <, <=, > or >="));
    }
  }
  return bounds;
}

}  // namespace frontdesk
