#include "common/page_token.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/status.h"

namespace frontdesk {
namespace {

constexpr char kSep = '\x1f';
// p3: HMAC under a server key, bound to the caller (p2 was an unkeyed
// hash; its tokens are refused like any other made-up token).
constexpr absl::string_view kVersion = "p3";
// 128 bits of the MAC, hex.
constexpr size_t kCheckBytes = 16;

absl::Status Bad() {
  return InvalidField("page_token",
                      "is not a token this server returned to this caller "
                      "for this list call with the same parent and filter",
                      "INVALID_PAGE_TOKEN");
}

// A length-prefixed field, so that no two (caller, query, body) triples
// give the same MAC input.
std::string Field(absl::string_view value) {
  return absl::StrCat(value.size(), ":", value);
}

}  // namespace

std::string PageTokenSigner::Check(absl::string_view caller,
                                   absl::string_view query_fingerprint,
                                   absl::string_view body) const {
  const std::string data = absl::StrCat("frontdesk-page-token", Field(caller),
                                        Field(query_fingerprint), Field(body));
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac,
       &len);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(mac), kCheckBytes));
}

std::string PageTokenSigner::Encode(
    absl::string_view caller, absl::string_view query_fingerprint,
    const std::vector<std::string>& last_key) const {
  const std::string sep(1, kSep);
  std::string body(kVersion);
  for (const std::string& part : last_key) {
    absl::StrAppend(&body, sep, absl::Utf8SafeCEscape(part));
  }
  return absl::WebSafeBase64Escape(
      absl::StrCat(body, sep, Check(caller, query_fingerprint, body)));
}

absl::StatusOr<std::vector<std::string>> PageTokenSigner::Decode(
    absl::string_view token, absl::string_view caller,
    absl::string_view query_fingerprint, size_t key_size) const {
  std::string raw;
  if (token.size() > 4096 || !absl::WebSafeBase64Unescape(token, &raw)) {
    return Bad();
  }
  size_t cut = raw.rfind(kSep);
  if (cut == std::string::npos) return Bad();
  absl::string_view body = absl::string_view(raw).substr(0, cut);
  absl::string_view check = absl::string_view(raw).substr(cut + 1);
  const std::string expected = Check(caller, query_fingerprint, body);
  if (check.size() != expected.size() ||
      CRYPTO_memcmp(check.data(), expected.data(), expected.size()) != 0) {
    return Bad();
  }
  std::vector<std::string> parts = absl::StrSplit(body, kSep);
  if (parts.size() != key_size + 1 || parts[0] != kVersion) return Bad();
  std::vector<std::string> key(key_size);
  for (size_t i = 0; i < key_size; ++i) {
    if (!absl::CUnescape(parts[i + 1], &key[i])) return Bad();
  }
  return key;
}

}  // namespace frontdesk
