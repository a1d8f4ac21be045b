// Shared by the roster's command files (roster_commands.cc,
// calendar_commands.cc, ...): one RosterService call (on stub_calls.h) that
// also prints the ErrorInfo metadata a roster refusal carries (which shift
// would open a gap, who is at the swap limit), and the shift and assignment
// names a command takes. Generated gRPC headers and CLI11 are heavy:
// include this only from command files.
#ifndef FRONTDESK_CLIENTS_CLI_ROSTER_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_ROSTER_CALLS_H_

#include <grpcpp/grpcpp.h>

#include <iostream>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace frontdesk::cli {

template <typename Request, typename Response>
using RosterStubMethod = StubMethod<v1::RosterService::Stub, Request, Response>;

// After Client::Call() printed an error: every ErrorInfo metadata entry but
// the rule, one "  key: value" line each on stderr, e.g.
//   shift: 20261123-night
//   short_by: 1
inline void PrintRosterErrorMetadata(const grpc::Status& status) {
  google::rpc::Status details;
  if (status.ok() || status.error_details().empty() ||
      !details.ParseFromString(status.error_details())) {
    return;
  }
  for (const google::protobuf::Any& any : details.details()) {
    google::rpc::ErrorInfo info;
    if (!any.UnpackTo(&info)) continue;
    for (const auto& [key, value] : info.metadata()) {
      if (key == "rule" || key == "method") continue;
      std::cerr << "  " << key << ": " << value << "\n";
    }
  }
}

// True when the call succeeded; otherwise the error was printed.
template <typename Request, typename Response>
bool CallRoster(const Client& client,
                RosterStubMethod<Request, Response> method,
                const Request& request, Response* response) {
  grpc::Status status;
  bool ok = CallStub(client, method, request, response, nullptr, &status);
  if (!ok) PrintRosterErrorMetadata(status);
  return ok;
}

// "sites/{site}/shifts/{yyyymmdd}-{definition}" from a full name, or from
// "20261123-night" with the site. Throws UsageError when neither works.
inline std::string ShiftNameOf(const std::string& site,
                               const std::string& shift) {
  if (shift.rfind("sites/", 0) == 0) return shift;
  if (site.empty()) {
    throw UsageError(Msg("usage.shift_form"));
  }
  return SiteName(site) + "/shifts/" + shift;
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_ROSTER_CALLS_H_
