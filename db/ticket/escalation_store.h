// Escalations of tickets up the chain staff → supervisor → manager. All SQL
// for ticket_escalations lives here. Functions work inside the caller's
// transaction.
//
// Exactly once: an automatic step is inserted with auto_key = its level,
// unique per ticket, so when two server processes' sweepers reach the same
// step, one insert wins and the other fails with ALREADY_EXISTS (its
// transaction rolls back, writing nothing).
#ifndef FRONTDESK_DB_TICKET_ESCALATION_STORE_H_
#define FRONTDESK_DB_TICKET_ESCALATION_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/filter.h"
#include "db/database.h"
#include "db/ticket/ticket_rows.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

// Open, unpaused tickets past their effective deadline and below
// `below_level`, longest overdue first.
absl::StatusOr<std::vector<TicketRow>> ListEscalationCandidates(
    Tx& tx, long long now_us, int below_level, int limit);

// Records the step and raises the ticket's escalation_level to `level`
// (never lowers it). `actor` is a staff id, "" for automatic steps.
absl::StatusOr<v1::Escalation> InsertEscalation(
    Tx& tx, const TicketRow& ticket, v1::EscalationLevel level, bool automatic,
    const std::string& reason, const std::string& actor, long long now_us);

// The filterable fields of ListEscalations.
const FilterSchema& EscalationFilterSchema();

struct EscalationQuery {
  std::vector<std::string> site_ids;  // empty for every site
  std::vector<FilterTerm> terms;
  // Keyset: rows strictly older than (create_time_us, id), newest first.
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};
absl::StatusOr<std::vector<v1::Escalation>> ListEscalations(
    Tx& tx, const EscalationQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_TICKET_ESCALATION_STORE_H_
