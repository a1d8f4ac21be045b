#include "server/visitor/settings_desk.h"

namespace frontdesk {

absl::Status SettingsDesk::GetVisitorSettings(
    const Principal&, const grpc::ServerContext&,
    const v1::GetVisitorSettingsRequest&, v1::VisitorSettings*) {
  return absl::UnimplementedError("GetVisitorSettings is not implemented yet");
}

absl::Status SettingsDesk::UpdateVisitorSettings(
    const Principal&, const grpc::ServerContext&,
    const v1::UpdateVisitorSettingsRequest&, v1::VisitorSettings*) {
  return absl::UnimplementedError(
      "UpdateVisitorSettings is not implemented yet");
}

absl::Status SettingsDesk::ListSensitiveDataAccesses(
    const Principal&, const grpc::ServerContext&,
    const v1::ListSensitiveDataAccessesRequest&,
    v1::ListSensitiveDataAccessesResponse*) {
  return absl::UnimplementedError(
      "ListSensitiveDataAccesses is not implemented yet");
}

}  // namespace frontdesk
