// Pre-registered visitors: passes with a one-time-shown code.
// Logic of VisitorService (visitor_service.proto states each rule); the gRPC
// wiring is visitor_service.cc. Each method authorises `who`, validates, and
// runs its reads and writes on the injected database and clock.
#ifndef FRONTDESK_SERVER_VISITOR_PASS_DESK_H_
#define FRONTDESK_SERVER_VISITOR_PASS_DESK_H_

#include "absl/status/status.h"
#include "common/principal.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class PassDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateVisitorPass(const Call& call,
                                 const v1::CreateVisitorPassRequest& request,
                                 v1::VisitorPass* response);
  absl::Status GetVisitorPass(const Call& call,
                              const v1::GetVisitorPassRequest& request,
                              v1::VisitorPass* response);
  absl::Status ListVisitorPasses(const Call& call,
                                 const v1::ListVisitorPassesRequest& request,
                                 v1::ListVisitorPassesResponse* response);
  absl::Status CancelVisitorPass(const Call& call,
                                 const v1::CancelVisitorPassRequest& request,
                                 v1::VisitorPass* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_PASS_DESK_H_
