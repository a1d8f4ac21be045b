// The visitor register: check-in (with the document, watchlist and pass rules),
// check-out, visits and refusals. Logic of VisitorService
// (visitor_service.proto states each rule); the gRPC wiring is
// visitor_service.cc. Each method authorises `who`, validates, and runs its
// reads and writes on the injected database and clock.
#ifndef FRONTDESK_SERVER_VISITOR_VISIT_DESK_H_
#define FRONTDESK_SERVER_VISITOR_VISIT_DESK_H_

#include "absl/status/status.h"
#include "common/principal.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class VisitDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CheckInVisitor(const Call& call,
                              const v1::CheckInVisitorRequest& request,
                              v1::Visit* response);
  absl::Status CheckOutVisitor(const Call& call,
                               const v1::CheckOutVisitorRequest& request,
                               v1::Visit* response);
  absl::Status GetVisit(const Call& call, const v1::GetVisitRequest& request,
                        v1::Visit* response);
  absl::Status ListVisits(const Call& call,
                          const v1::ListVisitsRequest& request,
                          v1::ListVisitsResponse* response);
  absl::Status CreateRefusal(const Call& call,
                             const v1::CreateRefusalRequest& request,
                             v1::Refusal* response);
  absl::Status ListVisitorAlerts(const Call& call,
                                 const v1::ListVisitorAlertsRequest& request,
                                 v1::ListVisitorAlertsResponse* response);
  absl::Status ListRefusals(const Call& call,
                            const v1::ListRefusalsRequest& request,
                            v1::ListRefusalsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_VISIT_DESK_H_
