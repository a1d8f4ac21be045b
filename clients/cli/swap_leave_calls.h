// Shared by swap_commands.cc and leave_commands.cc: one RosterService call
// (on stub_calls.h, the error printed on failure) and the paging options of
// their list commands. Generated gRPC headers and CLI11 are heavy: include
// this only from command files.
#ifndef FRONTDESK_CLIENTS_CLI_SWAP_LEAVE_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_SWAP_LEAVE_CALLS_H_

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/messages.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"

namespace frontdesk::cli {

template <typename Request, typename Response>
using RosterStubMethod = StubMethod<v1::RosterService::Stub, Request, Response>;

// True when the call succeeded; otherwise the error was printed.
template <typename Request, typename Response>
bool CallRoster(const Client& client,
                RosterStubMethod<Request, Response> method,
                const Request& request, Response* response) {
  return CallStub(client, method, request, response);
}

struct RosterPageOptions {
  int page_size = 0;
  std::string page_token;
  bool all_pages = false;
};

inline void AddRosterPageOptions(CLI::App* command,
                                 RosterPageOptions& options) {
  command
      ->add_option("--page-size", options.page_size,
                   "per page; 0 means the server's default (50)")
      ->check(CLI::Range(0, 1000));
  command->add_option("--page-token", options.page_token,
                      "continue from a previous page");
  command->add_flag("--all", options.all_pages,
                    "follow next_page_token to the last page");
}

// One page, or every page with --all; prints "more: ..." on stderr when a
// page was left.
template <typename Request, typename Response>
bool ListRosterPages(const Client& client,
                     RosterStubMethod<Request, Response> method,
                     const RosterPageOptions& page, Request request,
                     Response* response) {
  request.set_page_size(page.page_size);
  request.set_page_token(page.page_token);
  bool ok = page.all_pages ? CallAllPages(client, method, request, response)
                           : CallRoster(client, method, request, response);
  if (ok && !response->next_page_token().empty()) {
    std::cerr << Msg("more.items", {response->next_page_token()}) << "\n";
  }
  return ok;
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_SWAP_LEAVE_CALLS_H_
