// `frontdesk swap ...`: shift swaps (换班) [R-SWAP-APPROVED].
//
//   swap request --site hx --assignment A --counterpart li.na
//                [--their-assignment B] --reason TEXT [--request-id ID]
//   swap agree|decline|approve|reject|cancel SWAP [--site hx]
//                [--comment TEXT] [--etag E] [--request-id ID]
//   swap list [--site hx] [--status agreed] [--party li.na]
//             [--month 2026-11] [--page-size N] [--page-token T] [--all]
//
// A is the requester's own duty assignment,
// "sites/hx/shifts/20261201-day/assignments/7"; B the counterpart's they
// give in return (none: they cover). SWAP is "sites/hx/shiftSwaps/3", or
// "3" with --site hx. decline and approve take an optional --comment,
// reject requires one.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/swap_leave_calls.h"
#include "clients/cli/visitor_input.h"

namespace frontdesk::cli {
namespace {

using v1::RosterService;
using v1::ShiftSwap;

constexpr const char* kSwapHelp =
    "swap name sites/{site}/shiftSwaps/{id}, or its id with --site";

struct RequestOptions {
  std::string site;
  std::string assignment;
  std::string counterpart;
  std::string their_assignment;
  std::string reason;
  std::string request_id;
};

struct VerbOptions {
  std::string swap;
  std::string site;
  std::string comment;
  std::string etag;
  std::string request_id;
};

struct ListOptions {
  std::string site;
  std::string status;
  std::string party;
  std::string month;
  RosterPageOptions page;
};

std::string StatusWord(const ShiftSwap& s) {
  return EnumText(ShiftSwap::Status_descriptor(), s.status());
}

void PrintSwap(const ShiftSwap& s, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(s, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("name", s.name());
  kv.Add("status", StatusWord(s));
  kv.Add("requester", s.requester());
  kv.Add("gives", s.requester_assignment());
  kv.Add("counterpart", s.counterpart());
  kv.Add("takes in return", s.counterpart_assignment().empty()
                                ? "(none: covers)"
                                : s.counterpart_assignment());
  kv.Add("reason", s.reason());
  if (s.has_agree_time()) kv.Add("agreed", FormatLocalTime(s.agree_time()));
  kv.AddIfSet("decided by", s.decided_by());
  if (s.has_decide_time()) kv.Add("decided", FormatLocalTime(s.decide_time()));
  kv.AddIfSet("comment", s.decision_comment());
  kv.Add("created", FormatLocalTime(s.create_time()));
  kv.Add("etag", s.etag());
  kv.Print(std::cout);
}

int Request(const Client& client, OutputFormat format,
            const RequestOptions& o) {
  v1::CreateShiftSwapRequest request;
  request.set_parent(SiteName(o.site));
  request.set_request_id(o.request_id);
  ShiftSwap* s = request.mutable_shift_swap();
  s->set_requester_assignment(o.assignment);
  s->set_counterpart(StaffName(o.counterpart));
  s->set_counterpart_assignment(o.their_assignment);
  s->set_reason(o.reason);
  ShiftSwap response;
  if (!CallRoster(client, &RosterService::Stub::CreateShiftSwap, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintSwap(response, format);
  return kExitOk;
}

// The verbs on a swap, one request type each.
template <typename Req>
int Verb(const Client& client, OutputFormat format, const VerbOptions& o,
         RosterStubMethod<Req, ShiftSwap> method, Req request) {
  request.set_name(SiteChildName(o.site, "shiftSwaps", o.swap, "swap"));
  request.set_etag(o.etag);
  request.set_request_id(o.request_id);
  ShiftSwap response;
  if (!CallRoster(client, method, request, &response)) return kExitRpcError;
  PrintSwap(response, format);
  return kExitOk;
}

int List(const Client& client, OutputFormat format, const ListOptions& o) {
  v1::ListShiftSwapsRequest request;
  request.set_parent(SiteNameOrAll(o.site));
  FilterBuilder filter;
  if (!o.status.empty()) {
    filter.AddEnum("status", "=",
                   EnumFilterName(ShiftSwap::Status_descriptor(), o.status));
  }
  if (!o.party.empty()) filter.AddText("party", "=", StaffName(o.party));
  filter.AddText("month", "=", o.month);
  request.set_filter(filter.Build());
  v1::ListShiftSwapsResponse response;
  if (!ListRosterPages(client, &RosterService::Stub::ListShiftSwaps, o.page,
                       request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
    return kExitOk;
  }
  if (response.shift_swaps().empty()) {
    std::cerr << Msg("none.swaps") << "\n";
    return kExitOk;
  }
  Table table({"SWAP", "STATUS", "REQUESTER", "GIVES", "COUNTERPART", "TAKES",
               "CREATED"});
  for (const ShiftSwap& s : response.shift_swaps()) {
    table.AddRow(
        {s.name(), StatusWord(s), s.requester(), s.requester_assignment(),
         s.counterpart(),
         s.counterpart_assignment().empty() ? "-" : s.counterpart_assignment(),
         FormatLocalTime(s.create_time())});
  }
  table.Print(std::cout);
  return kExitOk;
}

void AddVerbOptions(CLI::App* command, VerbOptions& o, const char* comment) {
  command->add_option("swap", o.swap, kSwapHelp)->required();
  command->add_option("--site", o.site, "site id, when SWAP is only the id");
  if (comment != nullptr) command->add_option("--comment", o.comment, comment);
  command->add_option("--etag", o.etag, kEtagHelp);
  command->add_option("--request-id", o.request_id, kRequestIdHelp);
}

}  // namespace

void AddSwapCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "swap", "shift swaps (换班): request, agree, approve, list");
  group->require_subcommand(1);

  auto request_options = std::make_shared<RequestOptions>();
  CLI::App* request =
      group->add_subcommand("request", "propose to give a duty of yours away");
  request->add_option("--site", request_options->site, "site id, e.g. hx")
      ->required();
  request
      ->add_option("--assignment", request_options->assignment,
                   "your duty assignment to give away, "
                   "sites/{site}/shifts/{yyyymmdd}-{def}/assignments/{id}")
      ->required();
  request
      ->add_option("--counterpart", request_options->counterpart,
                   "who takes it, e.g. li.na")
      ->required();
  request->add_option("--their-assignment", request_options->their_assignment,
                      "their duty you take in return (还班); none: they cover");
  request->add_option("--reason", request_options->reason, "why, 1..500")
      ->required();
  request->add_option("--request-id", request_options->request_id,
                      kRequestIdHelp);
  RunOnParse(request, context,
             [request_options](const Client& client, OutputFormat format) {
               return Request(client, format, *request_options);
             });

  auto agree_options = std::make_shared<VerbOptions>();
  CLI::App* agree =
      group->add_subcommand("agree", "the counterpart agrees to the swap");
  AddVerbOptions(agree, *agree_options, nullptr);
  RunOnParse(agree, context,
             [agree_options](const Client& client, OutputFormat format) {
               return Verb(client, format, *agree_options,
                           &RosterService::Stub::AgreeShiftSwap,
                           v1::AgreeShiftSwapRequest());
             });

  auto decline_options = std::make_shared<VerbOptions>();
  CLI::App* decline =
      group->add_subcommand("decline", "the counterpart declines the swap");
  AddVerbOptions(decline, *decline_options, "why, at most 500");
  RunOnParse(decline, context,
             [decline_options](const Client& client, OutputFormat format) {
               v1::DeclineShiftSwapRequest req;
               req.set_comment(decline_options->comment);
               return Verb(client, format, *decline_options,
                           &RosterService::Stub::DeclineShiftSwap, req);
             });

  auto approve_options = std::make_shared<VerbOptions>();
  CLI::App* approve = group->add_subcommand(
      "approve", "a supervisor or manager approves: the duties change hands");
  AddVerbOptions(approve, *approve_options, "optional remark");
  RunOnParse(approve, context,
             [approve_options](const Client& client, OutputFormat format) {
               v1::ApproveShiftSwapRequest req;
               req.set_comment(approve_options->comment);
               return Verb(client, format, *approve_options,
                           &RosterService::Stub::ApproveShiftSwap, req);
             });

  auto reject_options = std::make_shared<VerbOptions>();
  CLI::App* reject = group->add_subcommand(
      "reject", "a supervisor or manager refuses the swap");
  AddVerbOptions(reject, *reject_options, "why, 1..500 (required)");
  reject->get_option("--comment")->required();
  RunOnParse(reject, context,
             [reject_options](const Client& client, OutputFormat format) {
               v1::RejectShiftSwapRequest req;
               req.set_comment(reject_options->comment);
               return Verb(client, format, *reject_options,
                           &RosterService::Stub::RejectShiftSwap, req);
             });

  auto cancel_options = std::make_shared<VerbOptions>();
  CLI::App* cancel =
      group->add_subcommand("cancel", "the requester withdraws the swap");
  AddVerbOptions(cancel, *cancel_options, nullptr);
  RunOnParse(cancel, context,
             [cancel_options](const Client& client, OutputFormat format) {
               return Verb(client, format, *cancel_options,
                           &RosterService::Stub::CancelShiftSwap,
                           v1::CancelShiftSwapRequest());
             });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand(
      "list", "swaps you are a party to, and your sites' if you supervise");
  list->add_option("--site", list_options->site, "site id; default all");
  CheckEnumWord(list->add_option("--status", list_options->status,
                                 "e.g. agreed (awaiting approval)"),
                ShiftSwap::Status_descriptor());
  list->add_option("--party", list_options->party, "staff id, e.g. li.na");
  list->add_option("--month", list_options->month,
                   "of the earliest shift, YYYY-MM");
  AddRosterPageOptions(list, list_options->page);
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return List(client, format, *list_options);
             });
}

}  // namespace frontdesk::cli
