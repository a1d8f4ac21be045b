// Where frontdeskd's data key (common/data_protector.h) comes from.
//
// The key file holds 64 hexadecimal digits. `path` is --data_key_file or
// FRONTDESK_DATA_KEY_FILE. Without one:
// - on the embedded SQLite database the key lives beside it, PATH.key, and
//   is created (mode 0600) on first start: a single-machine install needs no
//   set-up, and a copy of the .db file alone reveals no numbers;
// - on MariaDB it is an error: every frontdeskd on one database must share
//   the key, so it has to be configured (deploy/README.md).
// After migrations, CheckDataKey() refuses a key other than the one the
// database's data was sealed with.
#ifndef FRONTDESK_SERVER_DATA_KEY_H_
#define FRONTDESK_SERVER_DATA_KEY_H_

#include <string>

#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "db/database.h"

namespace frontdesk {

absl::StatusOr<DataProtector> LoadDataKey(const db::DatabaseConfig& config,
                                          const std::string& path);

absl::Status CheckDataKey(db::Database& db, const DataProtector& protector,
                          long long now_us);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DATA_KEY_H_
