// Bearer-token authentication. Every RPC but health checking calls
// Authenticate() first (the frame in server/handler.cc hands it the
// "authorization" metadata): "Bearer <token>" → the Principal behind the
// token (UNAUTHENTICATED when missing or unknown).
//
// gRPC 1.51's server interceptors cannot reject a call and its
// AuthMetadataProcessor needs TLS, hence a call from each handler's frame.
// No gRPC type here. Only the caller's own token is ever verified: an
// approver approves with their own call (server/approvals.h).
#ifndef FRONTDESK_SERVER_AUTH_H_
#define FRONTDESK_SERVER_AUTH_H_

#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "common/principal.h"
#include "db/database.h"
#include "server/token_cache.h"

namespace frontdesk {

class Authenticator {
 public:
  // Resolved tokens are remembered for 10 s (see token_cache.h).
  Authenticator(db::Database& db, const Clock& clock)
      : db_(db), cache_(clock, absl::Seconds(10), 10000) {}
  // `authorization` is the value of the "authorization" metadata, empty
  // when the call carried none.
  absl::StatusOr<Principal> Authenticate(absl::string_view authorization);

 private:
  // The principal behind a bare token secret; UNAUTHENTICATED when unknown.
  absl::StatusOr<Principal> AuthenticateSecret(absl::string_view secret);

  db::Database& db_;
  TokenCache cache_;
};

// Creates staff member "admin" (role ADMIN) and a token for it when the
// database has never issued a token; returns the new secret, or "" when
// tokens already exist. Safe when several servers start together.
// `deliver` (optional) is handed the secret inside the transaction that
// issues it (e.g. to write the token file, server/secret_file.h): when it
// fails, nothing is issued and its error is returned, so the next start
// tries again instead of leaving a token no one has. It may run more than
// once if the transaction is retried.
absl::StatusOr<std::string> BootstrapAdminToken(
    db::Database& db, int64_t now_us,
    const std::function<absl::Status(const std::string&)>& deliver = nullptr);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_AUTH_H_
