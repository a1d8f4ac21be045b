// TicketService work orders: dispatching a ticket (a route, an assignee, a
// promise; work_order_rules.h and coordination_rules.h), confirming the
// worker's arrival, completing a work order, and the work-order lists. Each
// step runs in the shared frame of ticket_step.h.
#ifndef FRONTDESK_SERVER_TICKET_WORK_ORDER_DESK_H_
#define FRONTDESK_SERVER_TICKET_WORK_ORDER_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class WorkOrderDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status DispatchTicket(const Call& call,
                              const v1::DispatchTicketRequest& request,
                              v1::Ticket* response);
  absl::Status ConfirmArrival(const Call& call,
                              const v1::ConfirmArrivalRequest& request,
                              v1::WorkOrder* response);
  absl::Status CompleteWorkOrder(const Call& call,
                                 const v1::CompleteWorkOrderRequest& request,
                                 v1::WorkOrder* response);
  absl::Status ListWorkOrders(const Call& call,
                              const v1::ListWorkOrdersRequest& request,
                              v1::ListWorkOrdersResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_WORK_ORDER_DESK_H_
