// gRPC adapter of TicketService (intake slice): authenticates, validates with
// ticket_rules.h, runs mutations through request-id idempotency and calls
// db/ticket_store.h. No SQL here.
#ifndef FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_
#define FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_

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

 private:
  ServiceContext services_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_TICKET_SERVICE_H_
