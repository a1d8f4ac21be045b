#include "clients/cli/client.h"

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <utility>

#include "clients/cli/messages.h"
#include "clients/cli/text.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace frontdesk::cli {
namespace {

std::string TokenFilePath() {
  if (const char* path = std::getenv("FRONTDESK_TOKEN_FILE"); path && *path) {
    return path;
  }
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.config/frontdesk/token";
}

// The canonical name of a gRPC status code, e.g. "INVALID_ARGUMENT".
const char* StatusCodeName(grpc::StatusCode code) {
  static constexpr const char* kNames[] = {
      // indexed by code number
      "OK",
      "CANCELLED",
      "UNKNOWN",
      "INVALID_ARGUMENT",
      "DEADLINE_EXCEEDED",
      "NOT_FOUND",
      "ALREADY_EXISTS",
      "PERMISSION_DENIED",
      "RESOURCE_EXHAUSTED",
      "FAILED_PRECONDITION",
      "ABORTED",
      "OUT_OF_RANGE",
      "UNIMPLEMENTED",
      "INTERNAL",
      "UNAVAILABLE",
      "DATA_LOSS",
      "UNAUTHENTICATED",
  };
  size_t index = static_cast<size_t>(code);
  return index < std::size(kNames) ? kNames[index] : "UNKNOWN";
}

}  // namespace

std::optional<std::string> ResolveToken(const std::string& flag_value) {
  std::string token = Trim(flag_value);
  if (!token.empty()) return token;
  std::ifstream file(TokenFilePath());
  if (!file) return std::nullopt;
  std::stringstream contents;
  contents << file.rdbuf();
  token = Trim(contents.str());
  if (token.empty()) return std::nullopt;
  return token;
}

Client::Client(const std::string& server, std::string token,
               double timeout_seconds)
    : server_(server),
      channel_(grpc::CreateChannel(server, grpc::InsecureChannelCredentials())),
      token_(std::move(token)),
      timeout_seconds_(timeout_seconds) {}

namespace {

grpc::Status RunWithDeadline(
    const Client& client,
    const std::function<grpc::Status(grpc::ClientContext*)>& rpc) {
  grpc::ClientContext context;
  context.set_deadline(
      std::chrono::system_clock::now() +
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::duration<double>(client.timeout_seconds())));
  client.Authorize(&context);
  return rpc(&context);
}

}  // namespace

bool Client::Call(
    const std::function<grpc::Status(grpc::ClientContext*)>& rpc) const {
  grpc::Status status = RunWithDeadline(*this, rpc);
  if (status.ok()) return true;
  PrintRpcError(status);
  return false;
}

bool Client::CallQuietly(
    const std::function<grpc::Status(grpc::ClientContext*)>& rpc) const {
  return RunWithDeadline(*this, rpc).ok();
}

void Client::Authorize(grpc::ClientContext* context) const {
  context->AddMetadata("authorization", "Bearer " + token_);
}

void PrintRpcError(const grpc::Status& status) {
  std::string reason;
  google::rpc::BadRequest bad_request;
  google::rpc::Status details;
  if (!status.error_details().empty() &&
      details.ParseFromString(status.error_details())) {
    for (const google::protobuf::Any& any : details.details()) {
      google::rpc::ErrorInfo info;
      google::rpc::BadRequest violations;
      if (any.UnpackTo(&info)) {
        reason = info.reason();
      } else if (any.UnpackTo(&violations)) {
        bad_request.MergeFrom(violations);
      }
    }
  }
  std::cerr << Msg("err.prefix") << StatusCodeName(status.error_code());
  if (!reason.empty()) std::cerr << " (" << reason << ")";
  std::cerr << ": " << status.error_message() << "\n";
  // Under zh, a Chinese line for the common reasons (the codes stay).
  const Message* human = FindMessage("reason." + reason);
  if (human == nullptr) {
    human = FindMessage(std::string("reason.") +
                        StatusCodeName(status.error_code()));
  }
  if (CliLang() == Lang::kZh && human != nullptr) {
    std::cerr << "  " << human->zh << "\n";
  }
  for (const auto& violation : bad_request.field_violations()) {
    std::cerr << "  " << violation.field() << ": " << violation.description()
              << "\n";
  }
}

}  // namespace frontdesk::cli
