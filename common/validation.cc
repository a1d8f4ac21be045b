#include "common/validation.h"

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/status.h"

namespace frontdesk {

int Utf8Length(absl::string_view s) {
  int count = 0;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    uint32_t cp;
    if (c < 0x80) {
      len = 1;
      cp = c;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return -1;
    }
    if (i + len > s.size()) return -1;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return -1;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong encodings and surrogates are not valid UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    i += len;
    ++count;
  }
  return count;
}

absl::Status CheckText(absl::string_view field, absl::string_view value,
                       int min_chars, int max_chars, bool multiline) {
  int n = Utf8Length(value);
  if (n < 0) return InvalidField(field, "must be valid UTF-8");
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    // C1 controls U+0080..U+009F are 0xC2 0x80..0x9F (the UTF-8 is valid, so
    // 0xC2 here is always a lead byte).
    bool c1 = c == 0xC2 && i + 1 < value.size() &&
              static_cast<unsigned char>(value[i + 1]) <= 0x9F;
    if (c < 0x20 || c == 0x7F || c1) {
      if (multiline && (c == '\n' || c == '\t' || c == '\r')) continue;
      return InvalidField(field, "must not contain control characters");
    }
  }
  if (n < min_chars) {
    return min_chars == 1
               ? InvalidField(field, "is required")
               : InvalidField(field, absl::StrCat("must be at least ",
                                                  min_chars, " characters"));
  }
  if (n > max_chars) {
    return InvalidField(field, absl::StrCat("must be at most ", max_chars,
                                            " characters (got ", n, ")"));
  }
  return absl::OkStatus();
}

absl::Status CheckPhone(absl::string_view field, absl::string_view value) {
  if (value.empty()) return InvalidField(field, "is required");
  if (value.size() > 32) {
    return InvalidField(field, "must be at most 32 characters");
  }
  absl::string_view rest = value;
  bool plus = false;
  if (absl::ConsumePrefix(&rest, "+")) plus = true;
  int digits = 0;
  for (char c : rest) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c != '-' && c != ' ') {
      return InvalidField(
          field, "must contain only digits, '-', ' ' and a leading '+'");
    }
  }
  const char* rule =
      "must be a mobile number of 11 digits starting with 1, or a landline "
      "of 5..20 digits";
  // Bare digits starting with 1 are a mobile (exactly 11) or a short service
  // number such as 10086 or 12345 (5); anything between or longer is a
  // mistyped mobile — no landline starts with 1. Eleven bare digits not
  // starting with 1 must be a landline with its area code (0...).
  bool bare = !plus && digits == static_cast<int>(rest.size());
  if (bare && ((rest[0] == '1' && digits != 11 && digits > 5) ||
               (digits == 11 && rest[0] != '1' && rest[0] != '0'))) {
    return InvalidField(field, rule);
  }
  if (digits < 5 || digits > 20) return InvalidField(field, rule);
  return absl::OkStatus();
}

absl::Status CheckId(absl::string_view field, absl::string_view value,
                     size_t min_len, size_t max_len, absl::string_view extra) {
  std::string rule = absl::StrCat(
      "must be ", min_len, "..", max_len,
      " characters: a lowercase letter first, then lowercase letters, digits",
      extra.empty() ? "" : absl::StrCat(" or any of \"", extra, "\""));
  if (value.size() < min_len || value.size() > max_len) {
    return InvalidField(field, rule);
  }
  if (value.empty()) return absl::OkStatus();  // min_len == 0
  if (!absl::ascii_islower(static_cast<unsigned char>(value[0]))) {
    return InvalidField(field, rule);
  }
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (absl::ascii_islower(u) || absl::ascii_isdigit(u)) continue;
    if (extra.find(c) != absl::string_view::npos) continue;
    return InvalidField(field, rule);
  }
  return absl::OkStatus();
}

absl::Status CheckRequestId(absl::string_view field, absl::string_view value) {
  if (value.empty()) return absl::OkStatus();
  const char* rule = "must be 1..128 characters of [A-Za-z0-9._:-]";
  if (value.size() > 128) return InvalidField(field, rule);
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u) || c == '.' || c == '_' || c == ':' ||
        c == '-') {
      continue;
    }
    return InvalidField(field, rule);
  }
  return absl::OkStatus();
}

absl::Status NormalizePageSize(int32_t requested, int32_t* page_size) {
  if (requested < 0) {
    return InvalidField("page_size", "must not be negative");
  }
  *page_size = requested == 0 ? 50 : (requested > 1000 ? 1000 : requested);
  return absl::OkStatus();
}

absl::StatusOr<long long> ParseEtag(absl::string_view field,
                                    absl::string_view etag) {
  long long version = -1;
  if (etag.empty()) return version;
  if (!absl::SimpleAtoi(etag, &version) || version < 0) {
    return InvalidField(field, "is not an etag this server issued");
  }
  return version;
}

}  // namespace frontdesk
