// One call as a desk sees it: who is calling, and what else the transport
// carried that a rule may need. The gRPC frame (server/handler.h) builds it
// after authenticating the caller, so desks take a Call and a plain request
// and never see a grpc::ServerContext.
#ifndef FRONTDESK_SERVER_CALL_H_
#define FRONTDESK_SERVER_CALL_H_

#include <string>

#include "common/principal.h"

namespace frontdesk {

// The metadata key carrying an approving supervisor's bearer token (a
// document waiver, a key lent outside its list): the approver confirms with
// their own token, never with the caller's word.
inline constexpr char kAuthorizerMetadata[] = "x-frontdesk-authorizer";

struct Call {
  Principal who;
  std::string method;            // e.g. "CheckInVisitor"
  std::string authorizer_token;  // kAuthorizerMetadata, "" when absent
  std::string peer;              // e.g. "ipv4:127.0.0.1:50312", for logs
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_CALL_H_
