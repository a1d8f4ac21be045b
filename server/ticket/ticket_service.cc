// gRPC adapter of TicketService (ticket_service.h): one Serve() line per RPC.
#include "server/ticket/ticket_service.h"

namespace frontdesk {

grpc::Status TicketServiceImpl::CreateTicket(
    grpc::ServerContext* context, const v1::CreateTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "CreateTicket", intake_,
               &IntakeDesk::CreateTicket, request, response);
}

grpc::Status TicketServiceImpl::GetTicket(grpc::ServerContext* context,
                                          const v1::GetTicketRequest* request,
                                          v1::Ticket* response) {
  return Serve(services_, context, "GetTicket", intake_, &IntakeDesk::GetTicket,
               request, response);
}

grpc::Status TicketServiceImpl::ListTickets(
    grpc::ServerContext* context, const v1::ListTicketsRequest* request,
    v1::ListTicketsResponse* response) {
  return Serve(services_, context, "ListTickets", intake_,
               &IntakeDesk::ListTickets, request, response);
}

grpc::Status TicketServiceImpl::UpdateTicket(
    grpc::ServerContext* context, const v1::UpdateTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "UpdateTicket", intake_,
               &IntakeDesk::UpdateTicket, request, response);
}

grpc::Status TicketServiceImpl::AddTicketNote(
    grpc::ServerContext* context, const v1::AddTicketNoteRequest* request,
    v1::TicketEvent* response) {
  return Serve(services_, context, "AddTicketNote", intake_,
               &IntakeDesk::AddTicketNote, request, response);
}

grpc::Status TicketServiceImpl::ListTicketEvents(
    grpc::ServerContext* context, const v1::ListTicketEventsRequest* request,
    v1::ListTicketEventsResponse* response) {
  return Serve(services_, context, "ListTicketEvents", intake_,
               &IntakeDesk::ListTicketEvents, request, response);
}

grpc::Status TicketServiceImpl::DispatchTicket(
    grpc::ServerContext* context, const v1::DispatchTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "DispatchTicket", work_orders_,
               &WorkOrderDesk::DispatchTicket, request, response);
}

grpc::Status TicketServiceImpl::ConfirmArrival(
    grpc::ServerContext* context, const v1::ConfirmArrivalRequest* request,
    v1::WorkOrder* response) {
  return Serve(services_, context, "ConfirmArrival", work_orders_,
               &WorkOrderDesk::ConfirmArrival, request, response);
}

grpc::Status TicketServiceImpl::CompleteWorkOrder(
    grpc::ServerContext* context, const v1::CompleteWorkOrderRequest* request,
    v1::WorkOrder* response) {
  return Serve(services_, context, "CompleteWorkOrder", work_orders_,
               &WorkOrderDesk::CompleteWorkOrder, request, response);
}

grpc::Status TicketServiceImpl::ListWorkOrders(
    grpc::ServerContext* context, const v1::ListWorkOrdersRequest* request,
    v1::ListWorkOrdersResponse* response) {
  return Serve(services_, context, "ListWorkOrders", work_orders_,
               &WorkOrderDesk::ListWorkOrders, request, response);
}

grpc::Status TicketServiceImpl::PendTicket(grpc::ServerContext* context,
                                           const v1::PendTicketRequest* request,
                                           v1::Ticket* response) {
  return Serve(services_, context, "PendTicket", follow_up_,
               &FollowUpDesk::PendTicket, request, response);
}

grpc::Status TicketServiceImpl::ResumeTicket(
    grpc::ServerContext* context, const v1::ResumeTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "ResumeTicket", follow_up_,
               &FollowUpDesk::ResumeTicket, request, response);
}

grpc::Status TicketServiceImpl::ChangePromise(
    grpc::ServerContext* context, const v1::ChangePromiseRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "ChangePromise", follow_up_,
               &FollowUpDesk::ChangePromise, request, response);
}

grpc::Status TicketServiceImpl::AgreeTicketPlan(
    grpc::ServerContext* context, const v1::AgreeTicketPlanRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "AgreeTicketPlan", follow_up_,
               &FollowUpDesk::AgreeTicketPlan, request, response);
}

grpc::Status TicketServiceImpl::RecordResidentNotice(
    grpc::ServerContext* context,
    const v1::RecordResidentNoticeRequest* request, v1::Ticket* response) {
  return Serve(services_, context, "RecordResidentNotice", follow_up_,
               &FollowUpDesk::RecordResidentNotice, request, response);
}

grpc::Status TicketServiceImpl::ResolveTicket(
    grpc::ServerContext* context, const v1::ResolveTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "ResolveTicket", resolution_,
               &ResolutionDesk::ResolveTicket, request, response);
}

grpc::Status TicketServiceImpl::RecordCallback(
    grpc::ServerContext* context, const v1::RecordCallbackRequest* request,
    v1::TicketCallback* response) {
  return Serve(services_, context, "RecordCallback", resolution_,
               &ResolutionDesk::RecordCallback, request, response);
}

grpc::Status TicketServiceImpl::ReopenTicket(
    grpc::ServerContext* context, const v1::ReopenTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "ReopenTicket", resolution_,
               &ResolutionDesk::ReopenTicket, request, response);
}

grpc::Status TicketServiceImpl::MarkTicketUnfounded(
    grpc::ServerContext* context, const v1::MarkTicketUnfoundedRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "MarkTicketUnfounded", resolution_,
               &ResolutionDesk::MarkTicketUnfounded, request, response);
}

grpc::Status TicketServiceImpl::MarkTicketDuplicate(
    grpc::ServerContext* context, const v1::MarkTicketDuplicateRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "MarkTicketDuplicate", resolution_,
               &ResolutionDesk::MarkTicketDuplicate, request, response);
}

grpc::Status TicketServiceImpl::CancelTicket(
    grpc::ServerContext* context, const v1::CancelTicketRequest* request,
    v1::Ticket* response) {
  return Serve(services_, context, "CancelTicket", resolution_,
               &ResolutionDesk::CancelTicket, request, response);
}

grpc::Status TicketServiceImpl::ListCallbacksDue(
    grpc::ServerContext* context, const v1::ListCallbacksDueRequest* request,
    v1::ListTicketsResponse* response) {
  return Serve(services_, context, "ListCallbacksDue", resolution_,
               &ResolutionDesk::ListCallbacksDue, request, response);
}

grpc::Status TicketServiceImpl::EscalateTicket(
    grpc::ServerContext* context, const v1::EscalateTicketRequest* request,
    v1::Escalation* response) {
  return Serve(services_, context, "EscalateTicket", escalation_,
               &EscalationDesk::EscalateTicket, request, response);
}

grpc::Status TicketServiceImpl::ListEscalations(
    grpc::ServerContext* context, const v1::ListEscalationsRequest* request,
    v1::ListEscalationsResponse* response) {
  return Serve(services_, context, "ListEscalations", escalation_,
               &EscalationDesk::ListEscalations, request, response);
}

grpc::Status TicketServiceImpl::ListOverdueTickets(
    grpc::ServerContext* context, const v1::ListOverdueTicketsRequest* request,
    v1::ListTicketsResponse* response) {
  return Serve(services_, context, "ListOverdueTickets", escalation_,
               &EscalationDesk::ListOverdueTickets, request, response);
}

grpc::Status TicketServiceImpl::UpdateSlaPolicy(
    grpc::ServerContext* context, const v1::UpdateSlaPolicyRequest* request,
    v1::SlaPolicy* response) {
  return Serve(services_, context, "UpdateSlaPolicy", sla_policies_,
               &SlaPolicyDesk::UpdateSlaPolicy, request, response);
}

grpc::Status TicketServiceImpl::ListSlaPolicies(
    grpc::ServerContext* context, const v1::ListSlaPoliciesRequest* request,
    v1::ListSlaPoliciesResponse* response) {
  return Serve(services_, context, "ListSlaPolicies", sla_policies_,
               &SlaPolicyDesk::ListSlaPolicies, request, response);
}

grpc::Status TicketServiceImpl::LinkTicket(grpc::ServerContext* context,
                                           const v1::LinkTicketRequest* request,
                                           v1::Ticket* response) {
  return Serve(services_, context, "LinkTicket", links_, &LinkDesk::LinkTicket,
               request, response);
}

grpc::Status TicketServiceImpl::WatchTickets(
    grpc::ServerContext* context, const v1::WatchTicketsRequest* request,
    grpc::ServerWriter<v1::TicketEvent>* writer) {
  return Handle(services_, context, "WatchTickets", [&](const Call& call) {
    return watch_.WatchTickets(
        call, *request,
        [writer](const v1::TicketEvent& e) { return writer->Write(e); },
        [context] { return context->IsCancelled(); });
  });
}

}  // namespace frontdesk
