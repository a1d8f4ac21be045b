// Versioned schema migrations, embedded in the binary from
// db/migrations/{mysql,sqlite}/NNNN_name.sql and recorded in
// schema_migrations.
//
// Migrate() brings the database to the newest version and is safe when
// several servers start together: on MySQL/MariaDB they queue on the named
// lock "frontdesk.migrate" (DDL commits implicitly, so a transaction cannot
// fence it); on SQLite all pending migrations run in one BEGIN IMMEDIATE
// transaction (SQLite DDL is transactional).
#ifndef FRONTDESK_DB_MIGRATOR_H_
#define FRONTDESK_DB_MIGRATOR_H_

#include <climits>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "db/database.h"

namespace frontdesk::db {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

const std::vector<Migration>& mysql_migrations();
const std::vector<Migration>& sqlite_migrations();

// Splits a migration file into statements: ';' at a line's end ends one,
// except inside a trigger body ("BEGIN" at a line's end up to "END;").
// Lines starting with "--" are comments.
std::vector<std::string> SplitStatements(absl::string_view sql);

// Applies what is missing, up to `up_to_version` (every version unless
// said: a test of a data migration stops before it to write old rows);
// returns the versions applied now.
absl::StatusOr<std::vector<int>> Migrate(Database& db,
                                         int up_to_version = INT_MAX);

// The highest applied version, 0 for an empty database.
absl::StatusOr<int> SchemaVersion(Database& db);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_MIGRATOR_H_
