// DirectoryService's vendors: outside contractors work is dispatched to.
// Who may call what is the permission table's (server/
// permission_table.cc: writes by a manager). Creates and updates are idempotent
// per request_id; an update applies its update_mask to the current vendor under
// its row lock and refuses a stale etag (ABORTED). Input rules are in
// org_rules.h, SQL and the existence checks in db/directory/org_store.h.
#ifndef FRONTDESK_SERVER_DIRECTORY_VENDOR_DESK_H_
#define FRONTDESK_SERVER_DIRECTORY_VENDOR_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class VendorDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateVendor(const Call& call,
                            const v1::CreateVendorRequest& request,
                            v1::Vendor* response);
  absl::Status GetVendor(const Call& call, const v1::GetVendorRequest& request,
                         v1::Vendor* response);
  absl::Status ListVendors(const Call& call,
                           const v1::ListVendorsRequest& request,
                           v1::ListVendorsResponse* response);
  absl::Status UpdateVendor(const Call& call,
                            const v1::UpdateVendorRequest& request,
                            v1::Vendor* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_VENDOR_DESK_H_
