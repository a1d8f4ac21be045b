// Identity documents and phone numbers of visitors (and a ticket reporter's
// phone and name): the input rules, the canonical forms that are sealed and
// blinded (common/data_protector.h), and the masked forms shown to callers
// who may not see the whole value.
#ifndef FRONTDESK_COMMON_IDENTITY_H_
#define FRONTDESK_COMMON_IDENTITY_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk {

// The canonical document number: trimmed and upper-cased, 4..32 of
// [A-Z0-9-]; for ID_CARD exactly 17 digits and a check digit (0-9 or X) that
// matches ISO 7064 MOD 11-2. A '*' (a masked value sent back) is refused.
// INVALID_ARGUMENT naming `field` otherwise. `type` must be specified.
absl::StatusOr<std::string> NormalizeDocumentNumber(
    absl::string_view field, v1::IdentityDocument::Type type,
    absl::string_view number);

// The canonical phone for matching: its digits only (after CheckPhone).
std::string PhoneDigits(absl::string_view phone);

// "110101199003071234" -> "1101**********1234"; 8 characters or fewer keep
// only the last 2.
std::string MaskDocumentNumber(absl::string_view number);

// Mainland mobile keeps the first 3 and last 4 digits ("138****8000"); any
// other number keeps only its last 4 digits, the rest '*'.
std::string MaskPhone(absl::string_view phone);

// A person's name keeps its first character (the family name of a Chinese
// name) and stars the rest, one '*' per character: "王芳" -> "王*",
// "欧阳娜娜" -> "欧***", "O'Brien" -> "O******"; a one-character name is
// "*". Surrounding white space is dropped.
std::string MaskPersonName(absl::string_view name);

// A vehicle plate as stored and matched: ASCII upper-cased, spaces removed
// ("京a 12345" -> "京A12345").
std::string NormalizePlate(absl::string_view plate);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_IDENTITY_H_
