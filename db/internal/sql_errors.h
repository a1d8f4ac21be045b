// The one translation of database failures (SOCI and std exceptions) into
// absl::Status, used by Database::Transact/Read and by any code that has to
// catch a database exception itself.
//
// Contract:
// - lost or refused connection            -> UNAVAILABLE (DATABASE_UNAVAILABLE)
// - unique or primary key violation       -> ALREADY_EXISTS
// - deadlock or lock-wait timeout (MariaDB 1213/1205, SQLite BUSY/LOCKED)
//                                         -> ABORTED (DATABASE_CONTENTION);
//   Transact retries these a few times before returning the status
// - anything else                         -> INTERNAL (logged; the message
//   is not shown to the caller, it may hold SQL or data)
#ifndef FRONTDESK_DB_INTERNAL_SQL_ERRORS_H_
#define FRONTDESK_DB_INTERNAL_SQL_ERRORS_H_

#include <exception>

#include "absl/status/status.h"

namespace frontdesk::db {

enum class SqlFailure { kConnection, kContention, kDuplicate, kOther };

// What kind of failure `e` is (see the contract above).
SqlFailure ClassifySqlFailure(const std::exception& e);

// The status of a failure of `kind`; `e` is logged for kOther.
absl::Status StatusOfSqlFailure(SqlFailure kind, const std::exception& e);

// ClassifySqlFailure then StatusOfSqlFailure.
absl::Status StatusFromException(const std::exception& e);

// True when `e` is a unique or primary key violation.
bool IsDuplicateKey(const std::exception& e);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_SQL_ERRORS_H_
