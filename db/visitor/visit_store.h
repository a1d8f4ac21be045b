// The visitor register: visits, refusals and supervisor alerts. All SQL for
// visits, visitor_refusals and visitor_alerts lives here.
//
// Messages go in and come out with personal numbers in clear; the rows hold
// them sealed (db/visitor_rows.h). `overstayed` is computed by the queries
// with the site's overstay grace (VisitorSettings) at `now_us`. Refusals and
// alerts are append-only; retention (PurgeVisitorPersonalData) blanks the
// personal data of ended visits and old refusals once, keeping every row so
// counts survive.
#ifndef FRONTDESK_DB_VISITOR_VISIT_STORE_H_
#define FRONTDESK_DB_VISITOR_VISIT_STORE_H_

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

// Inserts a validated visit (canonical numbers, host unit of `site_id`)
// registered by `actor`, ON_PREMISES since `now_us`. `pass_id` 0 = none;
// the waiver (if any) names its authoriser as "staff/{id}".
absl::StatusOr<v1::Visit> InsertVisit(Tx& tx, const DataProtector& protector,
                                      const std::string& site_id,
                                      const v1::Visit& visit, long long pass_id,
                                      const std::string& actor,
                                      long long now_us);

// NOT_FOUND (VISIT_NOT_FOUND). `for_update` locks the row on MariaDB.
absl::StatusOr<v1::Visit> GetVisit(Tx& tx, const DataProtector& protector,
                                   const std::string& site_id, long long id,
                                   long long now_us, bool for_update = false);

// ON_PREMISES -> CHECKED_OUT at `out_us` by `actor`; FAILED_PRECONDITION
// (VISIT_ALREADY_CHECKED_OUT) when it already is.
absl::StatusOr<v1::Visit> CheckOutVisit(Tx& tx, const DataProtector& protector,
                                        const std::string& site_id,
                                        long long id, long long out_us,
                                        const std::string& actor,
                                        long long now_us);

struct VisitQuery {
  std::vector<std::string> site_ids;                      // empty: every site
  std::vector<FilterTerm> terms;                          // VisitFilterSchema()
  std::optional<std::pair<long long, long long>> before;  // (check-in, id)
  int limit = 50;
  long long now_us = 0;
};
const FilterSchema& VisitFilterSchema();
absl::StatusOr<std::vector<v1::Visit>> ListVisits(
    Tx& tx, const DataProtector& protector, const VisitQuery& query);

// Writes a refusal by `actor` (person canonical, host validated). With a
// non-empty `request_key`, a second call with the same key returns the
// first refusal and writes nothing; `inserted` (if given) says which.
// `watchlist_entry_id` 0 = none.
absl::StatusOr<v1::Refusal> InsertRefusal(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const v1::Refusal& refusal, long long watchlist_entry_id,
    const std::string& actor, const std::string& request_key, long long now_us,
    bool* inserted = nullptr);

struct RefusalQuery {
  std::vector<std::string> site_ids;
  std::vector<FilterTerm> terms;  // RefusalFilterSchema()
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};
const FilterSchema& RefusalFilterSchema();
absl::StatusOr<std::vector<v1::Refusal>> ListRefusals(
    Tx& tx, const DataProtector& protector, const RefusalQuery& query);

// Appends an alert for the site's supervisors. `refusal_id`/`visit_id` 0 =
// none.
absl::StatusOr<v1::VisitorAlert> InsertVisitorAlert(
    Tx& tx, const std::string& site_id, v1::VisitorAlert::Kind kind,
    long long watchlist_entry_id, long long refusal_id, long long visit_id,
    const std::string& person_name, const std::string& actor, long long now_us);

struct AlertQuery {
  std::vector<std::string> site_ids;
  std::vector<FilterTerm> terms;  // AlertFilterSchema()
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};
const FilterSchema& AlertFilterSchema();
absl::StatusOr<std::vector<v1::VisitorAlert>> ListVisitorAlerts(
    Tx& tx, const AlertQuery& query);

// What one retention pass erased.
struct PurgeCounts {
  int visits = 0;
  int refusals = 0;
  int alerts = 0;
  int passes = 0;
};
// Blanks names, sealed numbers and plates of the site's visits checked out
// before `cutoff_us`, refusals made before it, the names on their alerts,
// and the expected visitor of passes that expired before it; sets
// purge_time_us = now_us where the row has one. Idempotent.
absl::StatusOr<PurgeCounts> PurgeVisitorPersonalData(Tx& tx,
                                                     const std::string& site_id,
                                                     long long cutoff_us,
                                                     long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_VISIT_STORE_H_
