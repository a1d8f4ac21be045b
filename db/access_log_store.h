// The log of unmasked reads of personal data (SensitiveDataAccess): the
// visitor register's numbers [P-UNMASK-AUDITED] and a ticket's reporter
// [T-REPORTER-AUDITED] [T-PHONE-SEARCH-AUDITED]; the resource names say
// which ("sites/hx/visits/7", "sites/hx/tickets/42"). All SQL for
// sensitive_data_accesses lives here. The table is append-only (the
// database refuses UPDATE and DELETE), and an access is appended in the same
// transaction as the read it records, so no unaudited read is ever returned.
#ifndef FRONTDESK_DB_ACCESS_LOG_STORE_H_
#define FRONTDESK_DB_ACCESS_LOG_STORE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/filter.h"
#include "db/database.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {

// At most this many resource names are stored per access (resource_count
// keeps the total).
inline constexpr int kMaxAuditedResources = 1000;

absl::StatusOr<v1::SensitiveDataAccess> AppendSensitiveDataAccess(
    Tx& tx, const std::string& site_id, const std::string& actor,
    const std::string& method, const std::vector<std::string>& resources,
    const std::string& reason, long long now_us);

struct AccessQuery {
  std::string site_id;            // "" for every site
  std::vector<FilterTerm> terms;  // AccessFilterSchema()
  // Keyset: strictly older than (create_time_us, id), newest first.
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};
const FilterSchema& AccessFilterSchema();

absl::StatusOr<std::vector<v1::SensitiveDataAccess>> ListSensitiveDataAccesses(
    Tx& tx, const AccessQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ACCESS_LOG_STORE_H_
