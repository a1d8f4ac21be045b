// `frontdesk pass ...`: visitor passes (访客预约), pre-registered visitors.
//
//   pass create --site hx --name 王五 --visiting 3-2-501 --purpose "探亲"
//               --expires "2026-11-23 20:00" [--from TIME] [--max-uses N]
//               [--id-type T --id-number N] [--phone P] [--plate P]
//               [--party-size N] [--location L] [--host-name N]
//               [--purpose-detail T] [--request-id ID]
//   pass get PASS [--site hx]
//   pass list [--site hx] [--state active] [--unit U] [--date YYYY-MM-DD]
//             [--all]
//   pass cancel PASS [--site hx] [--etag E] [--request-id ID]
//
// The code (8 characters) is printed only by `pass create`: the server
// keeps a hash of it. The visitor gives it at the desk:
// `visitor checkin --site hx --pass CODE --id-number ...`. PASS is
// "sites/hx/visitorPasses/3", or "3" with --site hx.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/local_time.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/visitor_calls.h"
#include "clients/cli/visitor_input.h"
#include "clients/cli/visitor_options.h"
#include "clients/cli/visitor_view.h"

namespace frontdesk::cli {
namespace {

using v1::VisitorPass;
using v1::VisitorService;

constexpr const char* kPassHelp =
    "pass name sites/{site}/visitorPasses/{id}, or its id with --site";

struct CreateOptions {
  std::string site;
  PersonOptions person;
  VisitOptions visit;
  std::string from;
  std::string expires;
  int max_uses = 0;
  std::string request_id;
};

struct NameOptions {
  std::string pass;
  std::string site;
  std::string etag;
  std::string request_id;
};

struct ListOptions {
  std::string site;
  std::string state;
  std::string unit;
  std::string date;
  PageOptions page;
};

void PrintPassResult(const VisitorPass& pass, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(pass, std::cout);
  } else {
    PrintVisitorPass(pass, std::cout);
  }
}

int CreatePass(const Client& client, OutputFormat format,
               const CreateOptions& options) {
  v1::CreateVisitorPassRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  VisitorPass* pass = request.mutable_visitor_pass();
  FillVisitor(options.person, pass->mutable_visitor());
  FillVisit(options.site, options.visit, pass);
  if (!options.from.empty()) {
    *pass->mutable_valid_from() = *ParseTimeInput(options.from);
  }
  *pass->mutable_expire_time() = *ParseTimeInput(options.expires);
  pass->set_max_uses(options.max_uses);
  VisitorPass response;
  if (!CallVisitors(client, &VisitorService::Stub::CreateVisitorPass, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintPassResult(response, format);
  if (format == OutputFormat::kTable && !response.code().empty()) {
    std::cerr << Msg("note.pass_code", {response.code()}) << "\n";
  }
  return kExitOk;
}

int GetPass(const Client& client, OutputFormat format,
            const NameOptions& options) {
  v1::GetVisitorPassRequest request;
  request.set_name(
      SiteChildName(options.site, "visitorPasses", options.pass, "pass"));
  VisitorPass response;
  if (!CallVisitors(client, &VisitorService::Stub::GetVisitorPass, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintPassResult(response, format);
  return kExitOk;
}

int CancelPass(const Client& client, OutputFormat format,
               const NameOptions& options) {
  v1::CancelVisitorPassRequest request;
  request.set_name(
      SiteChildName(options.site, "visitorPasses", options.pass, "pass"));
  request.set_etag(options.etag);
  request.set_request_id(options.request_id);
  VisitorPass response;
  if (!CallVisitors(client, &VisitorService::Stub::CancelVisitorPass, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintPassResult(response, format);
  return kExitOk;
}

int ListPasses(const Client& client, OutputFormat format,
               const ListOptions& options) {
  v1::ListVisitorPassesRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  FilterBuilder filter;
  if (!options.state.empty()) {
    filter.AddEnum(
        "state", "=",
        EnumFilterName(VisitorPass::State_descriptor(), options.state));
  }
  filter.AddText("unit", "=", UnitName(SiteId(options.site), options.unit));
  filter.AddText("valid_date", "=", options.date);
  request.set_filter(filter.Build());
  v1::ListVisitorPassesResponse response;
  if (!ListPages(client, &VisitorService::Stub::ListVisitorPasses, options.page,
                 request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else if (response.visitor_passes().empty()) {
    std::cerr << Msg("none.passes") << "\n";
  } else {
    PrintVisitorPassTable(response.visitor_passes(), std::cout);
  }
  return kExitOk;
}

void AddNameArguments(CLI::App* command, NameOptions& options) {
  command->add_option("pass", options.pass, kPassHelp)->required();
  command->add_option("--site", options.site,
                      "site id, when PASS is only the id");
}

}  // namespace

void AddPassCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "pass", "visitor passes (访客预约): codes for expected visitors");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand(
      "create", "pre-register an expected visitor; prints the pass code once");
  create->add_option("--site", create_options->site, "site id, e.g. hx")
      ->required();
  AddPersonOptions(create, create_options->person,
                   "the expected visitor's name", true);
  create->get_option("--name")->required();
  AddVisitOptions(
      create, create_options->visit,
      {"the unit visited, e.g. 3-2-501", "where they go when it is not a unit",
       "the resident expecting them", nullptr},
      "why: free text such as 探亲 or a purpose word, as for "
      "visitor checkin");
  create
      ->add_option("--from", create_options->from,
                   "valid from, " + std::string(kTimeHelp) + "; default now")
      ->check(TimeWord());
  create
      ->add_option("--expires", create_options->expires,
                   "valid until, " + std::string(kTimeHelp) +
                       "; at most 30 days after --from")
      ->required()
      ->check(TimeWord());
  create
      ->add_option("--max-uses", create_options->max_uses,
                   "check-ins it allows, 1..100 (default 1)")
      ->check(CLI::Range(1, 100));
  create->add_option("--request-id", create_options->request_id,
                     kRequestIdHelp);
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreatePass(client, format, *create_options);
             });

  auto get_options = std::make_shared<NameOptions>();
  CLI::App* get = group->add_subcommand("get", "show a visitor pass");
  AddNameArguments(get, *get_options);
  RunOnParse(get, context,
             [get_options](const Client& client, OutputFormat format) {
               return GetPass(client, format, *get_options);
             });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand(
      "list", "list visitor passes by validity start, e.g. today's visitors");
  list->add_option("--site", list_options->site,
                   "site id, e.g. hx; default every site you may see");
  CheckEnumWord(list->add_option("--state", list_options->state,
                                 "active, used-up, expired or cancelled"),
                VisitorPass::State_descriptor());
  list->add_option("--unit", list_options->unit,
                   "only passes to this unit, e.g. 3-2-501 (needs --site)");
  list->add_option("--date", list_options->date,
                   "only passes valid at some time that local day, "
                   "YYYY-MM-DD");
  AddPageOptions(list, list_options->page);
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return ListPasses(client, format, *list_options);
             });

  auto cancel_options = std::make_shared<NameOptions>();
  CLI::App* cancel = group->add_subcommand(
      "cancel", "cancel a pass: check-ins with its code are refused");
  AddNameArguments(cancel, *cancel_options);
  cancel->add_option("--etag", cancel_options->etag, kEtagHelp);
  cancel->add_option("--request-id", cancel_options->request_id,
                     kRequestIdHelp);
  RunOnParse(cancel, context,
             [cancel_options](const Client& client, OutputFormat format) {
               return CancelPass(client, format, *cancel_options);
             });
}

}  // namespace frontdesk::cli
