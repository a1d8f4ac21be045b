#include "common/identity.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/status.h"

namespace frontdesk {
namespace {

// GB 11643-1999: weights 2^(17-i) mod 11, check character from the sum.
bool IdCardCheckDigitMatches(absl::string_view number) {
  static constexpr int kWeights[17] = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                       3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7',
                                      '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (number[i] - '0') * kWeights[i];
  return kCheck[sum % 11] == number[17];
}

bool IsMainlandMobile(absl::string_view digits) {
  return digits.size() == 11 && digits[0] == '1';
}

}  // namespace

absl::StatusOr<std::string> NormalizeDocumentNumber(
    absl::string_view field, v1::IdentityDocument::Type type,
    absl::string_view number) {
  std::string n = absl::AsciiStrToUpper(absl::StripAsciiWhitespace(number));
  if (n.empty()) return InvalidField(field, "is required");
  if (absl::StrContains(n, '*')) {
    return InvalidField(field,
                        "must be the whole number, not a masked one ('*')");
  }
  if (type == v1::IdentityDocument::ID_CARD) {
    bool shape = n.size() == 18;
    for (size_t i = 0; shape && i < 17; ++i) {
      shape = absl::ascii_isdigit(static_cast<unsigned char>(n[i]));
    }
    shape = shape && (absl::ascii_isdigit(static_cast<unsigned char>(n[17])) ||
                      n[17] == 'X');
    if (!shape) {
      return InvalidField(field,
                          "an ID card number is 17 digits and a check "
                          "character (0-9 or X)");
    }
    if (!IdCardCheckDigitMatches(n)) {
      return InvalidField(field,
                          "ID card check digit does not match (GB 11643, ISO "
                          "7064 MOD 11-2): mistyped number");
    }
    return n;
  }
  if (n.size() < 4 || n.size() > 32) {
    return InvalidField(field, "must be 4..32 characters");
  }
  for (char c : n) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '-') {
      return InvalidField(field, "may contain only A-Z, 0-9 and '-'");
    }
  }
  return n;
}

std::string PhoneDigits(absl::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) digits += c;
  }
  return digits;
}

std::string MaskDocumentNumber(absl::string_view number) {
  std::string out(number);
  if (out.size() <= 8) {
    for (size_t i = 0; i + 2 < out.size(); ++i) out[i] = '*';
    return out;
  }
  for (size_t i = 4; i + 4 < out.size(); ++i) out[i] = '*';
  return out;
}

std::string MaskPhone(absl::string_view phone) {
  std::string digits = PhoneDigits(phone);
  if (digits.empty()) return "";
  if (IsMainlandMobile(digits)) {
    return digits.substr(0, 3) + "****" + digits.substr(7);
  }
  size_t keep = std::min<size_t>(4, digits.size());
  return std::string(digits.size() - keep, '*') +
         digits.substr(digits.size() - keep);
}

std::string MaskPersonName(absl::string_view name) {
  name = absl::StripAsciiWhitespace(name);
  if (name.empty()) return "";
  // Characters are counted by their UTF-8 lead bytes (continuation bytes
  // are 10xxxxxx).
  auto lead = [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  };
  size_t first_end = 1;
  while (first_end < name.size() && !lead(name[first_end])) ++first_end;
  int rest = 0;
  for (size_t i = first_end; i < name.size(); ++i) rest += lead(name[i]);
  if (rest == 0) return "*";
  return std::string(name.substr(0, first_end)) + std::string(rest, '*');
}

std::string NormalizePlate(absl::string_view plate) {
  std::string out;
  for (char c : plate) {
    if (c == ' ' || c == '\t') continue;
    out += absl::ascii_toupper(static_cast<unsigned char>(c));
  }
  return out;
}

}  // namespace frontdesk
