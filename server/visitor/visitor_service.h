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
  explicit VisitorServiceImpl(ServiceContext services)
      : services_(services),
        visits_(services),
        watchlist_(services),
        passes_(services),
        settings_(services),
        keys_(services) {}

  grpc::Status CheckInVisitor(grpc::ServerContext* context,
                              const v1::CheckInVisitorRequest* request,
                              v1::Visit* response) override;
  grpc::Status CheckOutVisitor(grpc::ServerContext* context,
                               const v1::CheckOutVisitorRequest* request,
                               v1::Visit* response) override;
  grpc::Status GetVisit(grpc::ServerContext* context,
                        const v1::GetVisitRequest* request,
                        v1::Visit* response) override;
  grpc::Status ListVisits(grpc::ServerContext* context,
                          const v1::ListVisitsRequest* request,
                          v1::ListVisitsResponse* response) override;
  grpc::Status ListVisitorAlerts(
      grpc::ServerContext* context, const v1::ListVisitorAlertsRequest* request,
      v1::ListVisitorAlertsResponse* response) override;
  grpc::Status CreateRefusal(grpc::ServerContext* context,
                             const v1::CreateRefusalRequest* request,
                             v1::Refusal* response) override;
  grpc::Status ListRefusals(grpc::ServerContext* context,
                            const v1::ListRefusalsRequest* request,
                            v1::ListRefusalsResponse* response) override;
  grpc::Status CreateWatchlistEntry(
      grpc::ServerContext* context,
      const v1::CreateWatchlistEntryRequest* request,
      v1::WatchlistEntry* response) override;
  grpc::Status ListWatchlistEntries(
      grpc::ServerContext* context,
      const v1::ListWatchlistEntriesRequest* request,
      v1::ListWatchlistEntriesResponse* response) override;
  grpc::Status DeleteWatchlistEntry(
      grpc::ServerContext* context,
      const v1::DeleteWatchlistEntryRequest* request,
      v1::WatchlistEntry* response) override;
  grpc::Status CreateVisitorPass(grpc::ServerContext* context,
                                 const v1::CreateVisitorPassRequest* request,
                                 v1::VisitorPass* response) override;
  grpc::Status GetVisitorPass(grpc::ServerContext* context,
                              const v1::GetVisitorPassRequest* request,
                              v1::VisitorPass* response) override;
  grpc::Status ListVisitorPasses(
      grpc::ServerContext* context, const v1::ListVisitorPassesRequest* request,
      v1::ListVisitorPassesResponse* response) override;
  grpc::Status CancelVisitorPass(grpc::ServerContext* context,
                                 const v1::CancelVisitorPassRequest* request,
                                 v1::VisitorPass* response) override;
  grpc::Status GetVisitorSettings(grpc::ServerContext* context,
                                  const v1::GetVisitorSettingsRequest* request,
                                  v1::VisitorSettings* response) override;
  grpc::Status UpdateVisitorSettings(
      grpc::ServerContext* context,
      const v1::UpdateVisitorSettingsRequest* request,
      v1::VisitorSettings* response) override;
  grpc::Status ListSensitiveDataAccesses(
      grpc::ServerContext* context,
      const v1::ListSensitiveDataAccessesRequest* request,
      v1::ListSensitiveDataAccessesResponse* response) override;
  grpc::Status CreateKey(grpc::ServerContext* context,
                         const v1::CreateKeyRequest* request,
                         v1::Key* response) override;
  grpc::Status GetKey(grpc::ServerContext* context,
                      const v1::GetKeyRequest* request,
                      v1::Key* response) override;
  grpc::Status ListKeys(grpc::ServerContext* context,
                        const v1::ListKeysRequest* request,
                        v1::ListKeysResponse* response) override;
  grpc::Status UpdateKey(grpc::ServerContext* context,
                         const v1::UpdateKeyRequest* request,
                         v1::Key* response) override;
  grpc::Status LendKey(grpc::ServerContext* context,
                       const v1::LendKeyRequest* request,
                       v1::Key* response) override;
  grpc::Status ReturnKey(grpc::ServerContext* context,
                         const v1::ReturnKeyRequest* request,
                         v1::Key* response) override;
  grpc::Status RetireKey(grpc::ServerContext* context,
                         const v1::RetireKeyRequest* request,
                         v1::Key* response) override;
  grpc::Status ListKeyEvents(grpc::ServerContext* context,
                             const v1::ListKeyEventsRequest* request,
                             v1::ListKeyEventsResponse* response) override;

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
