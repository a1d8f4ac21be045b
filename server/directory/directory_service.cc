// One Serve() line per DirectoryService RPC (see directory_service.h).
#include "server/directory/directory_service.h"

namespace frontdesk {

grpc::Status DirectoryServiceImpl::CreateSite(
    grpc::ServerContext* context, const v1::CreateSiteRequest* request,
    v1::Site* response) {
  return Serve(services_, context, "CreateSite", sites_, &SiteDesk::CreateSite,
               request, response);
}

grpc::Status DirectoryServiceImpl::GetSite(grpc::ServerContext* context,
                                           const v1::GetSiteRequest* request,
                                           v1::Site* response) {
  return Serve(services_, context, "GetSite", sites_, &SiteDesk::GetSite,
               request, response);
}

grpc::Status DirectoryServiceImpl::ListSites(
    grpc::ServerContext* context, const v1::ListSitesRequest* request,
    v1::ListSitesResponse* response) {
  return Serve(services_, context, "ListSites", sites_, &SiteDesk::ListSites,
               request, response);
}

grpc::Status DirectoryServiceImpl::CreateUnit(
    grpc::ServerContext* context, const v1::CreateUnitRequest* request,
    v1::Unit* response) {
  return Serve(services_, context, "CreateUnit", sites_, &SiteDesk::CreateUnit,
               request, response);
}

grpc::Status DirectoryServiceImpl::GetUnit(grpc::ServerContext* context,
                                           const v1::GetUnitRequest* request,
                                           v1::Unit* response) {
  return Serve(services_, context, "GetUnit", sites_, &SiteDesk::GetUnit,
               request, response);
}

grpc::Status DirectoryServiceImpl::ListUnits(
    grpc::ServerContext* context, const v1::ListUnitsRequest* request,
    v1::ListUnitsResponse* response) {
  return Serve(services_, context, "ListUnits", sites_, &SiteDesk::ListUnits,
               request, response);
}

grpc::Status DirectoryServiceImpl::CreateStaffMember(
    grpc::ServerContext* context, const v1::CreateStaffMemberRequest* request,
    v1::StaffMember* response) {
  return Serve(services_, context, "CreateStaffMember", staff_,
               &StaffDesk::CreateStaffMember, request, response);
}

grpc::Status DirectoryServiceImpl::GetStaffMember(
    grpc::ServerContext* context, const v1::GetStaffMemberRequest* request,
    v1::StaffMember* response) {
  return Serve(services_, context, "GetStaffMember", staff_,
               &StaffDesk::GetStaffMember, request, response);
}

grpc::Status DirectoryServiceImpl::ListStaffMembers(
    grpc::ServerContext* context, const v1::ListStaffMembersRequest* request,
    v1::ListStaffMembersResponse* response) {
  return Serve(services_, context, "ListStaffMembers", staff_,
               &StaffDesk::ListStaffMembers, request, response);
}

grpc::Status DirectoryServiceImpl::CreateAccessToken(
    grpc::ServerContext* context, const v1::CreateAccessTokenRequest* request,
    v1::AccessToken* response) {
  return Serve(services_, context, "CreateAccessToken", staff_,
               &StaffDesk::CreateAccessToken, request, response);
}

grpc::Status DirectoryServiceImpl::CreateDepartment(
    grpc::ServerContext* context, const v1::CreateDepartmentRequest* request,
    v1::Department* response) {
  return Serve(services_, context, "CreateDepartment", departments_,
               &DepartmentDesk::CreateDepartment, request, response);
}

grpc::Status DirectoryServiceImpl::GetDepartment(
    grpc::ServerContext* context, const v1::GetDepartmentRequest* request,
    v1::Department* response) {
  return Serve(services_, context, "GetDepartment", departments_,
               &DepartmentDesk::GetDepartment, request, response);
}

grpc::Status DirectoryServiceImpl::ListDepartments(
    grpc::ServerContext* context, const v1::ListDepartmentsRequest* request,
    v1::ListDepartmentsResponse* response) {
  return Serve(services_, context, "ListDepartments", departments_,
               &DepartmentDesk::ListDepartments, request, response);
}

grpc::Status DirectoryServiceImpl::UpdateDepartment(
    grpc::ServerContext* context, const v1::UpdateDepartmentRequest* request,
    v1::Department* response) {
  return Serve(services_, context, "UpdateDepartment", departments_,
               &DepartmentDesk::UpdateDepartment, request, response);
}

grpc::Status DirectoryServiceImpl::CreateVendor(
    grpc::ServerContext* context, const v1::CreateVendorRequest* request,
    v1::Vendor* response) {
  return Serve(services_, context, "CreateVendor", vendors_,
               &VendorDesk::CreateVendor, request, response);
}

grpc::Status DirectoryServiceImpl::GetVendor(
    grpc::ServerContext* context, const v1::GetVendorRequest* request,
    v1::Vendor* response) {
  return Serve(services_, context, "GetVendor", vendors_,
               &VendorDesk::GetVendor, request, response);
}

grpc::Status DirectoryServiceImpl::ListVendors(
    grpc::ServerContext* context, const v1::ListVendorsRequest* request,
    v1::ListVendorsResponse* response) {
  return Serve(services_, context, "ListVendors", vendors_,
               &VendorDesk::ListVendors, request, response);
}

grpc::Status DirectoryServiceImpl::UpdateVendor(
    grpc::ServerContext* context, const v1::UpdateVendorRequest* request,
    v1::Vendor* response) {
  return Serve(services_, context, "UpdateVendor", vendors_,
               &VendorDesk::UpdateVendor, request, response);
}

}  // namespace frontdesk
