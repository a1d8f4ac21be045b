// Field rules shared by every service. Each check returns OK or an
// INVALID_ARGUMENT from InvalidField() naming `field` and the rule.
#ifndef FRONTDESK_COMMON_VALIDATION_H_
#define FRONTDESK_COMMON_VALIDATION_H_

#include <cstddef>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace frontdesk {

// Number of Unicode code points, or -1 when `s` is not valid UTF-8.
int Utf8Length(absl::string_view s);

// Text of min..max code points, valid UTF-8, no control characters other than
// newline and tab (`multiline`) — what a person could have typed.
absl::Status CheckText(absl::string_view field, absl::string_view value,
                       int min_chars, int max_chars, bool multiline = false);

// A phone number as a resident gives it: mainland mobile "1xxxxxxxxxx" (11
// digits) or a landline/extension of 5..20 digits with optional leading '+'
// and '-' or ' ' separators.
absl::Status CheckPhone(absl::string_view field, absl::string_view value);

// An id segment of a resource name: first a lowercase letter, then
// [a-z0-9] plus any of `extra`, length min..max.
absl::Status CheckId(absl::string_view field, absl::string_view value,
                     size_t min_len, size_t max_len,
                     absl::string_view extra = "");

// Optional idempotency key: empty, or 1..128 of [A-Za-z0-9._:-].
absl::Status CheckRequestId(absl::string_view field, absl::string_view value);

// page_size: 0 → default 50, 1..1000 kept, above 1000 clamped, negative is
// INVALID_ARGUMENT.
absl::Status NormalizePageSize(int32_t requested, int32_t* page_size);

// An etag as a caller sent it: -1 when empty (no check wanted), else the
// version it names; INVALID_ARGUMENT on `field` when it is not one of ours.
absl::StatusOr<long long> ParseEtag(absl::string_view field,
                                    absl::string_view etag);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_VALIDATION_H_
