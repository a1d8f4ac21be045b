// The database handle every store is given: which backend, a bounded pool of
// SOCI sessions, and transactions that map database failures to absl::Status.
//
// Contract:
// - Sessions connect lazily and reconnect after a connection error, so the
//   server starts and keeps serving while the database is down and recovers
//   by itself when it is back; meanwhile calls fail with UNAVAILABLE.
// - Transact() commits when the callback returns OK and rolls back otherwise
//   (and on any exception). Deadlocks and SQLite busy errors are retried a few
//   times before ABORTED/UNAVAILABLE; the callback must therefore be safe to
//   run again (all its effects are inside the transaction).
// - SQLite write transactions start with BEGIN IMMEDIATE: writers queue on
//   the busy timeout instead of deadlocking on a lock upgrade.
#ifndef FRONTDESK_DB_DATABASE_H_
#define FRONTDESK_DB_DATABASE_H_

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
// StatusFromException, for callers that catch a database exception.
#include "db/internal/sql_errors.h"  // IWYU pragma: export

namespace soci {
class session;
}

namespace frontdesk::db {

enum class Backend { kSqlite, kMysql };

struct DatabaseConfig {
  Backend backend = Backend::kSqlite;
  std::string soci_connect;  // SOCI connection string
  std::string redacted_url;  // for logs: the URL without its password
  std::string sqlite_path;   // kSqlite only
};

// "sqlite:PATH" or "mysql://user:password@host[:port]/database[?socket=PATH]"
// (user and password may be percent-encoded). INVALID_ARGUMENT naming `field`
// otherwise.
absl::StatusOr<DatabaseConfig> ParseDatabaseUrl(absl::string_view field,
                                                absl::string_view url);

// A session inside a transaction, with the dialect the SQL must be written in.
struct Tx {
  soci::session& sql;
  Backend backend;
  bool mysql() const { return backend == Backend::kMysql; }
};

class Database {
 public:
  // Does not connect: the first use does.
  Database(DatabaseConfig config, int pool_size);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const { return config_.backend; }
  const DatabaseConfig& config() const { return config_; }

  // Runs `fn` inside one transaction (see the contract above).
  absl::Status Transact(const std::function<absl::Status(Tx&)>& fn);

  // Runs `fn` on a session without an explicit transaction (single reads).
  absl::Status Read(const std::function<absl::Status(Tx&)>& fn);

  // A round trip to the database: OK or UNAVAILABLE.
  absl::Status Ping();

  // Waits for sessions in use to be returned, then disconnects all. Later
  // calls fail with UNAVAILABLE.
  void Close();

 private:
  struct Slot;
  class Lease;
  absl::Status Run(bool transaction,
                   const std::function<absl::Status(Tx&)>& fn);

  const DatabaseConfig config_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Slot>> slots_;  // fixed after construction
  std::vector<Slot*> idle_ ABSL_GUARDED_BY(mu_);
  bool closed_ ABSL_GUARDED_BY(mu_) = false;
};

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_DATABASE_H_
