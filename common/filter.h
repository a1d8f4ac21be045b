// A documented subset of AIP-160 list filters, parsed against a schema.
//
//   filter     := comparison { "AND" comparison }
//   comparison := FIELD OP VALUE
//   OP         := "=" | "!=" | "<" | "<=" | ">" | ">="
//   VALUE      := "quoted string" (with \" and \\ escapes) | bare-word
//
// Each field in the schema has a type that decides its allowed operators and
// how its value is read: enum fields take the enum value name (=, !=); string
// fields take text (=); timestamp fields take RFC 3339 and date fields a
// calendar date (all six operators).
// The parser never produces SQL: db/ compiles FilterTerms into bound
// parameters, so no value ever becomes query text. Every error is
// INVALID_ARGUMENT on field "filter", naming the offending filter field.
#ifndef FRONTDESK_COMMON_FILTER_H_
#define FRONTDESK_COMMON_FILTER_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace google::protobuf {
class EnumDescriptor;
}

namespace frontdesk {

enum class FilterOp { kEq, kNe, kLt, kLe, kGt, kGe };

struct FilterField {
  // kDate: a calendar date "2026-11-23" (all six operators), which the
  // store reads as a day in each site's own time zone.
  enum Type { kString, kEnum, kTimestamp, kDate };
  Type type = kString;
  const google::protobuf::EnumDescriptor* enum_type = nullptr;  // kEnum only
  // For kString: validates the value (e.g. a phone or resource name) and may
  // return an InvalidField error; nullptr accepts any text.
  absl::Status (*check)(absl::string_view value) = nullptr;
};

using FilterSchema = std::map<std::string, FilterField>;

struct FilterTerm {
  std::string field;
  FilterOp op = FilterOp::kEq;
  std::string text;    // kString
  int64_t number = 0;  // kEnum: the enum number
  absl::Time time;     // kTimestamp
};

absl::StatusOr<std::vector<FilterTerm>> ParseFilter(absl::string_view filter,
                                                    const FilterSchema& schema);

// Canonical text of parsed terms, for page-token fingerprints.
std::string CanonicalFilter(const std::vector<FilterTerm>& terms);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_FILTER_H_
