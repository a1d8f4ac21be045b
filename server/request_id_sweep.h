// Housekeeping of request-id idempotency (db/idempotency.h): forgets the
// responses recorded more than `ttl` before `now`, in batches of `batch`
// rows per transaction so a large backlog never holds long locks. Safe with
// several server processes (each deletes what is still there).
#ifndef FRONTDESK_SERVER_REQUEST_ID_SWEEP_H_
#define FRONTDESK_SERVER_REQUEST_ID_SWEEP_H_

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "db/database.h"

namespace frontdesk {

// Returns how many records were forgotten.
absl::StatusOr<int> ForgetOldRequestIds(db::Database& db, absl::Time now,
                                        absl::Duration ttl, int batch = 1000);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REQUEST_ID_SWEEP_H_
