// Protection of personal data at rest (信息保密): identity document and phone
// numbers are stored sealed, so that a dump of the database reveals neither.
//
// One 256-bit master key, from configuration, yields independent keys, each
// HMAC-SHA-256(master, purpose label) (DeriveKey), two of them used here:
// - a sealing key for AES-256-GCM. Seal() picks a fresh random 96-bit nonce
//   per value, so equal numbers give different ciphertexts; Open() rejects
//   anything altered or sealed under another key.
// - a blinding key for HMAC-SHA-256. Blind() gives the same output for the
//   same input, which is what lets the watchlist (and the "document_number ="
//   filter) find a number without decrypting every row. Callers normalise the
//   input first (document numbers trimmed and upper-cased, phones digits only)
//   and pass a purpose label so a blinded phone never equals a blinded
//   document.
//
// Thread-safe: the object is immutable after construction.
#ifndef FRONTDESK_COMMON_DATA_PROTECTOR_H_
#define FRONTDESK_COMMON_DATA_PROTECTOR_H_

#include <array>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace frontdesk {

class DataProtector {
 public:
  static constexpr int kKeyBytes = 32;

  // `key_text` is the configured key: 64 hexadecimal digits (surrounding
  // white space ignored, e.g. the output of `openssl rand -hex 32`).
  // INVALID_ARGUMENT otherwise.
  static absl::StatusOr<DataProtector> FromKeyText(absl::string_view key_text);

  // A new random key in the text form FromKeyText accepts.
  static std::string GenerateKeyText();

  // "v1:" + base64(nonce | ciphertext | tag). The empty string seals to the
  // empty string, so optional fields stay empty.
  std::string Seal(absl::string_view plaintext) const;
  // The plaintext of a Seal() output; DATA_LOSS when the value was altered,
  // sealed under another key or is not a sealed value.
  absl::StatusOr<std::string> Open(absl::string_view sealed) const;

  // Lower-case hex HMAC-SHA-256 of purpose + '\0' + value; empty for an
  // empty value.
  std::string Blind(absl::string_view purpose, absl::string_view value) const;

  // A key for another use (e.g. signing page tokens, common/page_token.h):
  // the 32 bytes of HMAC-SHA-256(master, `purpose`). Different purposes give
  // independent keys, none of which reveals the master key or another.
  // "frontdesk seal v1" and "frontdesk blind v1" are taken by the two keys
  // above.
  std::string DeriveKey(absl::string_view purpose) const;

 private:
  DataProtector() = default;

  std::array<unsigned char, kKeyBytes> master_key_{};
  std::array<unsigned char, kKeyBytes> seal_key_{};
  std::array<unsigned char, kKeyBytes> blind_key_{};
};

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_DATA_PROTECTOR_H_
