// Test support: a fresh, migrated database of either backend.
//
// SQLite: a new file in a temporary directory. MariaDB: a new database on the
// server named by FRONTDESK_TEST_MYSQL (an administrative URL, set by
// tests/with_mariadb.sh), dropped again when the TestDatabase is destroyed.
// Without FRONTDESK_TEST_MYSQL, Open(kMysql) returns nullptr and the caller
// should GTEST_SKIP — `make test` always sets it.
#ifndef FRONTDESK_DB_TESTING_H_
#define FRONTDESK_DB_TESTING_H_

#include <memory>
#include <string>

#include "common/data_protector.h"
#include "db/database.h"

namespace frontdesk::db {

class TestDatabase {
 public:
  static std::unique_ptr<TestDatabase> Open(Backend backend, int pool_size = 8);
  ~TestDatabase();

  Database& db() { return *db_; }
  // The URL of this database, for starting servers on it.
  const std::string& url() const { return url_; }

 private:
  TestDatabase() = default;
  std::unique_ptr<Database> db_;
  std::string url_;
  std::string drop_;  // database name to drop (MariaDB)
  std::string admin_url_;
  std::string dir_;  // temporary directory (SQLite)
};

const char* BackendName(Backend backend);

// Every text value of `columns` ("*" for all) of every row of `table`,
// '|'-separated: for tests that no personal number is stored in clear.
std::string TextValuesOf(Database& db, const std::string& table,
                         const std::string& columns = "*");

// Runs `sql` as written, in a transaction (for tests that the database
// itself refuses a change, e.g. to an append-only table).
absl::Status ExecRaw(Database& db, const std::string& sql);

// Every response recorded for request-id replays as a replay would return
// it (opened with TestDataProtector(); they are stored sealed),
// concatenated: for tests of what a replay can give away. The raw column
// (TextValuesOf "idempotency_keys") holds no clear text at all.
std::string RecordedResponses(Database& db);

// A data protector with a fixed test key (never used outside tests).
const DataProtector& TestDataProtector();

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_TESTING_H_
