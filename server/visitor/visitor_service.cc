#include "server/visitor/visitor_service.h"

namespace frontdesk {

grpc::Status VisitorServiceImpl::CheckInVisitor(
    grpc::ServerContext* context, const v1::CheckInVisitorRequest* request,
    v1::Visit* response) {
  return Serve(services_, context, "CheckInVisitor", visits_,
               &VisitDesk::CheckInVisitor, request, response);
}

grpc::Status VisitorServiceImpl::CheckOutVisitor(
    grpc::ServerContext* context, const v1::CheckOutVisitorRequest* request,
    v1::Visit* response) {
  return Serve(services_, context, "CheckOutVisitor", visits_,
               &VisitDesk::CheckOutVisitor, request, response);
}

grpc::Status VisitorServiceImpl::GetVisit(grpc::ServerContext* context,
                                          const v1::GetVisitRequest* request,
                                          v1::Visit* response) {
  return Serve(services_, context, "GetVisit", visits_, &VisitDesk::GetVisit,
               request, response);
}

grpc::Status VisitorServiceImpl::ListVisits(
    grpc::ServerContext* context, const v1::ListVisitsRequest* request,
    v1::ListVisitsResponse* response) {
  return Serve(services_, context, "ListVisits", visits_,
               &VisitDesk::ListVisits, request, response);
}

grpc::Status VisitorServiceImpl::CreateRefusal(
    grpc::ServerContext* context, const v1::CreateRefusalRequest* request,
    v1::Refusal* response) {
  return Serve(services_, context, "CreateRefusal", visits_,
               &VisitDesk::CreateRefusal, request, response);
}

grpc::Status VisitorServiceImpl::ListRefusals(
    grpc::ServerContext* context, const v1::ListRefusalsRequest* request,
    v1::ListRefusalsResponse* response) {
  return Serve(services_, context, "ListRefusals", visits_,
               &VisitDesk::ListRefusals, request, response);
}

grpc::Status VisitorServiceImpl::CreateWatchlistEntry(
    grpc::ServerContext* context,
    const v1::CreateWatchlistEntryRequest* request,
    v1::WatchlistEntry* response) {
  return Serve(services_, context, "CreateWatchlistEntry", watchlist_,
               &WatchlistDesk::CreateWatchlistEntry, request, response);
}

grpc::Status VisitorServiceImpl::ListWatchlistEntries(
    grpc::ServerContext* context,
    const v1::ListWatchlistEntriesRequest* request,
    v1::ListWatchlistEntriesResponse* response) {
  return Serve(services_, context, "ListWatchlistEntries", watchlist_,
               &WatchlistDesk::ListWatchlistEntries, request, response);
}

grpc::Status VisitorServiceImpl::DeleteWatchlistEntry(
    grpc::ServerContext* context,
    const v1::DeleteWatchlistEntryRequest* request,
    v1::WatchlistEntry* response) {
  return Serve(services_, context, "DeleteWatchlistEntry", watchlist_,
               &WatchlistDesk::DeleteWatchlistEntry, request, response);
}

grpc::Status VisitorServiceImpl::CreateVisitorPass(
    grpc::ServerContext* context, const v1::CreateVisitorPassRequest* request,
    v1::VisitorPass* response) {
  return Serve(services_, context, "CreateVisitorPass", passes_,
               &PassDesk::CreateVisitorPass, request, response);
}

grpc::Status VisitorServiceImpl::GetVisitorPass(
    grpc::ServerContext* context, const v1::GetVisitorPassRequest* request,
    v1::VisitorPass* response) {
  return Serve(services_, context, "GetVisitorPass", passes_,
               &PassDesk::GetVisitorPass, request, response);
}

grpc::Status VisitorServiceImpl::ListVisitorPasses(
    grpc::ServerContext* context, const v1::ListVisitorPassesRequest* request,
    v1::ListVisitorPassesResponse* response) {
  return Serve(services_, context, "ListVisitorPasses", passes_,
               &PassDesk::ListVisitorPasses, request, response);
}

grpc::Status VisitorServiceImpl::CancelVisitorPass(
    grpc::ServerContext* context, const v1::CancelVisitorPassRequest* request,
    v1::VisitorPass* response) {
  return Serve(services_, context, "CancelVisitorPass", passes_,
               &PassDesk::CancelVisitorPass, request, response);
}

grpc::Status VisitorServiceImpl::GetVisitorSettings(
    grpc::ServerContext* context, const v1::GetVisitorSettingsRequest* request,
    v1::VisitorSettings* response) {
  return Serve(services_, context, "GetVisitorSettings", settings_,
               &SettingsDesk::GetVisitorSettings, request, response);
}

grpc::Status VisitorServiceImpl::UpdateVisitorSettings(
    grpc::ServerContext* context,
    const v1::UpdateVisitorSettingsRequest* request,
    v1::VisitorSettings* response) {
  return Serve(services_, context, "UpdateVisitorSettings", settings_,
               &SettingsDesk::UpdateVisitorSettings, request, response);
}

grpc::Status VisitorServiceImpl::ListSensitiveDataAccesses(
    grpc::ServerContext* context,
    const v1::ListSensitiveDataAccessesRequest* request,
    v1::ListSensitiveDataAccessesResponse* response) {
  return Serve(services_, context, "ListSensitiveDataAccesses", settings_,
               &SettingsDesk::ListSensitiveDataAccesses, request, response);
}

grpc::Status VisitorServiceImpl::CreateKey(grpc::ServerContext* context,
                                           const v1::CreateKeyRequest* request,
                                           v1::Key* response) {
  return Serve(services_, context, "CreateKey", keys_, &KeyDesk::CreateKey,
               request, response);
}

grpc::Status VisitorServiceImpl::GetKey(grpc::ServerContext* context,
                                        const v1::GetKeyRequest* request,
                                        v1::Key* response) {
  return Serve(services_, context, "GetKey", keys_, &KeyDesk::GetKey, request,
               response);
}

grpc::Status VisitorServiceImpl::ListKeys(grpc::ServerContext* context,
                                          const v1::ListKeysRequest* request,
                                          v1::ListKeysResponse* response) {
  return Serve(services_, context, "ListKeys", keys_, &KeyDesk::ListKeys,
               request, response);
}

grpc::Status VisitorServiceImpl::UpdateKey(grpc::ServerContext* context,
                                           const v1::UpdateKeyRequest* request,
                                           v1::Key* response) {
  return Serve(services_, context, "UpdateKey", keys_, &KeyDesk::UpdateKey,
               request, response);
}

grpc::Status VisitorServiceImpl::LendKey(grpc::ServerContext* context,
                                         const v1::LendKeyRequest* request,
                                         v1::Key* response) {
  return Serve(services_, context, "LendKey", keys_, &KeyDesk::LendKey, request,
               response);
}

grpc::Status VisitorServiceImpl::ReturnKey(grpc::ServerContext* context,
                                           const v1::ReturnKeyRequest* request,
                                           v1::Key* response) {
  return Serve(services_, context, "ReturnKey", keys_, &KeyDesk::ReturnKey,
               request, response);
}

grpc::Status VisitorServiceImpl::RetireKey(grpc::ServerContext* context,
                                           const v1::RetireKeyRequest* request,
                                           v1::Key* response) {
  return Serve(services_, context, "RetireKey", keys_, &KeyDesk::RetireKey,
               request, response);
}

grpc::Status VisitorServiceImpl::ListKeyEvents(
    grpc::ServerContext* context, const v1::ListKeyEventsRequest* request,
    v1::ListKeyEventsResponse* response) {
  return Serve(services_, context, "ListKeyEvents", keys_,
               &KeyDesk::ListKeyEvents, request, response);
}

grpc::Status VisitorServiceImpl::ListVisitorAlerts(
    grpc::ServerContext* context, const v1::ListVisitorAlertsRequest* request,
    v1::ListVisitorAlertsResponse* response) {
  return Serve(services_, context, "ListVisitorAlerts", visits_,
               &VisitDesk::ListVisitorAlerts, request, response);
}

}  // namespace frontdesk
