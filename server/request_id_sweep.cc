#include "server/request_id_sweep.h"

#include "common/clock.h"
#include "db/idempotency.h"

namespace frontdesk {

absl::StatusOr<int> ForgetOldRequestIds(db::Database& db, absl::Time now,
                                        absl::Duration ttl, int batch) {
  const int64_t before = ToMicros(now - ttl);
  int total = 0;
  while (true) {
    int deleted = 0;
    absl::Status status = db.Transact([&](db::Tx& tx) -> absl::Status {
      auto n = db::PurgeIdempotencyRecords(tx, before, batch);
      if (!n.ok()) return n.status();
      deleted = *n;
      return absl::OkStatus();
    });
    if (!status.ok()) return status;
    total += deleted;
    if (deleted < batch) return total;
  }
}

}  // namespace frontdesk
