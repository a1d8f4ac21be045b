// The id the database gave the row the transaction's last INSERT wrote into
// `table` (an AUTO_INCREMENT / INTEGER PRIMARY KEY column). Both backends
// report it (mysql_insert_id, sqlite3_last_insert_rowid); a backend that did
// not would be a programming error, thrown as soci::soci_error and turned
// into INTERNAL by Transact (db/internal/sql_errors.h).
#ifndef FRONTDESK_DB_INTERNAL_INSERTED_ID_H_
#define FRONTDESK_DB_INTERNAL_INSERTED_ID_H_

#include <soci/soci.h>

#include <string>

#include "db/database.h"

namespace frontdesk::db {

inline long long InsertedId(Tx& tx, const std::string& table) {
  long long id = 0;
  if (!tx.sql.get_last_insert_id(table, id)) {
    throw soci::soci_error(
        "the database gave no id for the row inserted into " + table);
  }
  return id;
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_INSERTED_ID_H_
