// Request-id idempotency (AIP-155) backed by a unique key in the database.
//
// RunIdempotent runs `mutate` in a transaction and records its serialized
// response under (caller, method, request_id) in the same transaction,
// sealed with the data key: a response may hold personal data (a ticket's
// reporter), so the record never keeps it in clear [T-REPORTER-SEALED]. A
// retry by the same caller with the same id — from any server process,
// before or after a restart — gets the recorded response and writes nothing.
// Request ids are scoped to the caller: the same id from another caller is
// an independent record (its own mutation, its own response), so one caller
// can neither block nor replay another's request. Two concurrent first attempts
// race on the primary key: the loser's transaction rolls back and it returns
// the winner's response. Reusing an id for a different request (another
// request_sha256) is INVALID_ARGUMENT on field "request_id".
#ifndef FRONTDESK_DB_IDEMPOTENCY_H_
#define FRONTDESK_DB_IDEMPOTENCY_H_

#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/data_protector.h"
#include "db/database.h"

namespace frontdesk::db {

// `caller` is who calls (Principal::name(), e.g. "staff/wang.li").
// `mutate` returns the serialized response. With an empty request_id it simply
// runs in a transaction. `present` (optional) is given the response about to
// be returned, the one just recorded or the one replayed, in the same
// transaction (after the record is written or read): what the caller is
// shown may depend on the caller, and what it writes (an access log entry)
// commits with the call; its failure rolls everything back.
absl::StatusOr<std::string> RunIdempotent(
    Database& db, const DataProtector& protector, absl::string_view caller,
    absl::string_view method, absl::string_view request_id,
    absl::string_view request_sha256, int64_t now_us,
    const std::function<absl::StatusOr<std::string>(Tx&)>& mutate,
    const std::function<absl::Status(Tx&, const std::string&)>& present =
        nullptr);

// Forgets at most `limit` records made before `before_us` (a retry after
// that runs as a new request); returns how many. Retries come within
// minutes, so the server keeps records for days (--request_id_ttl) and the
// table does not grow without bound.
absl::StatusOr<int> PurgeIdempotencyRecords(Tx& tx, int64_t before_us,
                                            int limit);

// Seals at most `limit` records written before records were sealed
// (migration 0012: base64 in clear); returns how many. For
// db/legacy_sealing.h.
absl::StatusOr<int> SealClearRecords(Tx& tx, const DataProtector& protector,
                                     int limit);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_IDEMPOTENCY_H_
