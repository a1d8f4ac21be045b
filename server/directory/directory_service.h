// gRPC adapter of DirectoryService: authenticates (server/handler.h) and
// hands each call to the desk that owns it: SiteDesk (sites, units),
// StaffDesk (staff members, access tokens), ApprovalDesk (approvals),
// DepartmentDesk, VendorDesk. No logic here.
#ifndef FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_
#define FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_

#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "server/directory/approval_desk.h"
#include "server/directory/department_desk.h"
#include "server/directory/resident_callback_desk.h"
#include "server/directory/site_desk.h"
#include "server/directory/staff_desk.h"
#include "server/directory/vendor_desk.h"
#include "server/handler.h"

namespace frontdesk {

class DirectoryServiceImpl final : public v1::DirectoryService::Service {
 public:
  static constexpr absl::string_view kService = "DirectoryService";

  explicit DirectoryServiceImpl(ServiceContext services)
      : services_(services),
        sites_(services),
        staff_(services),
        approvals_(services),
        departments_(services),
        vendors_(services),
        resident_callbacks_(services) {}

  FRONTDESK_SERVE(CreateSite, v1::CreateSiteRequest, v1::Site, sites_)
  FRONTDESK_SERVE(GetSite, v1::GetSiteRequest, v1::Site, sites_)
  FRONTDESK_SERVE(ListSites, v1::ListSitesRequest, v1::ListSitesResponse,
                  sites_)
  FRONTDESK_SERVE(CreateUnit, v1::CreateUnitRequest, v1::Unit, sites_)
  FRONTDESK_SERVE(GetUnit, v1::GetUnitRequest, v1::Unit, sites_)
  FRONTDESK_SERVE(ListUnits, v1::ListUnitsRequest, v1::ListUnitsResponse,
                  sites_)
  FRONTDESK_SERVE(CreateStaffMember, v1::CreateStaffMemberRequest,
                  v1::StaffMember, staff_)
  FRONTDESK_SERVE(GetStaffMember, v1::GetStaffMemberRequest, v1::StaffMember,
                  staff_)
  FRONTDESK_SERVE(ListStaffMembers, v1::ListStaffMembersRequest,
                  v1::ListStaffMembersResponse, staff_)
  FRONTDESK_SERVE(CreateAccessToken, v1::CreateAccessTokenRequest,
                  v1::AccessToken, staff_)
  FRONTDESK_SERVE(CreateApproval, v1::CreateApprovalRequest, v1::Approval,
                  approvals_)
  FRONTDESK_SERVE(GetApproval, v1::GetApprovalRequest, v1::Approval, approvals_)
  FRONTDESK_SERVE(CreateDepartment, v1::CreateDepartmentRequest, v1::Department,
                  departments_)
  FRONTDESK_SERVE(GetDepartment, v1::GetDepartmentRequest, v1::Department,
                  departments_)
  FRONTDESK_SERVE(ListDepartments, v1::ListDepartmentsRequest,
                  v1::ListDepartmentsResponse, departments_)
  FRONTDESK_SERVE(UpdateDepartment, v1::UpdateDepartmentRequest, v1::Department,
                  departments_)
  FRONTDESK_SERVE(CreateVendor, v1::CreateVendorRequest, v1::Vendor, vendors_)
  FRONTDESK_SERVE(GetVendor, v1::GetVendorRequest, v1::Vendor, vendors_)
  FRONTDESK_SERVE(ListVendors, v1::ListVendorsRequest, v1::ListVendorsResponse,
                  vendors_)
  FRONTDESK_SERVE(UpdateVendor, v1::UpdateVendorRequest, v1::Vendor, vendors_)
  // Periodic resident callbacks (回访) [T-PERIODIC-RESIDENT-VISITS].
  FRONTDESK_SERVE(CreateResidentCallback, v1::CreateResidentCallbackRequest,
                  v1::ResidentCallback, resident_callbacks_)
  FRONTDESK_SERVE(ListResidentCallbacks, v1::ListResidentCallbacksRequest,
                  v1::ListResidentCallbacksResponse, resident_callbacks_)

 private:
  ServiceContext services_;
  SiteDesk sites_;
  StaffDesk staff_;
  ApprovalDesk approvals_;
  DepartmentDesk departments_;
  VendorDesk vendors_;
  ResidentCallbackDesk resident_callbacks_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_
