#include "db/internal/sql_errors.h"

#include <soci/mysql/soci-mysql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include "absl/strings/match.h"
#include "common/status.h"

namespace frontdesk::db {
namespace {

SqlFailure ClassifyMysql(const soci::mysql_soci_error& m) {
  switch (m.err_num_) {
    case 1213:  // ER_LOCK_DEADLOCK
    case 1205:  // ER_LOCK_WAIT_TIMEOUT
      return SqlFailure::kContention;
    case 1062:  // ER_DUP_ENTRY
      return SqlFailure::kDuplicate;
    case 1040:  // ER_CON_COUNT_ERROR
    case 1053:  // ER_SERVER_SHUTDOWN
    case 1927:  // ER_CONNECTION_KILLED
    case 2002:  // CR_CONNECTION_ERROR
    case 2003:  // CR_CONN_HOST_ERROR
    case 2005:  // CR_UNKNOWN_HOST
    case 2006:  // CR_SERVER_GONE_ERROR
    case 2013:  // CR_SERVER_LOST
    case 2055:  // CR_SERVER_LOST_EXTENDED
      return SqlFailure::kConnection;
    default:
      break;
  }
  if (m.get_error_category() == soci::soci_error::connection_error) {
    return SqlFailure::kConnection;
  }
  return SqlFailure::kOther;
}

SqlFailure ClassifySqlite(const soci::sqlite3_soci_error& s) {
  int code = s.result() & 0xff;  // the primary result code
  if (code == 5 /*BUSY*/ || code == 6 /*LOCKED*/)
    return SqlFailure::kContention;
  if (code == 19 /*CONSTRAINT*/ &&
      (absl::StrContains(s.what(), "UNIQUE constraint failed") ||
       absl::StrContains(s.what(), "PRIMARY KEY"))) {
    return SqlFailure::kDuplicate;
  }
  if (code == 14 /*CANTOPEN*/) return SqlFailure::kConnection;
  return SqlFailure::kOther;
}

}  // namespace

SqlFailure ClassifySqlFailure(const std::exception& e) {
  if (const auto* m = dynamic_cast<const soci::mysql_soci_error*>(&e)) {
    return ClassifyMysql(*m);
  }
  if (const auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    return ClassifySqlite(*s);
  }
  if (const auto* se = dynamic_cast<const soci::soci_error*>(&e)) {
    if (se->get_error_category() == soci::soci_error::connection_error) {
      return SqlFailure::kConnection;
    }
    // The MySQL backend reports some lost-connection errors from prepare
    // or execute without a category.
    if (absl::StrContains(e.what(), "server has gone away") ||
        absl::StrContains(e.what(), "Lost connection") ||
        absl::StrContains(e.what(), "Can't connect")) {
      return SqlFailure::kConnection;
    }
  }
  return SqlFailure::kOther;
}

absl::Status StatusOfSqlFailure(SqlFailure kind, const std::exception& e) {
  switch (kind) {
    case SqlFailure::kConnection:
      return Error(absl::StatusCode::kUnavailable, "DATABASE_UNAVAILABLE",
                   "the database is unreachable; retry later");
    case SqlFailure::kContention:
      return Error(absl::StatusCode::kAborted, "DATABASE_CONTENTION",
                   "the database was busy; retry");
    case SqlFailure::kDuplicate:
      return Error(absl::StatusCode::kAlreadyExists, "ALREADY_EXISTS",
                   "a record with the same key already exists");
    case SqlFailure::kOther:
      break;
  }
  spdlog::error("database error: {}", e.what());
  return Error(absl::StatusCode::kInternal, "DATABASE_ERROR",
               "internal database error");
}

absl::Status StatusFromException(const std::exception& e) {
  return StatusOfSqlFailure(ClassifySqlFailure(e), e);
}

bool IsDuplicateKey(const std::exception& e) {
  return ClassifySqlFailure(e) == SqlFailure::kDuplicate;
}

}  // namespace frontdesk::db
