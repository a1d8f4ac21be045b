// Exactly-once mutations: a retry with the same request_id by the same
// caller gets the first call's recorded response and changes nothing
// (db/idempotency.h keeps the records). A reused request_id with a different
// request body is refused (REQUEST_ID_REUSED). Request ids are the caller's
// own: the same id from another caller is another request, so no one can
// take (or read the response of) someone else's id.
#ifndef FRONTDESK_SERVER_IDEMPOTENT_H_
#define FRONTDESK_SERVER_IDEMPOTENT_H_

#include <google/protobuf/message.h>

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"
#include "db/database.h"
#include "server/services.h"

namespace frontdesk {

// SHA-256 of `request` with its request_id cleared, deterministic
// serialization: what an idempotent retry must repeat exactly.
std::string RequestFingerprint(const google::protobuf::Message& request);

// How a response is shown to its caller: `present(tx, response)` may change
// it for the caller (mask what they may not see) and write what the showing
// requires (an access-log entry), in the call's transaction.
using Present =
    std::function<absl::Status(db::Tx&, google::protobuf::Message*)>;

// Runs `mutate` once per (caller, request_id) (db/idempotency.h; the caller
// is `who.name()`) and parses the
// recorded response into `response`. The record keeps the response as
// `mutate` made it; `present` (optional) then runs on it in the same
// transaction, for a fresh call and for a replay alike, so that a replayed
// response is shown to the replaying caller as a fresh one would be.
absl::Status RunIdempotent(
    ServiceContext& services, const Principal& who, absl::string_view method,
    const google::protobuf::Message& request, const std::string& request_id,
    google::protobuf::Message* response,
    const std::function<absl::Status(db::Tx&, google::protobuf::Message*)>&
        mutate,
    const Present& present = nullptr);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_IDEMPOTENT_H_
