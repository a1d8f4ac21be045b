#include "common/data_protector.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace frontdesk {
namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr absl::string_view kPrefix = "v1:";

std::array<unsigned char, 32> Hmac(const unsigned char* key, int key_len,
                                   absl::string_view data) {
  std::array<unsigned char, 32> out{};
  unsigned int len = 0;
  HMAC(EVP_sha256(), key, key_len,
       reinterpret_cast<const unsigned char*>(data.data()), data.size(),
       out.data(), &len);
  return out;
}

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

}  // namespace

absl::StatusOr<DataProtector> DataProtector::FromKeyText(
    absl::string_view key_text) {
  absl::string_view hex = absl::StripAsciiWhitespace(key_text);
  std::string bytes;
  if (hex.size() != 2 * kKeyBytes ||
      !std::all_of(hex.begin(), hex.end(), [](char c) {
        return absl::ascii_isxdigit(static_cast<unsigned char>(c));
      })) {
    return absl::InvalidArgumentError(
        "data key: must be 64 hexadecimal digits (e.g. `openssl rand -hex "
        "32`)");
  }
  bytes = absl::HexStringToBytes(hex);
  const auto* master = reinterpret_cast<const unsigned char*>(bytes.data());
  DataProtector protector;
  std::copy(master, master + kKeyBytes, protector.master_key_.begin());
  // Two keys derived for two uses, so the blinding key (whose outputs sit in
  // indexes) says nothing about the sealing key.
  protector.seal_key_ = Hmac(master, kKeyBytes, "frontdesk seal v1");
  protector.blind_key_ = Hmac(master, kKeyBytes, "frontdesk blind v1");
  return protector;
}

std::string DataProtector::GenerateKeyText() {
  unsigned char key[kKeyBytes];
  if (RAND_bytes(key, kKeyBytes) != 1) {
    throw std::runtime_error("RAND_bytes failed");
  }
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(key), kKeyBytes));
}

std::string DataProtector::Seal(absl::string_view plaintext) const {
  if (plaintext.empty()) return "";
  std::vector<unsigned char> out(kNonceBytes + plaintext.size() + kTagBytes);
  if (RAND_bytes(out.data(), kNonceBytes) != 1) {
    throw std::runtime_error("RAND_bytes failed");
  }
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  int len = 0;
  if (!ctx ||
      EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                         seal_key_.data(), out.data()) != 1 ||
      EVP_EncryptUpdate(
          ctx.get(), out.data() + kNonceBytes, &len,
          reinterpret_cast<const unsigned char*>(plaintext.data()),
          plaintext.size()) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), out.data() + kNonceBytes + len, &len) !=
          1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes,
                          out.data() + kNonceBytes + plaintext.size()) != 1) {
    throw std::runtime_error("AES-GCM encryption failed");
  }
  return absl::StrCat(
      kPrefix, absl::Base64Escape(absl::string_view(
                   reinterpret_cast<const char*>(out.data()), out.size())));
}

absl::StatusOr<std::string> DataProtector::Open(
    absl::string_view sealed) const {
  if (sealed.empty()) return std::string();
  std::string raw;
  if (!absl::ConsumePrefix(&sealed, kPrefix) ||
      !absl::Base64Unescape(sealed, &raw) ||
      raw.size() < kNonceBytes + kTagBytes) {
    return absl::DataLossError("sealed value is malformed");
  }
  const auto* in = reinterpret_cast<const unsigned char*>(raw.data());
  const int text_len = static_cast<int>(raw.size()) - kNonceBytes - kTagBytes;
  std::string plain(text_len, '\0');
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  int len = 0;
  bool ok =
      ctx &&
      EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                         seal_key_.data(), in) == 1 &&
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(&plain[0]),
                        &len, in + kNonceBytes, text_len) == 1 &&
      EVP_CIPHER_CTX_ctrl(
          ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes,
          const_cast<unsigned char*>(in + kNonceBytes + text_len)) == 1 &&
      EVP_DecryptFinal_ex(ctx.get(),
                          reinterpret_cast<unsigned char*>(&plain[0]) + len,
                          &len) == 1;
  if (!ok) {
    return absl::DataLossError(
        "sealed value does not open with the configured data key");
  }
  return plain;
}

std::string DataProtector::Blind(absl::string_view purpose,
                                 absl::string_view value) const {
  if (value.empty()) return "";
  auto mac = Hmac(blind_key_.data(), kKeyBytes,
                  absl::StrCat(purpose, absl::string_view("\0", 1), value));
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(mac.data()), mac.size()));
}

std::string DataProtector::DeriveKey(absl::string_view purpose) const {
  auto key = Hmac(master_key_.data(), kKeyBytes, purpose);
  return std::string(reinterpret_cast<const char*>(key.data()), key.size());
}

}  // namespace frontdesk
