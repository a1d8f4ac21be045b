// gRPC adapter of TicketService (ticket_service.h): one FRONTDESK_SERVE line
// per RPC.
#include "server/ticket/ticket_service.h"

namespace frontdesk {

grpc::Status TicketServiceImpl::WatchTickets(
    grpc::ServerContext* context, const v1::WatchTicketsRequest* request,
    grpc::ServerWriter<v1::TicketEvent>* writer) {
  return Handle(
      services_, context, kService, "WatchTickets", *request,
      [&](const Call& call) {
        return watch_.WatchTickets(
            call, *request,
            [writer](const v1::TicketEvent& e) { return writer->Write(e); },
            [context] { return context->IsCancelled(); });
      });
}

}  // namespace frontdesk
