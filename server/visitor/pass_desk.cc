#include "server/visitor/pass_desk.h"

namespace frontdesk {

absl::Status PassDesk::CreateVisitorPass(const Principal&,
                                         const grpc::ServerContext&,
                                         const v1::CreateVisitorPassRequest&,
                                         v1::VisitorPass*) {
  return absl::UnimplementedError("CreateVisitorPass is not implemented yet");
}

absl::Status PassDesk::GetVisitorPass(const Principal&,
                                      const grpc::ServerContext&,
                                      const v1::GetVisitorPassRequest&,
                                      v1::VisitorPass*) {
  return absl::UnimplementedError("GetVisitorPass is not implemented yet");
}

absl::Status PassDesk::ListVisitorPasses(const Principal&,
                                         const grpc::ServerContext&,
                                         const v1::ListVisitorPassesRequest&,
                                         v1::ListVisitorPassesResponse*) {
  return absl::UnimplementedError("ListVisitorPasses is not implemented yet");
}

absl::Status PassDesk::CancelVisitorPass(const Principal&,
                                         const grpc::ServerContext&,
                                         const v1::CancelVisitorPassRequest&,
                                         v1::VisitorPass*) {
  return absl::UnimplementedError("CancelVisitorPass is not implemented yet");
}

}  // namespace frontdesk
