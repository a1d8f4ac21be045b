// gRPC adapter of RosterService: authenticates (server/handler.h) and hands
// each call to the desk class that owns its rules. No logic here. An RPC
// without a line here answers UNIMPLEMENTED (issue 13 serves it in steps).
#ifndef FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
#define FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_

#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "server/handler.h"
#include "server/roster/policy_desk.h"

namespace frontdesk {

class RosterServiceImpl final : public v1::RosterService::Service {
 public:
  static constexpr absl::string_view kService = "RosterService";

  explicit RosterServiceImpl(ServiceContext services)
      : services_(services), policy_(services) {}

  FRONTDESK_SERVE(GetRosterPolicy, v1::GetRosterPolicyRequest, v1::RosterPolicy,
                  policy_)
  FRONTDESK_SERVE(UpdateRosterPolicy, v1::UpdateRosterPolicyRequest,
                  v1::RosterPolicy, policy_)

 private:
  ServiceContext services_;
  PolicyDesk policy_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
