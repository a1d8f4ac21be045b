// The connection to frontdeskd shared by every command.
//
// Client::Call() runs one RPC with the --timeout deadline and the
// "authorization: Bearer <token>" metadata. On failure it prints
//   error: CODE (REASON): message
//     field: description          (one line per google.rpc.BadRequest entry)
// to stderr, decoded from the google.rpc.Status in the error details, and
// returns false; the caller then exits with kExitRpcError.
//
// This header forward-declares gRPC types so main.cc can build a Client
// without compiling gRPC headers.
#ifndef FRONTDESK_CLIENTS_CLI_CLIENT_H_
#define FRONTDESK_CLIENTS_CLI_CLIENT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace grpc {
class ChannelInterface;
class ClientContext;
class Status;
}  // namespace grpc

namespace frontdesk::cli {

// The token to send: `flag_value` (from --token or FRONTDESK_TOKEN) when not
// blank, else the contents of the file named by FRONTDESK_TOKEN_FILE
// (default ~/.config/frontdesk/token); surrounding whitespace trimmed.
// nullopt when there is none.
std::optional<std::string> ResolveToken(const std::string& flag_value);

class Client {
 public:
  Client(const std::string& server, std::string token, double timeout_seconds);

  // For creating stubs.
  const std::shared_ptr<grpc::ChannelInterface>& channel() const {
    return channel_;
  }

  // Runs `rpc` with a prepared context; see the file comment.
  bool Call(const std::function<grpc::Status(grpc::ClientContext*)>& rpc) const;
  // The same, printing nothing: false on any failure.
  bool CallQuietly(
      const std::function<grpc::Status(grpc::ClientContext*)>& rpc) const;

  // For calls that manage their own context and deadline (streams): adds
  // the authorization metadata.
  void Authorize(grpc::ClientContext* context) const;

  const std::string& server() const { return server_; }
  // The --timeout of each RPC.
  double timeout_seconds() const { return timeout_seconds_; }

 private:
  std::string server_;
  std::shared_ptr<grpc::ChannelInterface> channel_;
  std::string token_;
  double timeout_seconds_;
};

// Prints `status` to stderr in the format described above.
void PrintRpcError(const grpc::Status& status);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_CLIENT_H_
