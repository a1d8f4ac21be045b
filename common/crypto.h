// Hashing and random secrets (OpenSSL).
#ifndef FRONTDESK_COMMON_CRYPTO_H_
#define FRONTDESK_COMMON_CRYPTO_H_

#include <string>

#include "absl/strings/string_view.h"

namespace frontdesk {

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(absl::string_view data);

// `bytes` bytes from the operating system's CSPRNG, base64url without padding.
std::string RandomToken(int bytes);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_CRYPTO_H_
