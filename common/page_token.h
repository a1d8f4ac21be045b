// Opaque page tokens for keyset pagination (AIP-158).
//
// A token carries the sort key of the last row served and a fingerprint of
// the query (parent + filter + ordering) it belongs to. Decode() refuses a
// token that was altered, truncated, made up, or reused with another query:
// INVALID_ARGUMENT on field "page_token". Tokens are an integrity check, not
// a secret: the caller's permissions still apply to every page.
#ifndef FRONTDESK_COMMON_PAGE_TOKEN_H_
#define FRONTDESK_COMMON_PAGE_TOKEN_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace frontdesk {

std::string EncodePageToken(absl::string_view query_fingerprint,
                            const std::vector<std::string>& last_key);

// The key written by EncodePageToken, which must have `key_size` parts.
absl::StatusOr<std::vector<std::string>> DecodePageToken(
    absl::string_view token, absl::string_view query_fingerprint,
    size_t key_size);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_PAGE_TOKEN_H_
