// Key custody: the key register, loans, returns, retirements and each key's
// history. Logic of VisitorService (visitor_service.proto states each rule);
// the gRPC wiring is visitor_service.cc. Each method authorises `who`,
// validates, and runs its reads and writes on the injected database and clock.
#ifndef FRONTDESK_SERVER_VISITOR_KEY_DESK_H_
#define FRONTDESK_SERVER_VISITOR_KEY_DESK_H_

#include "absl/status/status.h"
#include "common/principal.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class KeyDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateKey(const Call& call, const v1::CreateKeyRequest& request,
                         v1::Key* response);
  absl::Status GetKey(const Call& call, const v1::GetKeyRequest& request,
                      v1::Key* response);
  absl::Status ListKeys(const Call& call, const v1::ListKeysRequest& request,
                        v1::ListKeysResponse* response);
  absl::Status UpdateKey(const Call& call, const v1::UpdateKeyRequest& request,
                         v1::Key* response);
  absl::Status LendKey(const Call& call, const v1::LendKeyRequest& request,
                       v1::Key* response);
  absl::Status ReturnKey(const Call& call, const v1::ReturnKeyRequest& request,
                         v1::Key* response);
  absl::Status RetireKey(const Call& call, const v1::RetireKeyRequest& request,
                         v1::Key* response);
  absl::Status ListKeyEvents(const Call& call,
                             const v1::ListKeyEventsRequest& request,
                             v1::ListKeyEventsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_KEY_DESK_H_
