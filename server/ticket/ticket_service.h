// gRPC adapter of TicketService (intake slice): authenticates, validates with
// ticket_rules.h, runs mutations through request-id idempotency and calls
// db/ticket_store.h. No SQL here.
#ifndef FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_
#define FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_

#include <atomic>

#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "server/handler.h"

namespace frontdesk {

class TicketServiceImpl final : public v1::TicketService::Service {
 public:
  explicit TicketServiceImpl(ServiceContext services) : services_(services) {}

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

  // The handling workflow (workflow_service.cc).
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
  grpc::Status ListOverdueTickets(grpc::ServerContext* context,
                                  const v1::ListOverdueTicketsRequest* request,
                                  v1::ListTicketsResponse* response) override;
  grpc::Status EscalateTicket(grpc::ServerContext* context,
                              const v1::EscalateTicketRequest* request,
                              v1::Escalation* response) override;
  grpc::Status ListEscalations(grpc::ServerContext* context,
                               const v1::ListEscalationsRequest* request,
                               v1::ListEscalationsResponse* response) override;
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
  void StopWatches() { stopping_ = true; }

 private:
  ServiceContext services_;
  std::atomic<bool> stopping_{false};
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_
