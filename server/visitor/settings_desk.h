// Per-site visitor settings and the log of unmasked reads.
// Logic of VisitorService (visitor_service.proto states each rule); the gRPC
// wiring is visitor_service.cc. Each method authorises `who`, validates, and
// runs its reads and writes on the injected database and clock.
#ifndef FRONTDESK_SERVER_VISITOR_SETTINGS_DESK_H_
#define FRONTDESK_SERVER_VISITOR_SETTINGS_DESK_H_

#include "absl/status/status.h"
#include "common/principal.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class SettingsDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetVisitorSettings(const Call& call,
                                  const v1::GetVisitorSettingsRequest& request,
                                  v1::VisitorSettings* response);
  absl::Status UpdateVisitorSettings(
      const Call& call, const v1::UpdateVisitorSettingsRequest& request,
      v1::VisitorSettings* response);
  absl::Status ListSensitiveDataAccesses(
      const Call& call, const v1::ListSensitiveDataAccessesRequest& request,
      v1::ListSensitiveDataAccessesResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_SETTINGS_DESK_H_
