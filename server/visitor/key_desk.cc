#include "server/visitor/key_desk.h"

namespace frontdesk {

absl::Status KeyDesk::CreateKey(const Principal&, const grpc::ServerContext&,
                                const v1::CreateKeyRequest&, v1::Key*) {
  return absl::UnimplementedError("CreateKey is not implemented yet");
}

absl::Status KeyDesk::GetKey(const Principal&, const grpc::ServerContext&,
                             const v1::GetKeyRequest&, v1::Key*) {
  return absl::UnimplementedError("GetKey is not implemented yet");
}

absl::Status KeyDesk::ListKeys(const Principal&, const grpc::ServerContext&,
                               const v1::ListKeysRequest&,
                               v1::ListKeysResponse*) {
  return absl::UnimplementedError("ListKeys is not implemented yet");
}

absl::Status KeyDesk::UpdateKey(const Principal&, const grpc::ServerContext&,
                                const v1::UpdateKeyRequest&, v1::Key*) {
  return absl::UnimplementedError("UpdateKey is not implemented yet");
}

absl::Status KeyDesk::LendKey(const Principal&, const grpc::ServerContext&,
                              const v1::LendKeyRequest&, v1::Key*) {
  return absl::UnimplementedError("LendKey is not implemented yet");
}

absl::Status KeyDesk::ReturnKey(const Principal&, const grpc::ServerContext&,
                                const v1::ReturnKeyRequest&, v1::Key*) {
  return absl::UnimplementedError("ReturnKey is not implemented yet");
}

absl::Status KeyDesk::RetireKey(const Principal&, const grpc::ServerContext&,
                                const v1::RetireKeyRequest&, v1::Key*) {
  return absl::UnimplementedError("RetireKey is not implemented yet");
}

absl::Status KeyDesk::ListKeyEvents(const Principal&,
                                    const grpc::ServerContext&,
                                    const v1::ListKeyEventsRequest&,
                                    v1::ListKeyEventsResponse*) {
  return absl::UnimplementedError("ListKeyEvents is not implemented yet");
}

}  // namespace frontdesk
