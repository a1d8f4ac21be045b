// Assembles the gRPC server: the services over one database and clock, health
// checking, reflection, keepalive and message limits. frontdeskd's main()
// and in-process tests (with a FakeClock) build the very same server.
#ifndef FRONTDESK_SERVER_FRONTDESK_SERVER_H_
#define FRONTDESK_SERVER_FRONTDESK_SERVER_H_

#include <grpcpp/server.h>

#include <memory>
#include <string>

#include "common/clock.h"
#include "db/database.h"
#include "server/auth.h"
#include "server/directory/directory_service.h"
#include "server/handler.h"
#include "server/report/report_service.h"
#include "server/roster/roster_service.h"
#include "server/ticket/ticket_service.h"
#include "server/visitor/visitor_service.h"

namespace frontdesk {

class FrontdeskServer {
 public:
  // `threads` bounds the request threads (match the database pool).
  // `protector` holds the data key of the personal numbers. `report_db`,
  // when given, is where the reports read (a replica, --report-db).
  FrontdeskServer(db::Database& db, const Clock& clock,
                  const DataProtector& protector, int threads,
                  db::Database* report_db = nullptr);

  // Listens on `address` ("127.0.0.1:0" picks a free port). False when the
  // address cannot be bound (e.g. another process has it).
  bool Start(const std::string& address);
  int port() const { return port_; }
  grpc::Server* server() { return server_.get(); }

  // Every served service, and the whole server, SERVING or NOT_SERVING.
  void SetServing(bool serving);

  // Health NOT_SERVING, finish in-flight calls (up to `drain`), stop.
  void Shutdown(absl::Duration drain);

 private:
  Authenticator auth_;
  PageTokenSigner page_tokens_;
  ServiceContext services_;
  DirectoryServiceImpl directory_;
  ReportServiceImpl reports_;
  RosterServiceImpl roster_;
  TicketServiceImpl tickets_;
  VisitorServiceImpl visitors_;
  int threads_;
  int port_ = 0;
  std::unique_ptr<grpc::Server> server_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_FRONTDESK_SERVER_H_
