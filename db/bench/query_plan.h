// The database's plan for a ListTickets query, for showing at volume that
// each filter shape is served by an index (tests/bench/generate_tickets).
//
// Contract: ExplainListTickets() runs db::ListTickets(tx, protector, query)
// itself and explains the very statement it sent, not a copy of its SQL:
// - MariaDB: the statement text as the server received it (values already
//   substituted by SOCI's MySQL backend) is read back from the optimizer trace
//   and run through EXPLAIN; the session's trace is switched off again.
// - SQLite: EXPLAIN QUERY PLAN of the last prepared statement, its parameters
//   unbound (SQLite's plan does not depend on the values).
// Returns the plan as an aligned text table, one line per row.
#ifndef FRONTDESK_DB_BENCH_QUERY_PLAN_H_
#define FRONTDESK_DB_BENCH_QUERY_PLAN_H_

#include <string>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/ticket/ticket_store.h"

namespace frontdesk::db {

absl::StatusOr<std::string> ExplainListTickets(Tx& tx,
                                               const DataProtector& protector,
                                               const TicketQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_BENCH_QUERY_PLAN_H_
