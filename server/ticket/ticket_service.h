// gRPC adapter of TicketService: authenticates (server/handler.h) and hands
// each call to the desk that owns its rules, one FRONTDESK_SERVE line per RPC.
// No logic here. The desks: intake (tickets, notes, history), work orders,
// follow-up (holds, promises, plans, notices), resolution (resolve,
// callbacks, endings), escalation, SLA policies, links, and the live feed.
#ifndef FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_
#define FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_

#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "server/handler.h"
#include "server/ticket/escalation_desk.h"
#include "server/ticket/follow_up_desk.h"
#include "server/ticket/intake_desk.h"
#include "server/ticket/link_desk.h"
#include "server/ticket/resolution_desk.h"
#include "server/ticket/sla_policy_desk.h"
#include "server/ticket/watch_desk.h"
#include "server/ticket/work_order_desk.h"

namespace frontdesk {

class TicketServiceImpl final : public v1::TicketService::Service {
 public:
  static constexpr absl::string_view kService = "TicketService";

  explicit TicketServiceImpl(ServiceContext services)
      : services_(services),
        intake_(services),
        work_orders_(services),
        follow_up_(services),
        resolution_(services),
        escalation_(services),
        sla_policies_(services),
        links_(services),
        watch_(services) {}

  FRONTDESK_SERVE(CreateTicket, v1::CreateTicketRequest, v1::Ticket, intake_)
  FRONTDESK_SERVE(GetTicket, v1::GetTicketRequest, v1::Ticket, intake_)
  FRONTDESK_SERVE(ListTickets, v1::ListTicketsRequest, v1::ListTicketsResponse,
                  intake_)
  FRONTDESK_SERVE(UpdateTicket, v1::UpdateTicketRequest, v1::Ticket, intake_)
  FRONTDESK_SERVE(AddTicketNote, v1::AddTicketNoteRequest, v1::TicketEvent,
                  intake_)
  FRONTDESK_SERVE(ListTicketEvents, v1::ListTicketEventsRequest,
                  v1::ListTicketEventsResponse, intake_)
  FRONTDESK_SERVE(DispatchTicket, v1::DispatchTicketRequest, v1::Ticket,
                  work_orders_)
  FRONTDESK_SERVE(ConfirmArrival, v1::ConfirmArrivalRequest, v1::WorkOrder,
                  work_orders_)
  FRONTDESK_SERVE(CompleteWorkOrder, v1::CompleteWorkOrderRequest,
                  v1::WorkOrder, work_orders_)
  FRONTDESK_SERVE(ListWorkOrders, v1::ListWorkOrdersRequest,
                  v1::ListWorkOrdersResponse, work_orders_)
  FRONTDESK_SERVE(PendTicket, v1::PendTicketRequest, v1::Ticket, follow_up_)
  FRONTDESK_SERVE(ResumeTicket, v1::ResumeTicketRequest, v1::Ticket, follow_up_)
  FRONTDESK_SERVE(ChangePromise, v1::ChangePromiseRequest, v1::Ticket,
                  follow_up_)
  FRONTDESK_SERVE(AgreeTicketPlan, v1::AgreeTicketPlanRequest, v1::Ticket,
                  follow_up_)
  FRONTDESK_SERVE(RecordResidentNotice, v1::RecordResidentNoticeRequest,
                  v1::Ticket, follow_up_)
  FRONTDESK_SERVE(ResolveTicket, v1::ResolveTicketRequest, v1::Ticket,
                  resolution_)
  FRONTDESK_SERVE(RecordCallback, v1::RecordCallbackRequest, v1::TicketCallback,
                  resolution_)
  FRONTDESK_SERVE(ReopenTicket, v1::ReopenTicketRequest, v1::Ticket,
                  resolution_)
  FRONTDESK_SERVE(MarkTicketUnfounded, v1::MarkTicketUnfoundedRequest,
                  v1::Ticket, resolution_)
  FRONTDESK_SERVE(MarkTicketDuplicate, v1::MarkTicketDuplicateRequest,
                  v1::Ticket, resolution_)
  FRONTDESK_SERVE(CancelTicket, v1::CancelTicketRequest, v1::Ticket,
                  resolution_)
  FRONTDESK_SERVE(ListCallbacksDue, v1::ListCallbacksDueRequest,
                  v1::ListTicketsResponse, resolution_)
  FRONTDESK_SERVE(EscalateTicket, v1::EscalateTicketRequest, v1::Escalation,
                  escalation_)
  FRONTDESK_SERVE(ListEscalations, v1::ListEscalationsRequest,
                  v1::ListEscalationsResponse, escalation_)
  FRONTDESK_SERVE(ListOverdueTickets, v1::ListOverdueTicketsRequest,
                  v1::ListTicketsResponse, escalation_)
  FRONTDESK_SERVE(UpdateSlaPolicy, v1::UpdateSlaPolicyRequest, v1::SlaPolicy,
                  sla_policies_)
  FRONTDESK_SERVE(ListSlaPolicies, v1::ListSlaPoliciesRequest,
                  v1::ListSlaPoliciesResponse, sla_policies_)
  FRONTDESK_SERVE(LinkTicket, v1::LinkTicketRequest, v1::Ticket, links_)
  grpc::Status WatchTickets(
      grpc::ServerContext* context, const v1::WatchTicketsRequest* request,
      grpc::ServerWriter<v1::TicketEvent>* writer) override;

  // Ends every WatchTickets stream with UNAVAILABLE (the client resumes from
  // its last event_id, here after a restart or on another process), so that
  // a shutdown does not wait out its whole drain period for them.
  void StopWatches() { watch_.Stop(); }

 private:
  ServiceContext services_;
  IntakeDesk intake_;
  WorkOrderDesk work_orders_;
  FollowUpDesk follow_up_;
  ResolutionDesk resolution_;
  EscalationDesk escalation_;
  SlaPolicyDesk sla_policies_;
  LinkDesk links_;
  WatchDesk watch_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_
