// One call as a desk sees it: who is calling, and what else the transport
// carried that a rule may need. The gRPC frame (server/handler.h) builds it
// after authenticating the caller, so desks take a Call and a plain request
// and never see a grpc::ServerContext. The caller is the only principal of
// a call: an approver approves with their own call (server/approvals.h),
// never through a token passed along in this one.
#ifndef FRONTDESK_SERVER_CALL_H_
#define FRONTDESK_SERVER_CALL_H_

#include <string>

#include "common/principal.h"

namespace frontdesk {

struct Call {
  Principal who;
  std::string method;  // e.g. "VisitorService.CheckInVisitor"
  std::string peer;    // e.g. "ipv4:127.0.0.1:50312", for logs
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_CALL_H_
