// gRPC adapter of DirectoryService: authenticates (server/handler.h) and
// hands each call to the desk that owns it: SiteDesk (sites, units),
// StaffDesk (staff members, access tokens), DepartmentDesk, VendorDesk. No
// logic here.
#ifndef FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_
#define FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_

#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "server/directory/department_desk.h"
#include "server/directory/site_desk.h"
#include "server/directory/staff_desk.h"
#include "server/directory/vendor_desk.h"
#include "server/handler.h"

namespace frontdesk {

class DirectoryServiceImpl final : public v1::DirectoryService::Service {
 public:
  explicit DirectoryServiceImpl(ServiceContext services)
      : services_(services),
        sites_(services),
        staff_(services),
        departments_(services),
        vendors_(services) {}

  grpc::Status CreateSite(grpc::ServerContext* context,
                          const v1::CreateSiteRequest* request,
                          v1::Site* response) override;
  grpc::Status GetSite(grpc::ServerContext* context,
                       const v1::GetSiteRequest* request,
                       v1::Site* response) override;
  grpc::Status ListSites(grpc::ServerContext* context,
                         const v1::ListSitesRequest* request,
                         v1::ListSitesResponse* response) override;
  grpc::Status CreateUnit(grpc::ServerContext* context,
                          const v1::CreateUnitRequest* request,
                          v1::Unit* response) override;
  grpc::Status GetUnit(grpc::ServerContext* context,
                       const v1::GetUnitRequest* request,
                       v1::Unit* response) override;
  grpc::Status ListUnits(grpc::ServerContext* context,
                         const v1::ListUnitsRequest* request,
                         v1::ListUnitsResponse* response) override;
  grpc::Status CreateStaffMember(grpc::ServerContext* context,
                                 const v1::CreateStaffMemberRequest* request,
                                 v1::StaffMember* response) override;
  grpc::Status GetStaffMember(grpc::ServerContext* context,
                              const v1::GetStaffMemberRequest* request,
                              v1::StaffMember* response) override;
  grpc::Status ListStaffMembers(
      grpc::ServerContext* context, const v1::ListStaffMembersRequest* request,
      v1::ListStaffMembersResponse* response) override;
  grpc::Status CreateAccessToken(grpc::ServerContext* context,
                                 const v1::CreateAccessTokenRequest* request,
                                 v1::AccessToken* response) override;
  grpc::Status CreateDepartment(grpc::ServerContext* context,
                                const v1::CreateDepartmentRequest* request,
                                v1::Department* response) override;
  grpc::Status GetDepartment(grpc::ServerContext* context,
                             const v1::GetDepartmentRequest* request,
                             v1::Department* response) override;
  grpc::Status ListDepartments(grpc::ServerContext* context,
                               const v1::ListDepartmentsRequest* request,
                               v1::ListDepartmentsResponse* response) override;
  grpc::Status UpdateDepartment(grpc::ServerContext* context,
                                const v1::UpdateDepartmentRequest* request,
                                v1::Department* response) override;
  grpc::Status CreateVendor(grpc::ServerContext* context,
                            const v1::CreateVendorRequest* request,
                            v1::Vendor* response) override;
  grpc::Status GetVendor(grpc::ServerContext* context,
                         const v1::GetVendorRequest* request,
                         v1::Vendor* response) override;
  grpc::Status ListVendors(grpc::ServerContext* context,
                           const v1::ListVendorsRequest* request,
                           v1::ListVendorsResponse* response) override;
  grpc::Status UpdateVendor(grpc::ServerContext* context,
                            const v1::UpdateVendorRequest* request,
                            v1::Vendor* response) override;

 private:
  ServiceContext services_;
  SiteDesk sites_;
  StaffDesk staff_;
  DepartmentDesk departments_;
  VendorDesk vendors_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_
