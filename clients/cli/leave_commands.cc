// `frontdesk leave ...`: leave (请假) and reporting back (销假)
// [R-LEAVE-FLOW].
//
//   leave apply --site hx --type annual --from TIME --to TIME --reason TEXT
//               [--request-id ID]            (for yourself: --staff is you)
//   leave approve|reject|cancel|return LEAVE [--comment TEXT] [--etag E]
//               [--request-id ID]
//   leave list [--staff wang.li] [--site hx] [--status pending]
//              [--type sick] [--awaiting-return] [--page-size N]
//              [--page-token T] [--all]
//
// LEAVE is "staff/{staff}/leaveApplications/{id}". `leave list` shows, for
// pending leave, the shifts approving it would leave short (coverage gaps):
// assign a relief first.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/swap_leave_calls.h"

namespace frontdesk::cli {
namespace {

using v1::LeaveApplication;
using v1::RosterService;

constexpr const char* kLeaveHelp =
    "leave application, staff/{staff}/leaveApplications/{id}";

struct ApplyOptions {
  std::string staff;
  std::string site;
  std::string type;
  std::string from;
  std::string to;
  std::string reason;
  std::string request_id;
};

struct VerbOptions {
  std::string leave;
  std::string comment;
  std::string etag;
  std::string request_id;
};

struct ListOptions {
  std::string staff;
  std::string site;
  std::string status;
  std::string type;
  bool awaiting_return = false;
  RosterPageOptions page;
};

std::string StepsText(const LeaveApplication& l) {
  std::vector<std::string> steps;
  for (int i = 0; i < l.steps_size(); ++i) {
    const v1::ApprovalStep& s = l.steps(i);
    std::string text = EnumText(v1::StaffMember::Role_descriptor(), s.role());
    if (s.decision() != v1::ApprovalStep::DECISION_UNSPECIFIED) {
      absl::StrAppend(
          &text, " ",
          EnumText(v1::ApprovalStep::Decision_descriptor(), s.decision()),
          " by ", s.decided_by());
    } else if (i == l.current_step()) {
      absl::StrAppend(&text, " (pending)");
    }
    steps.push_back(text);
  }
  return absl::StrJoin(steps, ", ");
}

std::string GapsText(const LeaveApplication& l) {
  std::vector<std::string> gaps;
  for (const v1::CoverageGap& g : l.coverage_gaps()) {
    gaps.push_back(absl::StrCat(LastSegment(g.shift()), " ", g.working(), "→",
                                g.working_after(), "/", g.min_headcount()));
  }
  return absl::StrJoin(gaps, "; ");
}

std::string StatusWord(const LeaveApplication& l) {
  return EnumText(LeaveApplication::Status_descriptor(), l.status());
}

void PrintLeave(const LeaveApplication& l, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(l, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("name", l.name());
  kv.Add("site", l.site());
  kv.Add("type", EnumText(LeaveApplication::Type_descriptor(), l.type()));
  kv.Add("from", FormatLocalTime(l.start_time()));
  kv.Add("to", FormatLocalTime(l.end_time()));
  kv.Add("status", StatusWord(l));
  kv.Add("steps", StepsText(l));
  kv.Add("reason", l.reason());
  kv.AddIfSet("duties", absl::StrJoin(l.affected_assignments(), "\n"));
  kv.AddIfSet("coverage gaps", GapsText(l));
  if (l.has_return_time()) {
    kv.Add("reported back",
           FormatLocalTime(l.return_time()) + " by " + l.returned_by());
  }
  kv.Add("etag", l.etag());
  kv.Print(std::cout);
}

int Apply(const Client& client, OutputFormat format, const ApplyOptions& o) {
  v1::CreateLeaveApplicationRequest request;
  request.set_parent(StaffName(o.staff));
  request.set_request_id(o.request_id);
  LeaveApplication* l = request.mutable_leave_application();
  l->set_site(SiteName(o.site));
  l->set_type(static_cast<LeaveApplication::Type>(
      EnumNumber(LeaveApplication::Type_descriptor(), o.type)));
  *l->mutable_start_time() = TimeOf(o.from);
  *l->mutable_end_time() = TimeOf(o.to);
  l->set_reason(o.reason);
  LeaveApplication response;
  if (!CallRoster(client, &RosterService::Stub::CreateLeaveApplication, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintLeave(response, format);
  return kExitOk;
}

template <typename Req>
int Verb(const Client& client, OutputFormat format, const VerbOptions& o,
         RosterStubMethod<Req, LeaveApplication> method, Req request) {
  request.set_name(o.leave);
  request.set_etag(o.etag);
  request.set_request_id(o.request_id);
  LeaveApplication response;
  if (!CallRoster(client, method, request, &response)) return kExitRpcError;
  PrintLeave(response, format);
  return kExitOk;
}

int List(const Client& client, OutputFormat format, const ListOptions& o) {
  v1::ListLeaveApplicationsRequest request;
  request.set_parent(o.staff.empty() ? "staff/-" : StaffName(o.staff));
  FilterBuilder filter;
  if (!o.site.empty()) filter.AddText("site", "=", SiteName(o.site));
  if (!o.status.empty()) {
    filter.AddEnum(
        "status", "=",
        EnumFilterName(LeaveApplication::Status_descriptor(), o.status));
  }
  if (!o.type.empty()) {
    filter.AddEnum("type", "=",
                   EnumFilterName(LeaveApplication::Type_descriptor(), o.type));
  }
  if (o.awaiting_return) filter.AddEnum("awaiting_return", "=", "true");
  request.set_filter(filter.Build());
  v1::ListLeaveApplicationsResponse response;
  if (!ListRosterPages(client, &RosterService::Stub::ListLeaveApplications,
                       o.page, request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
    return kExitOk;
  }
  if (response.leave_applications().empty()) {
    std::cerr << Msg("none.leave") << "\n";
    return kExitOk;
  }
  Table table(
      {"LEAVE", "TYPE", "FROM", "TO", "STATUS", "STEPS", "COVERAGE GAPS"});
  for (const LeaveApplication& l : response.leave_applications()) {
    table.AddRow({l.name(),
                  EnumText(LeaveApplication::Type_descriptor(), l.type()),
                  FormatLocalTime(l.start_time()),
                  FormatLocalTime(l.end_time()), StatusWord(l), StepsText(l),
                  l.coverage_gaps().empty() ? "-" : GapsText(l)});
  }
  table.Print(std::cout);
  return kExitOk;
}

void AddVerbOptions(CLI::App* command, VerbOptions& o, const char* comment) {
  command->add_option("leave", o.leave, kLeaveHelp)->required();
  if (comment != nullptr) command->add_option("--comment", o.comment, comment);
  command->add_option("--etag", o.etag, kEtagHelp);
  command->add_option("--request-id", o.request_id, kRequestIdHelp);
}

}  // namespace

void AddLeaveCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "leave", "leave (请假): apply, approve, report back (销假), list");
  group->require_subcommand(1);

  auto apply_options = std::make_shared<ApplyOptions>();
  CLI::App* apply = group->add_subcommand("apply", "apply for leave");
  apply
      ->add_option("--staff", apply_options->staff,
                   "your own staff id, e.g. wang.li")
      ->required();
  apply->add_option("--site", apply_options->site, "site id, e.g. hx")
      ->required();
  CheckEnumWord(
      apply->add_option("--type", apply_options->type, "e.g. annual, sick")
          ->required(),
      LeaveApplication::Type_descriptor());
  apply->add_option("--from", apply_options->from, kTimeHelp)
      ->required()
      ->check(TimeWord());
  apply->add_option("--to", apply_options->to, kTimeHelp)
      ->required()
      ->check(TimeWord());
  apply->add_option("--reason", apply_options->reason, "why, 1..500")
      ->required();
  apply->add_option("--request-id", apply_options->request_id, kRequestIdHelp);
  RunOnParse(apply, context,
             [apply_options](const Client& client, OutputFormat format) {
               return Apply(client, format, *apply_options);
             });

  auto approve_options = std::make_shared<VerbOptions>();
  CLI::App* approve = group->add_subcommand(
      "approve", "approve the pending step (COVERAGE_GAP until a relief)");
  AddVerbOptions(approve, *approve_options, "optional remark");
  RunOnParse(approve, context,
             [approve_options](const Client& client, OutputFormat format) {
               v1::ApproveLeaveApplicationRequest req;
               req.set_comment(approve_options->comment);
               return Verb(client, format, *approve_options,
                           &RosterService::Stub::ApproveLeaveApplication, req);
             });

  auto reject_options = std::make_shared<VerbOptions>();
  CLI::App* reject =
      group->add_subcommand("reject", "reject at the pending step");
  AddVerbOptions(reject, *reject_options, "why, 1..500 (required)");
  reject->get_option("--comment")->required();
  RunOnParse(reject, context,
             [reject_options](const Client& client, OutputFormat format) {
               v1::RejectLeaveApplicationRequest req;
               req.set_comment(reject_options->comment);
               return Verb(client, format, *reject_options,
                           &RosterService::Stub::RejectLeaveApplication, req);
             });

  auto cancel_options = std::make_shared<VerbOptions>();
  CLI::App* cancel = group->add_subcommand(
      "cancel", "withdraw your leave (pending, or approved before it starts)");
  AddVerbOptions(cancel, *cancel_options, nullptr);
  RunOnParse(cancel, context,
             [cancel_options](const Client& client, OutputFormat format) {
               return Verb(client, format, *cancel_options,
                           &RosterService::Stub::CancelLeaveApplication,
                           v1::CancelLeaveApplicationRequest());
             });

  auto return_options = std::make_shared<VerbOptions>();
  CLI::App* back = group->add_subcommand(
      "return", "report back from leave (销假), now by the server's clock");
  AddVerbOptions(back, *return_options, nullptr);
  RunOnParse(back, context,
             [return_options](const Client& client, OutputFormat format) {
               return Verb(client, format, *return_options,
                           &RosterService::Stub::ReturnFromLeave,
                           v1::ReturnFromLeaveRequest());
             });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand(
      "list", "leave you may see, with the coverage gaps of pending leave");
  list->add_option("--staff", list_options->staff,
                   "one person's, e.g. wang.li; default everyone you may see");
  list->add_option("--site", list_options->site, "site id, e.g. hx");
  CheckEnumWord(
      list->add_option("--status", list_options->status, "e.g. pending"),
      LeaveApplication::Status_descriptor());
  CheckEnumWord(list->add_option("--type", list_options->type, "e.g. sick"),
                LeaveApplication::Type_descriptor());
  list->add_flag("--awaiting-return", list_options->awaiting_return,
                 "approved leave that ended without a report back");
  AddRosterPageOptions(list, list_options->page);
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return List(client, format, *list_options);
             });
}

}  // namespace frontdesk::cli
