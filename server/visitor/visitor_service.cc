#include "server/visitor/visitor_service.h"

namespace frontdesk {

grpc::Status VisitorServiceImpl::CheckInVisitor(
    grpc::ServerContext* context, const v1::CheckInVisitorRequest* request,
    v1::Visit* response) {
  return Handle(
      services_, context, "CheckInVisitor", [&](const Principal& who) {
        return visits_.CheckInVisitor(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::CheckOutVisitor(
    grpc::ServerContext* context, const v1::CheckOutVisitorRequest* request,
    v1::Visit* response) {
  return Handle(
      services_, context, "CheckOutVisitor", [&](const Principal& who) {
        return visits_.CheckOutVisitor(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::GetVisit(grpc::ServerContext* context,
                                          const v1::GetVisitRequest* request,
                                          v1::Visit* response) {
  return Handle(services_, context, "GetVisit", [&](const Principal& who) {
    return visits_.GetVisit(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::ListVisits(
    grpc::ServerContext* context, const v1::ListVisitsRequest* request,
    v1::ListVisitsResponse* response) {
  return Handle(services_, context, "ListVisits", [&](const Principal& who) {
    return visits_.ListVisits(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::CreateRefusal(
    grpc::ServerContext* context, const v1::CreateRefusalRequest* request,
    v1::Refusal* response) {
  return Handle(services_, context, "CreateRefusal", [&](const Principal& who) {
    return visits_.CreateRefusal(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::ListRefusals(
    grpc::ServerContext* context, const v1::ListRefusalsRequest* request,
    v1::ListRefusalsResponse* response) {
  return Handle(services_, context, "ListRefusals", [&](const Principal& who) {
    return visits_.ListRefusals(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::CreateWatchlistEntry(
    grpc::ServerContext* context,
    const v1::CreateWatchlistEntryRequest* request,
    v1::WatchlistEntry* response) {
  return Handle(services_, context, "CreateWatchlistEntry",
                [&](const Principal& who) {
                  return watchlist_.CreateWatchlistEntry(who, *context,
                                                         *request, response);
                });
}

grpc::Status VisitorServiceImpl::ListWatchlistEntries(
    grpc::ServerContext* context,
    const v1::ListWatchlistEntriesRequest* request,
    v1::ListWatchlistEntriesResponse* response) {
  return Handle(services_, context, "ListWatchlistEntries",
                [&](const Principal& who) {
                  return watchlist_.ListWatchlistEntries(who, *context,
                                                         *request, response);
                });
}

grpc::Status VisitorServiceImpl::DeleteWatchlistEntry(
    grpc::ServerContext* context,
    const v1::DeleteWatchlistEntryRequest* request,
    v1::WatchlistEntry* response) {
  return Handle(services_, context, "DeleteWatchlistEntry",
                [&](const Principal& who) {
                  return watchlist_.DeleteWatchlistEntry(who, *context,
                                                         *request, response);
                });
}

grpc::Status VisitorServiceImpl::CreateVisitorPass(
    grpc::ServerContext* context, const v1::CreateVisitorPassRequest* request,
    v1::VisitorPass* response) {
  return Handle(
      services_, context, "CreateVisitorPass", [&](const Principal& who) {
        return passes_.CreateVisitorPass(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::GetVisitorPass(
    grpc::ServerContext* context, const v1::GetVisitorPassRequest* request,
    v1::VisitorPass* response) {
  return Handle(
      services_, context, "GetVisitorPass", [&](const Principal& who) {
        return passes_.GetVisitorPass(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::ListVisitorPasses(
    grpc::ServerContext* context, const v1::ListVisitorPassesRequest* request,
    v1::ListVisitorPassesResponse* response) {
  return Handle(
      services_, context, "ListVisitorPasses", [&](const Principal& who) {
        return passes_.ListVisitorPasses(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::CancelVisitorPass(
    grpc::ServerContext* context, const v1::CancelVisitorPassRequest* request,
    v1::VisitorPass* response) {
  return Handle(
      services_, context, "CancelVisitorPass", [&](const Principal& who) {
        return passes_.CancelVisitorPass(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::GetVisitorSettings(
    grpc::ServerContext* context, const v1::GetVisitorSettingsRequest* request,
    v1::VisitorSettings* response) {
  return Handle(
      services_, context, "GetVisitorSettings", [&](const Principal& who) {
        return settings_.GetVisitorSettings(who, *context, *request, response);
      });
}

grpc::Status VisitorServiceImpl::UpdateVisitorSettings(
    grpc::ServerContext* context,
    const v1::UpdateVisitorSettingsRequest* request,
    v1::VisitorSettings* response) {
  return Handle(services_, context, "UpdateVisitorSettings",
                [&](const Principal& who) {
                  return settings_.UpdateVisitorSettings(who, *context,
                                                         *request, response);
                });
}

grpc::Status VisitorServiceImpl::ListSensitiveDataAccesses(
    grpc::ServerContext* context,
    const v1::ListSensitiveDataAccessesRequest* request,
    v1::ListSensitiveDataAccessesResponse* response) {
  return Handle(services_, context, "ListSensitiveDataAccesses",
                [&](const Principal& who) {
                  return settings_.ListSensitiveDataAccesses(
                      who, *context, *request, response);
                });
}

grpc::Status VisitorServiceImpl::CreateKey(grpc::ServerContext* context,
                                           const v1::CreateKeyRequest* request,
                                           v1::Key* response) {
  return Handle(services_, context, "CreateKey", [&](const Principal& who) {
    return keys_.CreateKey(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::GetKey(grpc::ServerContext* context,
                                        const v1::GetKeyRequest* request,
                                        v1::Key* response) {
  return Handle(services_, context, "GetKey", [&](const Principal& who) {
    return keys_.GetKey(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::ListKeys(grpc::ServerContext* context,
                                          const v1::ListKeysRequest* request,
                                          v1::ListKeysResponse* response) {
  return Handle(services_, context, "ListKeys", [&](const Principal& who) {
    return keys_.ListKeys(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::UpdateKey(grpc::ServerContext* context,
                                           const v1::UpdateKeyRequest* request,
                                           v1::Key* response) {
  return Handle(services_, context, "UpdateKey", [&](const Principal& who) {
    return keys_.UpdateKey(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::LendKey(grpc::ServerContext* context,
                                         const v1::LendKeyRequest* request,
                                         v1::Key* response) {
  return Handle(services_, context, "LendKey", [&](const Principal& who) {
    return keys_.LendKey(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::ReturnKey(grpc::ServerContext* context,
                                           const v1::ReturnKeyRequest* request,
                                           v1::Key* response) {
  return Handle(services_, context, "ReturnKey", [&](const Principal& who) {
    return keys_.ReturnKey(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::RetireKey(grpc::ServerContext* context,
                                           const v1::RetireKeyRequest* request,
                                           v1::Key* response) {
  return Handle(services_, context, "RetireKey", [&](const Principal& who) {
    return keys_.RetireKey(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::ListKeyEvents(
    grpc::ServerContext* context, const v1::ListKeyEventsRequest* request,
    v1::ListKeyEventsResponse* response) {
  return Handle(services_, context, "ListKeyEvents", [&](const Principal& who) {
    return keys_.ListKeyEvents(who, *context, *request, response);
  });
}

grpc::Status VisitorServiceImpl::ListVisitorAlerts(
    grpc::ServerContext* context, const v1::ListVisitorAlertsRequest* request,
    v1::ListVisitorAlertsResponse* response) {
  return Handle(
      services_, context, "ListVisitorAlerts", [&](const Principal& who) {
        return visits_.ListVisitorAlerts(who, *context, *request, response);
      });
}

}  // namespace frontdesk
