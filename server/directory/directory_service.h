// gRPC adapter of DirectoryService: authenticates, validates with
// directory_rules.h and calls the stores. No SQL here.
#ifndef FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_
#define FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_

#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "server/handler.h"

namespace frontdesk {

class DirectoryServiceImpl final : public v1::DirectoryService::Service {
 public:
  explicit DirectoryServiceImpl(ServiceContext services)
      : services_(services) {}

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

 private:
  ServiceContext services_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_DIRECTORY_SERVICE_H_
