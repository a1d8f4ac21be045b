// Sites and their units. All SQL for these tables lives here.
//
// Each function works inside the caller's transaction (Tx), so a create can
// share one transaction with its idempotency record. Creates of an existing
// id are ALREADY_EXISTS; reads of a missing one NOT_FOUND naming the resource.
// Lists are keyset-paginated by id: pass the last id seen ("" for the first
// page) and get at most `limit` rows.
#ifndef FRONTDESK_DB_DIRECTORY_SITE_STORE_H_
#define FRONTDESK_DB_DIRECTORY_SITE_STORE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk::db {

// `site.name` must already be "sites/{site_id}" and the fields validated.
absl::StatusOr<v1::Site> CreateSite(Tx& tx, const std::string& site_id,
                                    const v1::Site& site, long long now_us);
absl::StatusOr<v1::Site> GetSite(Tx& tx, const std::string& site_id);
absl::StatusOr<std::vector<v1::Site>> ListSites(Tx& tx,
                                                const std::string& after_id,
                                                int limit);

absl::StatusOr<v1::Unit> CreateUnit(Tx& tx, const std::string& site_id,
                                    const std::string& unit_id,
                                    const v1::Unit& unit, long long now_us);
absl::StatusOr<v1::Unit> GetUnit(Tx& tx, const std::string& site_id,
                                 const std::string& unit_id);
absl::StatusOr<std::vector<v1::Unit>> ListUnits(Tx& tx,
                                                const std::string& site_id,
                                                const std::string& after_id,
                                                int limit);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_DIRECTORY_SITE_STORE_H_
