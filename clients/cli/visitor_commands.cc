// `frontdesk visitor ...`: the visitor register (来访登记) of VisitorService,
// at the desk: who comes in and goes out, and who is turned away.
//
//   visitor checkin --site hx --name 李强 --id-type id-card
//                   --id-number 110101199003071233 --phone 13900001111
//                   --visiting 3-2-501 --purpose "探亲"
//                   --until "2026-11-23 18:00"
//                   [--plate 京A12345] [--party-size N] [--location L]
//                   [--host-name N] [--host-phone P] [--purpose-detail T]
//                   [--pass CODE]
//                   [--no-document (--approval CODE | --waiver-reason R)
//                    [--authorized-by li.na]] [--request-id ID]
//   visitor checkout VISIT [--site hx] [--at TIME] [--request-id ID]
//   visitor get VISIT [--site hx] [--unmask --reason R]
//   visitor list [--site hx] [--on-premises] [--overstayed] [--unit U]
//                [--date D | --from D --to D] [--purpose P] [--plate P]
//                [--registered-by S] [--document-number N] [--filter RAW]
//                [--unmask --reason R] [--page-size N] [--page-token T]
//                [--all]
//   visitor refuse --site hx --name N --reason suspicious|refused-registration
//                  |host-declined|other [--note T] [person and host options]
//
// The register's records (refusals, alerts, settings, the access log) are
// visitor_record_commands.cc. VISIT is "sites/hx/visits/12", or "12" with
// --site hx. Document and phone numbers come back masked unless a supervisor
// reads with --unmask and a reason (logged; `visitor access-log` lists those
// reads). --purpose takes free text or a purpose word (visitor_input.h).
// Times are the site's local times (the CLI time zone, local_time.h) or
// RFC 3339; dates are the site's local dates, YYYY-MM-DD. A visitor without
// a document is admitted on a supervisor's approval code (`approval create
// --action visitor-document-waiver`, run by the supervisor), or by a
// supervisor at the desk with --waiver-reason.
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

using v1::Visit;
using v1::VisitorService;

constexpr const char* kVisitHelp =
    "visit name sites/{site}/visits/{id}, or its id with --site";

struct CheckInOptions {
  std::string site;
  PersonOptions person;
  VisitOptions visit;
  std::string until;
  std::string pass;
  bool no_document = false;
  std::string authorized_by;
  std::string waiver_reason;
  std::string approval;
  std::string request_id;
};

struct CheckOutOptions {
  std::string visit;
  std::string site;
  std::string at;
  std::string request_id;
};

struct GetOptions {
  std::string visit;
  std::string site;
  UnmaskOptions unmask;
};

struct ListOptions {
  std::string site;
  bool on_premises = false;
  bool overstayed = false;
  std::string unit;
  std::string date;
  std::string from;
  std::string to;
  std::string purpose;
  std::string plate;
  std::string registered_by;
  std::string document_number;
  std::string raw_filter;
  UnmaskOptions unmask;
  PageOptions page;
};

struct RefuseOptions {
  std::string site;
  PersonOptions person;
  HostOptions host;
  std::string reason;
  std::string note;
  std::string request_id;
};

void PrintVisitResult(const Visit& visit, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(visit, std::cout);
  } else {
    PrintVisit(visit, std::cout);
  }
}

int CheckIn(const Client& client, OutputFormat format,
            const CheckInOptions& options) {
  v1::CheckInVisitorRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  request.set_pass_code(options.pass);
  Visit* visit = request.mutable_visit();
  if (options.no_document && !options.person.id_number.empty()) {
    throw UsageError(Msg("usage.no_document_and_id"));
  }
  FillVisitor(options.person, visit->mutable_visitor());
  FillVisit(options.site, options.visit, visit);
  if (!options.until.empty()) {
    *visit->mutable_expected_departure_time() = *ParseTimeInput(options.until);
  }
  if (options.no_document) {
    if (options.approval.empty() && options.waiver_reason.empty()) {
      throw UsageError(Msg("usage.no_document_needs_approval"));
    }
    auto* waiver = request.mutable_document_waiver();
    if (!options.authorized_by.empty()) {
      waiver->set_authorized_by(StaffName(options.authorized_by));
    }
    waiver->set_reason(options.waiver_reason);
    waiver->set_approval(options.approval);
  } else if (!options.authorized_by.empty() || !options.waiver_reason.empty() ||
             !options.approval.empty()) {
    throw UsageError(Msg("usage.waiver_options_need_no_document"));
  }
  Visit response;
  if (!CallVisitors(client, &VisitorService::Stub::CheckInVisitor, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintVisitResult(response, format);
  return kExitOk;
}

int CheckOut(const Client& client, OutputFormat format,
             const CheckOutOptions& options) {
  v1::CheckOutVisitorRequest request;
  request.set_name(
      SiteChildName(options.site, "visits", options.visit, "visit"));
  request.set_request_id(options.request_id);
  if (!options.at.empty()) {
    *request.mutable_check_out_time() = *ParseTimeInput(options.at);
  }
  Visit response;
  if (!CallVisitors(client, &VisitorService::Stub::CheckOutVisitor, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintVisitResult(response, format);
  return kExitOk;
}

int GetVisit(const Client& client, OutputFormat format,
             const GetOptions& options) {
  options.unmask.Check();
  v1::GetVisitRequest request;
  request.set_name(
      SiteChildName(options.site, "visits", options.visit, "visit"));
  request.set_unmask(options.unmask.unmask);
  request.set_unmask_reason(options.unmask.reason);
  Visit response;
  if (!CallVisitors(client, &VisitorService::Stub::GetVisit, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintVisitResult(response, format);
  return kExitOk;
}

int ListVisits(const Client& client, OutputFormat format,
               const ListOptions& options) {
  options.unmask.Check();
  if (!options.date.empty() && (!options.from.empty() || !options.to.empty())) {
    throw UsageError(Msg("usage.date_excludes_range"));
  }
  v1::ListVisitsRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  FilterBuilder filter;
  if (options.on_premises) filter.AddEnum("on_premises", "=", "true");
  if (options.overstayed) filter.AddEnum("overstayed", "=", "true");
  filter.AddText("unit", "=", UnitName(SiteId(options.site), options.unit));
  filter.AddText("check_in_date", "=", options.date);
  filter.AddText("check_in_date", ">=", options.from);
  filter.AddText("check_in_date", "<=", options.to);
  if (!options.purpose.empty()) {
    filter.AddEnum(
        "purpose", "=",
        EnumFilterName(Visit::Purpose_descriptor(), options.purpose));
  }
  filter.AddText("vehicle_plate", "=", options.plate);
  if (!options.registered_by.empty()) {
    filter.AddText("registered_by", "=", StaffName(options.registered_by));
  }
  filter.AddText("document_number", "=", options.document_number);
  filter.AddRaw(options.raw_filter);
  request.set_filter(filter.Build());
  request.set_unmask(options.unmask.unmask);
  request.set_unmask_reason(options.unmask.reason);
  v1::ListVisitsResponse response;
  if (!ListPages(client, &VisitorService::Stub::ListVisits, options.page,
                 request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else if (response.visits().empty()) {
    std::cerr << Msg("none.visits") << "\n";
  } else {
    PrintVisitTable(response.visits(), std::cout);
  }
  return kExitOk;
}

int Refuse(const Client& client, OutputFormat format,
           const RefuseOptions& options) {
  v1::CreateRefusalRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  v1::Refusal* refusal = request.mutable_refusal();
  FillVisitor(options.person, refusal->mutable_person());
  *refusal->mutable_host() = HostContact(options.site, options.host);
  refusal->set_reason(static_cast<v1::Refusal::Reason>(
      EnumNumber(v1::Refusal::Reason_descriptor(), options.reason)));
  refusal->set_note(options.note);
  v1::Refusal response;
  if (!CallVisitors(client, &VisitorService::Stub::CreateRefusal, request,
                    &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else {
    PrintRefusal(response, std::cout);
  }
  return kExitOk;
}

void AddCheckInCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<CheckInOptions>();
  CLI::App* checkin = group->add_subcommand(
      "checkin",
      "register a visitor at the desk (refused without a document unless a "
      "supervisor authorises it, and for a person on the watchlist)");
  checkin->add_option("--site", options->site, "site id, e.g. hx")->required();
  AddPersonOptions(checkin, options->person,
                   "the visitor's name as on the document, e.g. 李强", true);
  AddVisitOptions(
      checkin, options->visit,
      {"the unit visited: 3-2-501 (a unit of --site) or "
       "sites/hx/units/3-2-501",
       "where they go when it is not a unit, e.g. 物业办公室",
       "the resident visited", "the resident's phone (shown masked)"},
      "why: free text (探亲, 快递, 装修, 维修, 看房, 公务, 搬家 ... pick the "
      "purpose and the text is kept as its detail) or a purpose word: " +
          [] {
            std::string words;
            for (const std::string& w : EnumWords(Visit::Purpose_descriptor()))
              words += (words.empty() ? "" : ", ") + w;
            return words;
          }());
  checkin
      ->add_option("--until", options->until,
                   "expected departure, " + std::string(kTimeHelp) +
                       "; default check-in + the site's default stay")
      ->check(TimeWord());
  checkin->add_option("--pass", options->pass,
                      "pre-registration code: fills what is not given; the "
                      "document must still be shown");
  checkin->add_flag("--no-document", options->no_document,
                    "the visitor has no identity document: admit only with a "
                    "supervisor's authorisation (--approval, or your own "
                    "as a supervisor)");
  checkin->add_option("--approval", options->approval,
                      "with --no-document: the code of the supervisor's "
                      "approval (frontdesk approval create --action "
                      "visitor-document-waiver), used once");
  checkin->add_option("--authorized-by", options->authorized_by,
                      "with --no-document: the supervisor admitting the "
                      "visitor, checked against the approval; optional");
  checkin->add_option("--waiver-reason", options->waiver_reason,
                      "with --no-document and no --approval (you are the "
                      "supervisor): why, 1..200 characters");
  checkin->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(checkin, context,
             [options](const Client& client, OutputFormat format) {
               return CheckIn(client, format, *options);
             });
}

void AddCheckOutCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<CheckOutOptions>();
  CLI::App* checkout =
      group->add_subcommand("checkout", "record that a visitor left");
  checkout->add_option("visit", options->visit, kVisitHelp)->required();
  checkout->add_option("--site", options->site,
                       "site id, when VISIT is only the id");
  checkout
      ->add_option("--at", options->at,
                   "when they left, if recorded afterwards; " +
                       std::string(kTimeHelp) + "; default now")
      ->check(TimeWord());
  checkout->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(checkout, context,
             [options](const Client& client, OutputFormat format) {
               return CheckOut(client, format, *options);
             });
}

void AddGetCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<GetOptions>();
  CLI::App* get = group->add_subcommand("get", "show a visit");
  get->add_option("visit", options->visit, kVisitHelp)->required();
  get->add_option("--site", options->site,
                  "site id, when VISIT is only the id");
  AddUnmaskOptions(get, options->unmask);
  RunOnParse(get, context, [options](const Client& client, OutputFormat f) {
    return GetVisit(client, f, *options);
  });
}

void AddListCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand("list", "list visits, newest first");
  list->add_option("--site", options->site,
                   "site id, e.g. hx; default every site you may see");
  list->add_flag("--on-premises", options->on_premises,
                 "only visitors not checked out yet");
  list->add_flag("--overstayed", options->overstayed,
                 "only visitors past their expected departure (+ grace)");
  list->add_option("--unit", options->unit,
                   "only visits to this unit, e.g. 3-2-501 (needs --site)");
  list->add_option("--date", options->date,
                   std::string("checked in that day, ") + kDateHelp)
      ->check(DateWord());
  list->add_option("--from", options->from,
                   std::string("checked in on or after, ") + kDateHelp)
      ->check(DateWord());
  list->add_option("--to", options->to,
                   std::string("checked in on or before, ") + kDateHelp)
      ->check(DateWord());
  CheckEnumWord(list->add_option("--purpose", options->purpose,
                                 "only this purpose word, e.g. delivery"),
                Visit::Purpose_descriptor());
  list->add_option("--plate", options->plate, "only this vehicle plate");
  list->add_option("--registered-by", options->registered_by,
                   "only those registered by this staff id");
  list->add_option("--document-number", options->document_number,
                   "only this document number (SUPERVISOR or MANAGER; "
                   "logged like an unmasked read)");
  list->add_option("--filter", options->raw_filter,
                   "raw AIP-160 filter, ANDed with the options above");
  AddUnmaskOptions(list, options->unmask);
  AddPageOptions(list, options->page);
  RunOnParse(list, context, [options](const Client& client, OutputFormat f) {
    return ListVisits(client, f, *options);
  });
}

void AddRefuseCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<RefuseOptions>();
  CLI::App* refuse = group->add_subcommand(
      "refuse",
      "record a refusal decided at the desk (refusals by the check-in rules "
      "are recorded by themselves)");
  refuse->add_option("--site", options->site, "site id, e.g. hx")->required();
  AddPersonOptions(refuse, options->person,
                   "the person's name, or a description such as 穿灰色外套男子",
                   true);
  refuse->get_option("--name")->required();
  AddHostOptions(refuse, options->host,
                 {"the unit they asked for, e.g. 3-2-501",
                  "where they wanted to go, when not a unit",
                  "the resident they asked for", nullptr});
  refuse
      ->add_option("--reason", options->reason,
                   "suspicious, refused-registration, host-declined or other")
      ->required()
      ->transform([](std::string input) {
        return EnumWordOfInput(v1::Refusal::Reason_descriptor(), input);
      })
      ->check(CLI::IsMember(
          {"suspicious", "refused-registration", "host-declined", "other"},
          NormalizeEnumWord));
  refuse->add_option("--note", options->note,
                     "what happened, up to 1000 characters; required with "
                     "--reason other");
  refuse->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(refuse, context, [options](const Client& client, OutputFormat f) {
    return Refuse(client, f, *options);
  });
}

}  // namespace

void AddVisitorCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "visitor",
      "the visitor register (来访登记): check-in, check-out, refusals, "
      "alerts, settings and the access log");
  group->require_subcommand(1);
  AddCheckInCommand(group, context);
  AddCheckOutCommand(group, context);
  AddGetCommand(group, context);
  AddListCommand(group, context);
  AddRefuseCommand(group, context);
}

}  // namespace frontdesk::cli
