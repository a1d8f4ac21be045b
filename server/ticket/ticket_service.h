// gRPC adapter of TicketService: authenticates (server/handler.h) and hands
// each call to the desk that owns its rules, one Serve() line per RPC. No
// logic here. The desks: intake (tickets, notes, history), work orders,
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

  grpc::Status CreateTicket(grpc::ServerContext* context,
                            const v1::CreateTicketRequest* request,
                            v1::Ticket* response) override;
  grpc::Status GetTicket(grpc::ServerContext* context,
                         const v1::GetTicketRequest* request,
                         v1::Ticket* response) override;
  grpc::Status ListTickets(grpc::ServerContext* context,
                           const v1::ListTicketsRequest* request,
                           v1::ListTicketsResponse* response) override;
  grpc::Status UpdateTicket(grpc::ServerContext* context,
                            const v1::UpdateTicketRequest* request,
                            v1::Ticket* response) override;
  grpc::Status AddTicketNote(grpc::ServerContext* context,
                             const v1::AddTicketNoteRequest* request,
                             v1::TicketEvent* response) override;
  grpc::Status ListTicketEvents(
      grpc::ServerContext* context, const v1::ListTicketEventsRequest* request,
      v1::ListTicketEventsResponse* response) override;
  grpc::Status DispatchTicket(grpc::ServerContext* context,
                              const v1::DispatchTicketRequest* request,
                              v1::Ticket* response) override;
  grpc::Status ConfirmArrival(grpc::ServerContext* context,
                              const v1::ConfirmArrivalRequest* request,
                              v1::WorkOrder* response) override;
  grpc::Status CompleteWorkOrder(grpc::ServerContext* context,
                                 const v1::CompleteWorkOrderRequest* request,
                                 v1::WorkOrder* response) override;
  grpc::Status ListWorkOrders(grpc::ServerContext* context,
                              const v1::ListWorkOrdersRequest* request,
                              v1::ListWorkOrdersResponse* response) override;
  grpc::Status PendTicket(grpc::ServerContext* context,
                          const v1::PendTicketRequest* request,
                          v1::Ticket* response) override;
  grpc::Status ResumeTicket(grpc::ServerContext* context,
                            const v1::ResumeTicketRequest* request,
                            v1::Ticket* response) override;
  grpc::Status ChangePromise(grpc::ServerContext* context,
                             const v1::ChangePromiseRequest* request,
                             v1::Ticket* response) override;
  grpc::Status AgreeTicketPlan(grpc::ServerContext* context,
                               const v1::AgreeTicketPlanRequest* request,
                               v1::Ticket* response) override;
  grpc::Status RecordResidentNotice(
      grpc::ServerContext* context,
      const v1::RecordResidentNoticeRequest* request,
      v1::Ticket* response) override;
  grpc::Status ResolveTicket(grpc::ServerContext* context,
                             const v1::ResolveTicketRequest* request,
                             v1::Ticket* response) override;
  grpc::Status RecordCallback(grpc::ServerContext* context,
                              const v1::RecordCallbackRequest* request,
                              v1::TicketCallback* response) override;
  grpc::Status ReopenTicket(grpc::ServerContext* context,
                            const v1::ReopenTicketRequest* request,
                            v1::Ticket* response) override;
  grpc::Status MarkTicketUnfounded(
      grpc::ServerContext* context,
      const v1::MarkTicketUnfoundedRequest* request,
      v1::Ticket* response) override;
  grpc::Status MarkTicketDuplicate(
      grpc::ServerContext* context,
      const v1::MarkTicketDuplicateRequest* request,
      v1::Ticket* response) override;
  grpc::Status CancelTicket(grpc::ServerContext* context,
                            const v1::CancelTicketRequest* request,
                            v1::Ticket* response) override;
  grpc::Status ListCallbacksDue(grpc::ServerContext* context,
                                const v1::ListCallbacksDueRequest* request,
                                v1::ListTicketsResponse* response) override;
  grpc::Status EscalateTicket(grpc::ServerContext* context,
                              const v1::EscalateTicketRequest* request,
                              v1::Escalation* response) override;
  grpc::Status ListEscalations(grpc::ServerContext* context,
                               const v1::ListEscalationsRequest* request,
                               v1::ListEscalationsResponse* response) override;
  grpc::Status ListOverdueTickets(grpc::ServerContext* context,
                                  const v1::ListOverdueTicketsRequest* request,
                                  v1::ListTicketsResponse* response) override;
  grpc::Status UpdateSlaPolicy(grpc::ServerContext* context,
                               const v1::UpdateSlaPolicyRequest* request,
                               v1::SlaPolicy* response) override;
  grpc::Status ListSlaPolicies(grpc::ServerContext* context,
                               const v1::ListSlaPoliciesRequest* request,
                               v1::ListSlaPoliciesResponse* response) override;
  grpc::Status LinkTicket(grpc::ServerContext* context,
                          const v1::LinkTicketRequest* request,
                          v1::Ticket* response) override;
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
