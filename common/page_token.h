// Opaque page tokens for keyset pagination (AIP-158), signed by the server.
//
// A token carries the sort key of the last row served. Its check is an
// HMAC-SHA-256 under a key only the servers hold (derived from the data key:
// DataProtector::DeriveKey(kPageTokenKeyPurpose), never the data key
// itself) over the key, a fingerprint of the query (parent + filter +
// ordering) and the caller it was issued to. Decode() refuses a token that
// was altered, truncated, made up, signed under another key, reused with
// another query or presented by another caller: INVALID_ARGUMENT on field
// "page_token", reason INVALID_PAGE_TOKEN.
//
// Tokens are an integrity check, not a secret: the key they carry is
// readable (base64), and the caller's permissions still apply to every page.
// Every replica sharing the data key accepts the tokens of the others.
// Thread-safe: a signer is immutable after construction.
#ifndef FRONTDESK_COMMON_PAGE_TOKEN_H_
#define FRONTDESK_COMMON_PAGE_TOKEN_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace frontdesk {

// The purpose label the page-token key is derived under.
inline constexpr absl::string_view kPageTokenKeyPurpose =
    "frontdesk page tokens v1";

class PageTokenSigner {
 public:
  // `key`: the secret MAC key (32 random or derived bytes).
  explicit PageTokenSigner(std::string key) : key_(std::move(key)) {}

  // A token for `caller` (e.g. "staff/wang.li") continuing the query
  // `query_fingerprint` after the row whose key is `last_key`.
  std::string Encode(absl::string_view caller,
                     absl::string_view query_fingerprint,
                     const std::vector<std::string>& last_key) const;

  // The key written by Encode() for the same caller and query, which must
  // have `key_size` parts.
  absl::StatusOr<std::vector<std::string>> Decode(
      absl::string_view token, absl::string_view caller,
      absl::string_view query_fingerprint, size_t key_size) const;

 private:
  std::string Check(absl::string_view caller,
                    absl::string_view query_fingerprint,
                    absl::string_view body) const;

  std::string key_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_PAGE_TOKEN_H_
