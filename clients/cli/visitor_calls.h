// Shared by the visitor register's command files (visitor_commands.cc,
// visitor_record_commands.cc, watchlist_commands.cc, pass_commands.cc,
// key_commands.cc): one VisitorService call (on stub_calls.h) with the
// refusal or watchlist entry an error names, and the paging of list
// commands. Generated gRPC headers and CLI11 are heavy: include this only
// from command files.
#ifndef FRONTDESK_CLIENTS_CLI_VISITOR_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_VISITOR_CALLS_H_

#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/messages.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/visitor_input.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace frontdesk::cli {

// After Client::Call() printed an error: the ErrorInfo metadata the visitor
// register adds, one "  key: value" line each on stderr, e.g.
//   refusal: sites/hx/refusals/3
//   watchlist_entry: sites/hx/watchlistEntries/1
inline void PrintErrorMetadata(const grpc::Status& status) {
  google::rpc::Status details;
  if (status.ok() || status.error_details().empty() ||
      !details.ParseFromString(status.error_details())) {
    return;
  }
  for (const google::protobuf::Any& any : details.details()) {
    google::rpc::ErrorInfo info;
    if (!any.UnpackTo(&info)) continue;
    for (const char* key : {"refusal", "watchlist_entry"}) {
      auto it = info.metadata().find(key);
      if (it != info.metadata().end()) {
        std::cerr << "  " << key << ": " << it->second << "\n";
      }
    }
  }
}

template <typename Request, typename Response>
using VisitorStubMethod =
    StubMethod<v1::VisitorService::Stub, Request, Response>;

// True when the call succeeded; otherwise the error (with the refusal or
// watchlist entry it names) was printed.
template <typename Request, typename Response>
bool CallVisitors(const Client& client,
                  VisitorStubMethod<Request, Response> method,
                  const Request& request, Response* response) {
  grpc::Status status;
  bool ok = CallStub(client, method, request, response, nullptr, &status);
  if (!ok) PrintErrorMetadata(status);
  return ok;
}

// Every page of a VisitorService list call into `*all`.
template <typename Request, typename Response>
bool CallVisitorsAllPages(const Client& client,
                          VisitorStubMethod<Request, Response> method,
                          Request request, Response* all) {
  do {
    Response page;
    if (!CallVisitors(client, method, request, &page)) return false;
    request.set_page_token(page.next_page_token());
    page.clear_next_page_token();
    all->MergeFrom(page);
  } while (!request.page_token().empty());
  return true;
}

// Paging options of every list command.
struct PageOptions {
  int page_size = 0;
  std::string page_token;
  bool all_pages = false;
};

inline void AddPageOptions(CLI::App* command, PageOptions& options) {
  command
      ->add_option("--page-size", options.page_size,
                   "per page; 0 means the server's default (50)")
      ->check(CLI::Range(0, 1000));
  command->add_option("--page-token", options.page_token,
                      "continue from a previous page");
  command->add_flag("--all", options.all_pages,
                    "follow next_page_token to the last page");
}

// Fetches one page, or every page with --all; prints "more ...: add
// --page-token" on stderr when a page was left.
template <typename Request, typename Response>
bool ListPages(const Client& client,
               VisitorStubMethod<Request, Response> method,
               const PageOptions& page, Request request, Response* response) {
  request.set_page_size(page.page_size);
  request.set_page_token(page.page_token);
  bool ok = page.all_pages
                ? CallVisitorsAllPages(client, method, request, response)
                : CallVisitors(client, method, request, response);
  if (ok && !response->next_page_token().empty()) {
    std::cerr << Msg("more.items", {response->next_page_token()}) << "\n";
  }
  return ok;
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_VISITOR_CALLS_H_
