#include "db/heartbeat_store.h"

#include <soci/soci.h>

namespace frontdesk::db {

absl::Status Beat(Tx& tx, long long now_us) {
  tx.sql << "UPDATE replication_heartbeat SET beat_us = :n1"
            " WHERE id = 1 AND beat_us < :n2",
      soci::use(now_us), soci::use(now_us);
  return absl::OkStatus();
}

absl::StatusOr<long long> LastBeat(Tx& tx) {
  long long beat = 0;
  soci::indicator ind = soci::i_null;
  tx.sql << "SELECT beat_us FROM replication_heartbeat WHERE id = 1",
      soci::into(beat, ind);
  return ind == soci::i_ok ? beat : 0;
}

}  // namespace frontdesk::db
