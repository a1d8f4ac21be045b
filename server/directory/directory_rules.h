// Input rules of DirectoryService: pure functions, no database, no gRPC.
// Each returns OK or INVALID_ARGUMENT listing every offending field.
#ifndef FRONTDESK_SERVER_DIRECTORY_DIRECTORY_RULES_H_
#define FRONTDESK_SERVER_DIRECTORY_DIRECTORY_RULES_H_

#include <string>

#include "absl/status/statusor.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

absl::Status ValidateNewSite(const std::string& site_id, const v1::Site& site);

// Returns the unit id "{building}-{entrance}-{room}".
absl::StatusOr<std::string> ValidateNewUnit(const v1::Unit& unit);

absl::Status ValidateNewStaffMember(const std::string& staff_id,
                                    const v1::StaffMember& staff);

absl::Status ValidateNewAccessToken(const v1::AccessToken& token);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_DIRECTORY_RULES_H_
