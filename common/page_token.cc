#include "common/page_token.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/crypto.h"
#include "common/status.h"

namespace frontdesk {
namespace {

constexpr char kSep = '\x1f';
// p2: key parts are C-escaped, so they may contain kSep themselves.
constexpr absl::string_view kVersion = "p2";

std::string Check(absl::string_view body) {
  return Sha256Hex(
             absl::StrCat("frontdesk-page-token", std::string(1, kSep), body))
      .substr(0, 16);
}

std::string Fingerprint(absl::string_view query) {
  return Sha256Hex(query).substr(0, 16);
}

absl::Status Bad() {
  return InvalidField("page_token",
                      "is not a token returned by this list call with the "
                      "same parent and filter",
                      "INVALID_PAGE_TOKEN");
}

}  // namespace

std::string EncodePageToken(absl::string_view query_fingerprint,
                            const std::vector<std::string>& last_key) {
  const std::string sep(1, kSep);
  std::string body =
      absl::StrCat(kVersion, sep, Fingerprint(query_fingerprint));
  for (const std::string& part : last_key) {
    absl::StrAppend(&body, sep, absl::Utf8SafeCEscape(part));
  }
  return absl::WebSafeBase64Escape(absl::StrCat(body, sep, Check(body)));
}

absl::StatusOr<std::vector<std::string>> DecodePageToken(
    absl::string_view token, absl::string_view query_fingerprint,
    size_t key_size) {
  std::string raw;
  if (token.size() > 4096 || !absl::WebSafeBase64Unescape(token, &raw)) {
    return Bad();
  }
  size_t cut = raw.rfind(kSep);
  if (cut == std::string::npos) return Bad();
  absl::string_view body = absl::string_view(raw).substr(0, cut);
  if (Check(body) != absl::string_view(raw).substr(cut + 1)) return Bad();
  std::vector<std::string> parts = absl::StrSplit(body, kSep);
  if (parts.size() != key_size + 2 || parts[0] != kVersion ||
      parts[1] != Fingerprint(query_fingerprint)) {
    return Bad();
  }
  std::vector<std::string> key(key_size);
  for (size_t i = 0; i < key_size; ++i) {
    if (!absl::CUnescape(parts[i + 2], &key[i])) return Bad();
  }
  return key;
}

}  // namespace frontdesk
