// A desk owns a group of RPCs of one service (e.g. TicketService's intake:
// create, get, list, update, notes). Each RPC is a method
//
//   absl::Status Verb(const Call& call, const v1::VerbRequest& request,
//                     v1::Response* response);
//
// taking the authenticated caller (server/call.h) and the plain request, and
// working only through the injected services (server/services.h): its rules
// are plain functions (<service>_rules.h), its SQL is in db/. No gRPC type
// reaches a desk; the frame (server/handler.h) runs it for the adapter.
#ifndef FRONTDESK_SERVER_DESK_H_
#define FRONTDESK_SERVER_DESK_H_

#include "server/call.h"
#include "server/services.h"

namespace frontdesk {

class Desk {
 public:
  explicit Desk(ServiceContext services) : services_(services) {}

 protected:
  ServiceContext services_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DESK_H_
