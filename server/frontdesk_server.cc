#include "server/frontdesk_server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include <chrono>

namespace frontdesk {
namespace {

constexpr const char* kServices[] = {
    "frontdesk.v1.DirectoryService", "frontdesk.v1.ReportService",
    "frontdesk.v1.RosterService", "frontdesk.v1.TicketService",
    "frontdesk.v1.VisitorService"};

}  // namespace

FrontdeskServer::FrontdeskServer(db::Database& db, const Clock& clock,
                                 const DataProtector& protector, int threads,
                                 db::Database* report_db)
    : auth_(db, clock),
      page_tokens_(protector.DeriveKey(kPageTokenKeyPurpose)),
      services_{db, clock, auth_, protector, page_tokens_, report_db},
      directory_(services_),
      reports_(services_),
      roster_(services_),
      tickets_(services_),
      visitors_(services_),
      threads_(threads) {}

bool FrontdeskServer::Start(const std::string& address) {
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &port_);
  builder.RegisterService(&directory_);
  builder.RegisterService(&reports_);
  builder.RegisterService(&roster_);
  builder.RegisterService(&tickets_);
  builder.RegisterService(&visitors_);
  builder.SetMaxReceiveMessageSize(4 * 1024 * 1024);
  builder.SetMaxSendMessageSize(16 * 1024 * 1024);
  // gRPC sets SO_REUSEPORT by default: a second frontdeskd on the same
  // address would start "successfully" and the kernel would split
  // connections between the two (possibly on different databases). Refuse.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 60 * 1000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20 * 1000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  builder.AddChannelArgument(
      GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10 * 1000);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 0);
  // Sync server: each call holds a thread for its database work. Calls beyond
  // the session pool wait in db::Database for a free session, so the thread
  // cap leaves room for a queue of waiting calls: gRPC answers a call that
  // finds no thread with RESOURCE_EXHAUSTED at once, and a cap of just the
  // pool size turned an ordinary burst (20 desks at once) into errors.
  builder.SetSyncServerOption(
      grpc::ServerBuilder::SyncServerOption::MAX_POLLERS, 2);
  constexpr int kMaxQueuedCalls = 128;
  grpc::ResourceQuota quota("frontdeskd");
  quota.SetMaxThreads(threads_ + 4 + kMaxQueuedCalls);
  builder.SetResourceQuota(quota);
  server_ = builder.BuildAndStart();
  if (!server_ || port_ == 0) {
    server_.reset();
    return false;
  }
  SetServing(true);
  return true;
}

void FrontdeskServer::SetServing(bool serving) {
  auto* health = server_->GetHealthCheckService();
  health->SetServingStatus(serving);
  for (const char* s : kServices) health->SetServingStatus(s, serving);
}

void FrontdeskServer::Shutdown(absl::Duration drain) {
  if (!server_) return;
  server_->GetHealthCheckService()->Shutdown();
  tickets_.StopWatches();  // streams that would otherwise run to the drain
  server_->Shutdown(std::chrono::system_clock::now() +
                    absl::ToChronoMilliseconds(drain));
  server_->Wait();
}

}  // namespace frontdesk
