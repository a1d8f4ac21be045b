// Per-site SLA policies. All SQL for sla_policies lives here. Durations are
// whole seconds. A missing row means "the defaults" — the caller
// (server/ticket/deadlines.h) supplies them; this store only keeps what a
// site set.
#ifndef FRONTDESK_DB_TICKET_SLA_POLICY_STORE_H_
#define FRONTDESK_DB_TICKET_SLA_POLICY_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "db/database.h"

namespace frontdesk::db {

struct SlaPolicyRow {
  int kind = 0;
  int priority = 0;
  long long first_response_s = 0;
  long long resolution_s = 0;
  long long callback_s = 0;
  long long escalate_supervisor_after_s = 0;
  long long escalate_manager_after_s = 0;
  long long plan_s = 0;          // complaints only; 0: no plan owed
  long long coordination_s = 0;  // the coordination route's promise window
  long long update_time_us = 0;
  long long version = 0;  // 0: not stored yet
};

absl::StatusOr<std::optional<SlaPolicyRow>> FindSlaPolicy(
    Tx& tx, const std::string& site_id, int kind, int priority);
absl::StatusOr<std::vector<SlaPolicyRow>> ListSlaPolicies(
    Tx& tx, const std::string& site_id);

// Inserts (row.version == 0) or updates the row if still at row.version
// (ABORTED otherwise); returns the stored row.
absl::StatusOr<SlaPolicyRow> SaveSlaPolicy(Tx& tx, const std::string& site_id,
                                           const SlaPolicyRow& row,
                                           long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_TICKET_SLA_POLICY_STORE_H_
