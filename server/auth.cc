#include "server/auth.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/crypto.h"
#include "common/status.h"
#include "db/directory/staff_store.h"

namespace frontdesk {
namespace {

absl::Status Unauthenticated(absl::string_view why) {
  return Error(absl::StatusCode::kUnauthenticated, "UNAUTHENTICATED", why);
}

}  // namespace

absl::StatusOr<Principal> Authenticator::Authenticate(absl::string_view value) {
  if (value.empty()) {
    return Unauthenticated(
        "missing \"authorization: Bearer <token>\" metadata");
  }
  if (!absl::StartsWithIgnoreCase(value, "bearer ")) {
    return Unauthenticated("authorization must be \"Bearer <token>\"");
  }
  return AuthenticateSecret(value.substr(7));
}

absl::StatusOr<Principal> Authenticator::AuthenticateSecret(
    absl::string_view raw_secret) {
  absl::string_view secret = absl::StripAsciiWhitespace(raw_secret);
  if (secret.empty() || secret.size() > 256) {
    return Unauthenticated("the bearer token is empty or too long");
  }
  std::string hash = Sha256Hex(secret);
  if (auto cached = cache_.Find(hash)) return *cached;
  std::optional<Principal> principal;
  absl::Status status = db_.Read([&](db::Tx& tx) {
    auto found = db::FindPrincipalByToken(tx, hash);
    if (!found.ok()) return found.status();
    principal = *std::move(found);
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  if (!principal) return Unauthenticated("unknown or revoked token");
  cache_.Put(hash, *principal);
  return *principal;
}

absl::StatusOr<std::string> BootstrapAdminToken(
    db::Database& db, int64_t now_us,
    const std::function<absl::Status(const std::string&)>& deliver) {
  std::string secret;
  absl::Status status = db.Transact([&](db::Tx& tx) -> absl::Status {
    secret.clear();
    auto tokens = db::CountAccessTokens(tx);
    if (!tokens.ok()) return tokens.status();
    if (*tokens > 0) return absl::OkStatus();
    auto existing = db::GetStaffMember(tx, "admin");
    if (!existing.ok()) {
      v1::StaffMember admin;
      admin.set_display_name("Administrator");
      admin.add_roles(v1::StaffMember::ADMIN);
      auto created = db::CreateStaffMember(tx, "admin", admin, now_us);
      if (!created.ok()) return created.status();
    }
    secret = "fd_" + RandomToken(32);
    auto issued = db::CreateAccessToken(tx, "admin", Sha256Hex(secret),
                                        "bootstrap admin token", now_us);
    if (!issued.ok()) return issued.status();
    return deliver ? deliver(secret) : absl::OkStatus();
  });
  if (status.code() == absl::StatusCode::kAlreadyExists) {
    return std::string();  // another server bootstrapped at the same moment
  }
  if (!status.ok()) return status;
  return secret;
}

}  // namespace frontdesk
