// The watchlist: persons a site refuses (DENY) or admits with an alert
// (ALERT). All SQL for watchlist_entries lives here. Numbers are sealed;
// matching uses the blinds (document; name + phone), so a check-in is
// matched with one indexed lookup and no decryption.
#ifndef FRONTDESK_DB_VISITOR_WATCHLIST_STORE_H_
#define FRONTDESK_DB_VISITOR_WATCHLIST_STORE_H_

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

absl::StatusOr<v1::WatchlistEntry> InsertWatchlistEntry(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const v1::WatchlistEntry& entry, const std::string& actor,
    long long now_us);

// NOT_FOUND (WATCHLIST_ENTRY_NOT_FOUND), also for a deleted entry unless
// `include_deleted`.
absl::StatusOr<v1::WatchlistEntry> GetWatchlistEntry(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long id, bool include_deleted = false, bool for_update = false);

// Soft delete by `actor` if the version is still `expected_version` (-1:
// any); ABORTED (ETAG_MISMATCH) otherwise.
absl::StatusOr<v1::WatchlistEntry> DeleteWatchlistEntry(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long id, long long expected_version, const std::string& actor,
    long long now_us);

struct WatchlistQuery {
  std::vector<std::string> site_ids;
  std::vector<FilterTerm> terms;  // WatchlistFilterSchema()
  bool show_deleted = false;
  std::optional<std::pair<long long, long long>> before;  // (create, id)
  int limit = 50;
  long long now_us = 0;
};
const FilterSchema& WatchlistFilterSchema();
absl::StatusOr<std::vector<v1::WatchlistEntry>> ListWatchlistEntries(
    Tx& tx, const DataProtector& protector, const WatchlistQuery& query);

struct WatchlistMatch {
  long long id = 0;
  v1::WatchlistEntry::Action action = v1::WatchlistEntry::DENY;
  std::string reason;
};
// The active entry of the site matching the document blind or the
// name+phone blind (either may be ""), DENY before ALERT.
absl::StatusOr<std::optional<WatchlistMatch>> FindWatchlistMatch(
    Tx& tx, const std::string& site_id, const std::string& doc_blind,
    const std::string& name_phone, long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_WATCHLIST_STORE_H_
