// Visitor passes (访客预约). All SQL for visitor_passes lives here. The code
// itself is never stored: only its SHA-256 (code_hash), unique per site.
// The pass's state is derived at read time from cancelled, use_count and
// the validity window at `now_us`.
#ifndef FRONTDESK_DB_VISITOR_VISITOR_PASS_STORE_H_
#define FRONTDESK_DB_VISITOR_VISITOR_PASS_STORE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "common/filter.h"
#include "db/database.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {

// ALREADY_EXISTS when the code's hash is taken at the site (the caller
// draws another code).
absl::StatusOr<v1::VisitorPass> InsertVisitorPass(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const v1::VisitorPass& pass, const std::string& code_hash,
    const std::string& actor, long long now_us);

// NOT_FOUND (VISITOR_PASS_NOT_FOUND).
absl::StatusOr<v1::VisitorPass> GetVisitorPass(Tx& tx,
                                               const DataProtector& protector,
                                               const std::string& site_id,
                                               long long id, long long now_us,
                                               bool for_update = false);
// The pass with this code hash at the site, locked; NOT_FOUND otherwise.
absl::StatusOr<std::pair<long long, v1::VisitorPass>> FindVisitorPassByCode(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const std::string& code_hash, long long now_us);

// use_count + 1.
absl::Status UseVisitorPass(Tx& tx, const std::string& site_id, long long id,
                            long long now_us);
// Sets cancelled if the version is still `expected_version` (-1: any).
absl::StatusOr<v1::VisitorPass> CancelVisitorPass(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long id, long long expected_version, long long now_us);

struct PassQuery {
  std::vector<std::string> site_ids;
  std::vector<FilterTerm> terms;  // PassFilterSchema()
  // Keyset: after (valid_from_us, id), ascending.
  std::optional<std::pair<long long, long long>> after;
  int limit = 50;
  long long now_us = 0;
};
const FilterSchema& PassFilterSchema();
absl::StatusOr<std::vector<v1::VisitorPass>> ListVisitorPasses(
    Tx& tx, const DataProtector& protector, const PassQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_VISITOR_PASS_STORE_H_
