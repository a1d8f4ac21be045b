// `frontdesk approval ...`: approvals [ACL-APPROVAL-BY-APPROVER], an
// approver's consent to one action at one site, given with their own token.
//
//   approval create --site hx --action visitor-document-waiver
//                   --reason "..." [--ticket N] [--key TAG] [--minutes 10]
//                   [--request-id ID]
//   approval get APPROVAL [--site hx]
//
// `approval create` runs as the approver (their token) and prints the
// one-time code: in table mode the code alone on stdout, what it is for on
// stderr. The desk then sends it with the action: `visitor checkin ...
// --no-document --approval CODE`, `key lend ... --approval CODE`, `ticket
// dispatch ... --route developer-warranty --approval CODE`, `ticket plan ...
// --approval CODE`. --ticket (a ticket number, its name, or its id with
// --site) is required for warranty-signoff and ticket-plan; --key (a tag or
// id) optionally binds an off-list key loan to one key.
#include <CLI/CLI.hpp>
#include <cctype>
#include <iostream>
#include <memory>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/visitor_input.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Approval;
using v1::DirectoryService;

struct CreateOptions {
  std::string site;
  std::string action;
  std::string reason;
  std::string ticket;
  std::string key;
  int minutes = 0;
  std::string request_id;
};

struct GetOptions {
  std::string approval;
  std::string site;
};

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// The subject of the approval from --ticket or --key; "" for none.
std::string SubjectOf(const CreateOptions& o) {
  if (!o.ticket.empty() && !o.key.empty()) {
    throw UsageError(Msg("usage.ticket_or_key"));
  }
  if (!o.ticket.empty()) {
    if (AllDigits(o.ticket)) {
      return SiteName(o.site) + "/tickets/" + o.ticket;
    }
    return TicketName(o.ticket);
  }
  if (!o.key.empty()) {
    if (o.key.rfind("sites/", 0) == 0) return o.key;
    return SiteName(o.site) + "/keys/" + o.key;
  }
  return "";
}

void PrintApproval(const Approval& a, std::ostream& out) {
  KeyValues view;
  view.Add("name", a.name());
  view.Add("action", EnumText(Approval::Action_descriptor(), a.action()));
  view.AddIfSet("subject", a.subject());
  view.Add("reason", a.reason());
  view.Add("approver", a.approver());
  view.Add("created", FormatLocalTime(a.create_time()));
  view.Add("expires", FormatLocalTime(a.expire_time()));
  view.Add("used",
           a.has_consume_time()
               ? Msg("view.used_by", {FormatLocalTime(a.consume_time()),
                                      a.consumed_by(), a.consumed_method()})
               : Msg("value.no"));
  view.Print(out);
}

int CreateApproval(const Client& client, OutputFormat format,
                   const CreateOptions& options) {
  v1::CreateApprovalRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  Approval* approval = request.mutable_approval();
  approval->set_action(static_cast<Approval::Action>(
      EnumNumber(Approval::Action_descriptor(), options.action)));
  approval->set_reason(options.reason);
  approval->set_subject(SubjectOf(options));
  if (options.minutes > 0) {
    approval->mutable_ttl()->set_seconds(60LL * options.minutes);
  }
  auto stub = DirectoryService::NewStub(client.channel());
  Approval created;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateApproval(context, request, &created);
      })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(created, std::cout);
    return kExitOk;
  }
  std::cout << created.code() << std::endl;
  std::cerr << Msg("note.approval_created",
                   {created.name(),
                    EnumText(Approval::Action_descriptor(), created.action()) +
                        (created.subject().empty()
                             ? ""
                             : " (" + created.subject() + ")"),
                    FormatLocalTime(created.expire_time())})
            << "\n";
  return kExitOk;
}

int GetApproval(const Client& client, OutputFormat format,
                const GetOptions& options) {
  v1::GetApprovalRequest request;
  request.set_name(
      SiteChildName(options.site, "approvals", options.approval, "approval"));
  auto stub = DirectoryService::NewStub(client.channel());
  Approval approval;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->GetApproval(context, request, &approval);
      })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(approval, std::cout);
  } else {
    PrintApproval(approval, std::cout);
  }
  return kExitOk;
}

}  // namespace

void AddApprovalCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "approval",
      "approvals: a supervisor's or manager's one-time consent to one action");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand(
      "create",
      "approve one action at one site, as yourself; prints a one-time code");
  create->add_option("--site", create_options->site, "site id, e.g. hx")
      ->required();
  CheckEnumWord(create
                    ->add_option("--action", create_options->action,
                                 "visitor-document-waiver, off-list-key-loan, "
                                 "warranty-signoff or ticket-plan")
                    ->required(),
                Approval::Action_descriptor());
  create
      ->add_option("--reason", create_options->reason,
                   "why it is approved, 1..200 characters")
      ->required();
  create->add_option("--ticket", create_options->ticket,
                     std::string(kTicketHelp) +
                         ", or its id; required for warranty-signoff and "
                         "ticket-plan");
  create->add_option("--key", create_options->key,
                     "off-list-key-loan: only for this key (tag or id)");
  create
      ->add_option("--minutes", create_options->minutes,
                   "how long the code is valid, 1..60 (default 10)")
      ->check(CLI::Range(1, 60));
  create->add_option("--request-id", create_options->request_id,
                     kRequestIdHelp);
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateApproval(client, format, *create_options);
             });

  auto get_options = std::make_shared<GetOptions>();
  CLI::App* get = group->add_subcommand(
      "get", "show an approval: what for, by whom, and whether it was used");
  get->add_option("approval", get_options->approval,
                  "approval name sites/{site}/approvals/{id}, or its id with "
                  "--site")
      ->required();
  get->add_option("--site", get_options->site,
                  "site id, when APPROVAL is only the id");
  RunOnParse(get, context,
             [get_options](const Client& client, OutputFormat format) {
               return GetApproval(client, format, *get_options);
             });
}

}  // namespace frontdesk::cli
