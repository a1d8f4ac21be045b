// DirectoryService's sites and the units (homes, shops) in them. Who may
// call what is the permission table's (server/permission_table.cc: sites by
// ADMIN, units by the site's supervisors and manager). Creates
// are idempotent per request_id. Input rules are in directory_rules.h, SQL
// in db/directory/site_store.h. No gRPC type here (server/handler.h frames
// the call).
#ifndef FRONTDESK_SERVER_DIRECTORY_SITE_DESK_H_
#define FRONTDESK_SERVER_DIRECTORY_SITE_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class SiteDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateSite(const Call& call,
                          const v1::CreateSiteRequest& request,
                          v1::Site* response);
  absl::Status GetSite(const Call& call, const v1::GetSiteRequest& request,
                       v1::Site* response);
  absl::Status ListSites(const Call& call, const v1::ListSitesRequest& request,
                         v1::ListSitesResponse* response);
  absl::Status CreateUnit(const Call& call,
                          const v1::CreateUnitRequest& request,
                          v1::Unit* response);
  absl::Status GetUnit(const Call& call, const v1::GetUnitRequest& request,
                       v1::Unit* response);
  absl::Status ListUnits(const Call& call, const v1::ListUnitsRequest& request,
                         v1::ListUnitsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_SITE_DESK_H_
