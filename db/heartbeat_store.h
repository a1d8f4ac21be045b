// The primary's heartbeat (replication_heartbeat, migration 0026)
// [REP-REPLICA]: a single row whose beat_us the servers writing to the
// primary keep moving forward, so that whatever reads a replica learns up
// to which instant of the primary it has the data.
#ifndef FRONTDESK_DB_HEARTBEAT_STORE_H_
#define FRONTDESK_DB_HEARTBEAT_STORE_H_

#include "absl/status/statusor.h"
#include "db/database.h"

namespace frontdesk::db {

// Moves the beat to `now_us`; never back (servers' clocks differ a little).
absl::Status Beat(Tx& tx, long long now_us);

// The last beat; 0 when none was ever written.
absl::StatusOr<long long> LastBeat(Tx& tx);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_HEARTBEAT_STORE_H_
