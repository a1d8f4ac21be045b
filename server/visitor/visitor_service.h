// gRPC adapter of VisitorService: authenticates (server/handler.h) and hands
// each call to the desk class that owns its rules. No logic here.
#ifndef FRONTDESK_SERVER_VISITOR_VISITOR_SERVICE_H_
#define FRONTDESK_SERVER_VISITOR_VISITOR_SERVICE_H_

#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "server/handler.h"
#include "server/visitor/key_desk.h"
#include "server/visitor/pass_desk.h"
#include "server/visitor/settings_desk.h"
#include "server/visitor/visit_desk.h"
#include "server/visitor/watchlist_desk.h"

namespace frontdesk {

class VisitorServiceImpl final : public v1::VisitorService::Service {
 public:
  static constexpr absl::string_view kService = "VisitorService";

  explicit VisitorServiceImpl(ServiceContext services)
      : services_(services),
        visits_(services),
        watchlist_(services),
        passes_(services),
        settings_(services),
        keys_(services) {}

  FRONTDESK_SERVE(CheckInVisitor, v1::CheckInVisitorRequest, v1::Visit, visits_)
  FRONTDESK_SERVE(CheckOutVisitor, v1::CheckOutVisitorRequest, v1::Visit,
                  visits_)
  FRONTDESK_SERVE(GetVisit, v1::GetVisitRequest, v1::Visit, visits_)
  FRONTDESK_SERVE(ListVisits, v1::ListVisitsRequest, v1::ListVisitsResponse,
                  visits_)
  FRONTDESK_SERVE(ListVisitorAlerts, v1::ListVisitorAlertsRequest,
                  v1::ListVisitorAlertsResponse, visits_)
  FRONTDESK_SERVE(CreateRefusal, v1::CreateRefusalRequest, v1::Refusal, visits_)
  FRONTDESK_SERVE(ListRefusals, v1::ListRefusalsRequest,
                  v1::ListRefusalsResponse, visits_)
  FRONTDESK_SERVE(CreateWatchlistEntry, v1::CreateWatchlistEntryRequest,
                  v1::WatchlistEntry, watchlist_)
  FRONTDESK_SERVE(ListWatchlistEntries, v1::ListWatchlistEntriesRequest,
                  v1::ListWatchlistEntriesResponse, watchlist_)
  FRONTDESK_SERVE(DeleteWatchlistEntry, v1::DeleteWatchlistEntryRequest,
                  v1::WatchlistEntry, watchlist_)
  FRONTDESK_SERVE(CreateVisitorPass, v1::CreateVisitorPassRequest,
                  v1::VisitorPass, passes_)
  FRONTDESK_SERVE(GetVisitorPass, v1::GetVisitorPassRequest, v1::VisitorPass,
                  passes_)
  FRONTDESK_SERVE(ListVisitorPasses, v1::ListVisitorPassesRequest,
                  v1::ListVisitorPassesResponse, passes_)
  FRONTDESK_SERVE(CancelVisitorPass, v1::CancelVisitorPassRequest,
                  v1::VisitorPass, passes_)
  FRONTDESK_SERVE(GetVisitorSettings, v1::GetVisitorSettingsRequest,
                  v1::VisitorSettings, settings_)
  FRONTDESK_SERVE(UpdateVisitorSettings, v1::UpdateVisitorSettingsRequest,
                  v1::VisitorSettings, settings_)
  FRONTDESK_SERVE(ListSensitiveDataAccesses,
                  v1::ListSensitiveDataAccessesRequest,
                  v1::ListSensitiveDataAccessesResponse, settings_)
  FRONTDESK_SERVE(CreateKey, v1::CreateKeyRequest, v1::Key, keys_)
  FRONTDESK_SERVE(GetKey, v1::GetKeyRequest, v1::Key, keys_)
  FRONTDESK_SERVE(ListKeys, v1::ListKeysRequest, v1::ListKeysResponse, keys_)
  FRONTDESK_SERVE(UpdateKey, v1::UpdateKeyRequest, v1::Key, keys_)
  FRONTDESK_SERVE(LendKey, v1::LendKeyRequest, v1::Key, keys_)
  FRONTDESK_SERVE(ReturnKey, v1::ReturnKeyRequest, v1::Key, keys_)
  FRONTDESK_SERVE(RetireKey, v1::RetireKeyRequest, v1::Key, keys_)
  FRONTDESK_SERVE(ListKeyEvents, v1::ListKeyEventsRequest,
                  v1::ListKeyEventsResponse, keys_)

 private:
  ServiceContext services_;
  VisitDesk visits_;
  WatchlistDesk watchlist_;
  PassDesk passes_;
  SettingsDesk settings_;
  KeyDesk keys_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_VISITOR_SERVICE_H_
