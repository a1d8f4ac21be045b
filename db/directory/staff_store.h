// Staff members, the roles they hold at which sites, and the access tokens that
// identify them. All SQL for these tables lives here. Functions work inside the
// caller's transaction, like site_store.h.
#ifndef FRONTDESK_DB_DIRECTORY_STAFF_STORE_H_
#define FRONTDESK_DB_DIRECTORY_STAFF_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/principal.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk::db {

// The grants are StaffGrants(staff) (common/grants.h); every site they name
// must exist (NOT_FOUND naming it otherwise). `staff.vendor` is stored as
// given; that it exists and serves those sites, and the validation of the
// rest, are the caller's.
absl::StatusOr<v1::StaffMember> CreateStaffMember(Tx& tx,
                                                  const std::string& staff_id,
                                                  const v1::StaffMember& staff,
                                                  long long now_us);
absl::StatusOr<v1::StaffMember> GetStaffMember(Tx& tx,
                                               const std::string& staff_id);

struct StaffQuery {
  std::string site_id;  // "" for any; otherwise staff granted a role there
  int role = 0;         // 0 for any; otherwise staff granted it (there)
  std::string after_id;
  int limit = 50;
};
absl::StatusOr<std::vector<v1::StaffMember>> ListStaffMembers(
    Tx& tx, const StaffQuery& query);

// Stores the SHA-256 of a new secret for `staff_id`.
absl::StatusOr<v1::AccessToken> CreateAccessToken(
    Tx& tx, const std::string& staff_id, const std::string& secret_sha256,
    const std::string& display_name, long long now_us);

// The principal behind an unrevoked token, with their grants and (a
// vendor's contact) their vendor, or nullopt.
absl::StatusOr<std::optional<Principal>> FindPrincipalByToken(
    Tx& tx, const std::string& secret_sha256);

// Number of access tokens ever issued (0 on a brand-new database).
absl::StatusOr<long long> CountAccessTokens(Tx& tx);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_DIRECTORY_STAFF_STORE_H_
