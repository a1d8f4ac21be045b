// Turns an absl::Status from the service rules or the stores into a
// grpc::Status whose binary details are a google.rpc.Status carrying the
// ErrorInfo (reason) and BadRequest (field violations) attached by
// common/status.h — what clients read to name the field and the rule.
#ifndef FRONTDESK_SERVER_GRPC_STATUS_H_
#define FRONTDESK_SERVER_GRPC_STATUS_H_

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace frontdesk {

grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_GRPC_STATUS_H_
