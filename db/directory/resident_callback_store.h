// The periodic resident callbacks (table resident_callbacks, migration 0027)
// [T-PERIODIC-RESIDENT-VISITS]. All SQL for writing and listing them lives
// here; the plan's counts are db/report/resident_callbacks.h. Append-only:
// there is no update or delete, and the database's triggers refuse both.
#ifndef FRONTDESK_DB_DIRECTORY_RESIDENT_CALLBACK_STORE_H_
#define FRONTDESK_DB_DIRECTORY_RESIDENT_CALLBACK_STORE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/filter.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk::db {

// Records `callback` (result, rating, comment) of unit `unit_id` of
// `site_id`, made by staff `caller_id` at `now_us`. NOT_FOUND
// (UNIT_NOT_FOUND) when the unit does not exist. Returns the stored
// callback with its name, caller and create_time.
absl::StatusOr<v1::ResidentCallback> InsertResidentCallback(
    Tx& tx, const std::string& site_id, const std::string& unit_id,
    const v1::ResidentCallback& callback, const std::string& caller_id,
    long long now_us);

// The filterable fields of ListResidentCallbacks: result, create_time.
const FilterSchema& ResidentCallbackFilterSchema();

struct ResidentCallbackQuery {
  std::string site_id;
  std::string unit_id;  // empty for every unit of the site
  std::vector<FilterTerm> terms;
  // Keyset: rows strictly older than (create_time_us, id), newest first.
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};

absl::StatusOr<std::vector<v1::ResidentCallback>> ListResidentCallbacks(
    Tx& tx, const ResidentCallbackQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_DIRECTORY_RESIDENT_CALLBACK_STORE_H_
