#include "server/visitor/visit_desk.h"

namespace frontdesk {

absl::Status VisitDesk::CheckInVisitor(const Principal&,
                                       const grpc::ServerContext&,
                                       const v1::CheckInVisitorRequest&,
                                       v1::Visit*) {
  return absl::UnimplementedError("CheckInVisitor is not implemented yet");
}

absl::Status VisitDesk::CheckOutVisitor(const Principal&,
                                        const grpc::ServerContext&,
                                        const v1::CheckOutVisitorRequest&,
                                        v1::Visit*) {
  return absl::UnimplementedError("CheckOutVisitor is not implemented yet");
}

absl::Status VisitDesk::GetVisit(const Principal&, const grpc::ServerContext&,
                                 const v1::GetVisitRequest&, v1::Visit*) {
  return absl::UnimplementedError("GetVisit is not implemented yet");
}

absl::Status VisitDesk::ListVisits(const Principal&, const grpc::ServerContext&,
                                   const v1::ListVisitsRequest&,
                                   v1::ListVisitsResponse*) {
  return absl::UnimplementedError("ListVisits is not implemented yet");
}

absl::Status VisitDesk::CreateRefusal(const Principal&,
                                      const grpc::ServerContext&,
                                      const v1::CreateRefusalRequest&,
                                      v1::Refusal*) {
  return absl::UnimplementedError("CreateRefusal is not implemented yet");
}

absl::Status VisitDesk::ListRefusals(const Principal&,
                                     const grpc::ServerContext&,
                                     const v1::ListRefusalsRequest&,
                                     v1::ListRefusalsResponse*) {
  return absl::UnimplementedError("ListRefusals is not implemented yet");
}

}  // namespace frontdesk
