// `frontdesk ticket ...`: TicketService intake, reading and history (the
// workflow verbs, dispatch to callback, are in workflow_commands.cc).
//
//   ticket create --site hx --kind K --channel C --reporter-name N
//                 --reporter-phone P [--unit 3-2-501] [--location L]
//                 --subject S [--description D] [--priority P]
//                 [--complaint-class service|facility] [--important yes|no]
//                 [--request-id ID]
//   ticket get NAME_OR_NUMBER
//   ticket list [--site hx] [--status S] [--kind K] [--channel C]
//               [--priority P] [--phone P] [--unit U] [--since T] [--until T]
//               [--filter RAW] [--page-size N] [--page-token T] [--all]
//   ticket update NAME_OR_NUMBER [--subject ..] ... [--etag E]
//   ticket note NAME_OR_NUMBER --text "..."
//   ticket history NAME_OR_NUMBER              (every page)
//
// NAME_OR_NUMBER is "sites/hx/tickets/12" or a number "HX-20261123-0007",
// sent as "sites/-/tickets/HX-20261123-0007" (names.h). A short --unit
// "3-2-501" becomes "sites/{site}/units/3-2-501" with the ticket's site.
// Enum options take lower-case words with '-' for '_' (enums.h).
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/pagination.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/ticket_filter.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;

struct CreateOptions {
  std::string site;
  // update_mask path (TicketFields()) → the value, "" when not given.
  std::map<std::string, std::string> fields;
  std::string request_id;
};

struct ListOptions {
  TicketFilterOptions filter;  // filter.site is also the parent
  int page_size = 0;
  std::string page_token;
  bool all_pages = false;
};

struct UpdateOptions {
  std::string ticket;
  // update_mask path → the value given on the command line.
  std::map<std::string, std::string> fields;
  std::string etag;
  std::string request_id;
};

struct NoteOptions {
  std::string ticket;
  std::string text;
  std::string request_id;
};

// An option shared by create and update.
struct TicketField {
  const char* option;
  const char* path;  // in update_mask
  const char* help;
  const google::protobuf::EnumDescriptor* enum_type;  // words it takes, or null
  bool required_on_create;
};

const std::vector<TicketField>& TicketFields() {
  static const auto* fields = new std::vector<TicketField>{
      {"--kind", "kind", "what it is", Ticket::Kind_descriptor(), true},
      {"--channel", "channel", "how it reached the desk",
       Ticket::Channel_descriptor(), true},
      {"--complaint-class", "complaint_class",
       "for complaints only: about service (attitude, skill) or a facility",
       Ticket::ComplaintClass_descriptor(), false},
      {"--priority", "priority", "default normal",
       Ticket::Priority_descriptor(), false},
      {"--reporter-name", "reporter.name", "who called, came or wrote", nullptr,
       true},
      {"--reporter-phone", "reporter.phone", "mobile or landline to call back",
       nullptr, true},
      {"--unit", "reporter.unit",
       "unit, e.g. 3-2-501 (of the ticket's site) or sites/hx/units/3-2-501",
       nullptr, false},
      {"--location", "reporter.location",
       "free-text place when there is no unit, e.g. 东门岗亭", nullptr, false},
      {"--subject", "subject", "one line, up to 200 characters", nullptr, true},
      {"--description", "description", "details, up to 4000 characters",
       nullptr, false},
      {"--important", "important",
       "yes: kept long-term, retention never erases the reporter; no: kept "
       "the site's ticket retention",
       nullptr, false},
  };
  return *fields;
}

// Restricts an enum option to its words (any case, '_' or '-') or their
// Chinese words (报修), which become the CLI word.
void CheckEnumWord(CLI::Option* option,
                   const google::protobuf::EnumDescriptor* enum_type) {
  option->transform([enum_type](std::string input) {
    return EnumWordOfInput(enum_type, input);
  });
  option->check(CLI::IsMember(EnumWords(enum_type), NormalizeEnumWord));
}
void CheckEnumWord(CLI::Option* option, const TicketField& field) {
  if (field.enum_type != nullptr) CheckEnumWord(option, field.enum_type);
  if (std::string(field.path) == "important") {
    option->check(CLI::IsMember({"yes", "no"}));
  }
}

// Sets the field at update_mask `path` of `ticket` from the command-line
// `value`; `site_id` completes a short unit.
void SetTicketField(const std::string& path, const std::string& value,
                    const std::string& site_id, Ticket* ticket) {
  v1::Contact* reporter = ticket->mutable_reporter();
  if (path == "kind") {
    ticket->set_kind(static_cast<Ticket::Kind>(
        EnumNumber(Ticket::Kind_descriptor(), value)));
  } else if (path == "channel") {
    ticket->set_channel(static_cast<Ticket::Channel>(
        EnumNumber(Ticket::Channel_descriptor(), value)));
  } else if (path == "complaint_class") {
    ticket->set_complaint_class(static_cast<Ticket::ComplaintClass>(
        EnumNumber(Ticket::ComplaintClass_descriptor(), value)));
  } else if (path == "priority") {
    ticket->set_priority(static_cast<Ticket::Priority>(
        EnumNumber(Ticket::Priority_descriptor(), value)));
  } else if (path == "reporter.name") {
    reporter->set_name(value);
  } else if (path == "reporter.phone") {
    reporter->set_phone(value);
  } else if (path == "reporter.unit") {
    reporter->set_unit(UnitName(site_id, value));
  } else if (path == "reporter.location") {
    reporter->set_location(value);
  } else if (path == "subject") {
    ticket->set_subject(value);
  } else if (path == "description") {
    ticket->set_description(value);
  } else if (path == "important") {
    ticket->set_important(value == "yes");
  }
}

void PrintTicketResult(const Ticket& ticket, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(ticket, std::cout);
  } else {
    PrintTicket(ticket, std::cout);
  }
}

int CreateTicket(const Client& client, OutputFormat format,
                 const CreateOptions& options) {
  const std::string site_id = SiteId(options.site);
  v1::CreateTicketRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  for (const auto& [path, value] : options.fields) {
    SetTicketField(path, value, site_id, request.mutable_ticket());
  }
  auto stub = v1::TicketService::NewStub(client.channel());
  Ticket response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateTicket(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintTicketResult(response, format);
  return kExitOk;
}

int GetTicket(const Client& client, OutputFormat format,
              const std::string& name_or_number) {
  v1::GetTicketRequest request;
  request.set_name(TicketName(name_or_number));
  auto stub = v1::TicketService::NewStub(client.channel());
  Ticket response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->GetTicket(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintTicketResult(response, format);
  return kExitOk;
}

int ListTickets(const Client& client, OutputFormat format,
                const ListOptions& options) {
  v1::ListTicketsRequest request;
  request.set_parent(SiteNameOrAll(options.filter.site));
  request.set_filter(TicketListFilter(options.filter));
  request.set_page_size(options.page_size);
  request.set_page_token(options.page_token);
  auto stub = v1::TicketService::NewStub(client.channel());
  v1::ListTicketsResponse response;
  bool ok = false;
  if (options.all_pages) {
    ok = FetchAllPages(client, request, &response,
                       [&](grpc::ClientContext* context,
                           const v1::ListTicketsRequest& page_request,
                           v1::ListTicketsResponse* page) {
                         return stub->ListTickets(context, page_request, page);
                       });
  } else {
    ok = client.Call([&](grpc::ClientContext* context) {
      return stub->ListTickets(context, request, &response);
    });
  }
  if (!ok) return kExitRpcError;
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
    return kExitOk;
  }
  if (response.tickets().empty()) {
    std::cerr << Msg("none.tickets") << "\n";
  } else {
    PrintTicketTable(response.tickets(), std::cout);
  }
  if (!response.next_page_token().empty()) {
    std::cerr << Msg("more.tickets", {response.next_page_token()}) << "\n";
  }
  return kExitOk;
}

int UpdateTicket(const Client& client, OutputFormat format,
                 const UpdateOptions& options) {
  if (options.fields.empty()) {
    throw UsageError(Msg("usage.nothing_to_update_ticket"));
  }
  v1::UpdateTicketRequest request;
  request.set_request_id(options.request_id);
  Ticket* ticket = request.mutable_ticket();
  ticket->set_name(TicketName(options.ticket));
  ticket->set_etag(options.etag);
  const std::string site_id = TicketSiteId(ticket->name());
  for (const auto& [path, value] : options.fields) {
    SetTicketField(path, value, site_id, ticket);
    request.mutable_update_mask()->add_paths(path);
  }
  auto stub = v1::TicketService::NewStub(client.channel());
  Ticket response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->UpdateTicket(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintTicketResult(response, format);
  return kExitOk;
}

int AddTicketNote(const Client& client, OutputFormat format,
                  const NoteOptions& options) {
  v1::AddTicketNoteRequest request;
  request.set_ticket(TicketName(options.ticket));
  request.set_note(options.text);
  request.set_request_id(options.request_id);
  auto stub = v1::TicketService::NewStub(client.channel());
  v1::TicketEvent event;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->AddTicketNote(context, request, &event);
      })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(event, std::cout);
  } else {
    PrintTicketEvent(event, std::cout);
  }
  return kExitOk;
}

int ListTicketEvents(const Client& client, OutputFormat format,
                     const std::string& name_or_number) {
  v1::ListTicketEventsRequest request;
  request.set_parent(TicketName(name_or_number));
  v1::ListTicketEventsResponse all;
  if (!CallAllPages(client, &v1::TicketService::Stub::ListTicketEvents, request,
                    &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
  } else {
    PrintTicketEventTable(all.events(), std::cout);
  }
  return kExitOk;
}

const char* kTicketArgumentHelp =
    "ticket name sites/{site}/tickets/{id}, or its number, e.g. "
    "HX-20261123-0007";

void AddCreateCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand("create", "record a new ticket");
  create->add_option("--site", options->site, "site id, e.g. hx")->required();
  for (const TicketField& field : TicketFields()) {
    CLI::Option* option = create->add_option(
        field.option, options->fields[field.path], field.help);
    CheckEnumWord(option, field);
    if (field.required_on_create) option->required();
  }
  create->add_option("--request-id", options->request_id,
                     "idempotency key: a retry with the same id creates "
                     "nothing more");
  RunOnParse(create, context,
             [options](const Client& client, OutputFormat format) {
               return CreateTicket(client, format, *options);
             });
}

void AddGetCommand(CLI::App* group, CommandContext& context) {
  auto ticket = std::make_shared<std::string>();
  CLI::App* get = group->add_subcommand("get", "show a ticket");
  get->add_option("ticket", *ticket, kTicketArgumentHelp)->required();
  RunOnParse(get, context, [ticket](const Client& client, OutputFormat format) {
    return GetTicket(client, format, *ticket);
  });
}

void AddListCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand("list", "list tickets, newest first");
  list->add_option("--site", options->filter.site,
                   "site id, e.g. hx; default every site you may see");
  CheckEnumWord(
      list->add_option("--status", options->filter.status, "only this one"),
      Ticket::Status_descriptor());
  CheckEnumWord(
      list->add_option("--kind", options->filter.kind, "only this one"),
      Ticket::Kind_descriptor());
  CheckEnumWord(
      list->add_option("--channel", options->filter.channel, "only this one"),
      Ticket::Channel_descriptor());
  CheckEnumWord(
      list->add_option("--priority", options->filter.priority, "only this one"),
      Ticket::Priority_descriptor());
  list->add_option("--phone", options->filter.phone,
                   "only from this reporter phone");
  list->add_option("--unit", options->filter.unit,
                   "only this unit, e.g. 3-2-501 (needs --site) or "
                   "sites/hx/units/3-2-501");
  list->add_option("--since", options->filter.since,
                   "created at or after, RFC 3339, e.g. "
                   "2026-11-01T00:00:00+08:00");
  list->add_option("--until", options->filter.until,
                   "created before, RFC 3339");
  list->add_option("--filter", options->filter.raw,
                   "raw AIP-160 filter, ANDed with the options above, e.g. "
                   "'priority = URGENT'");
  list->add_option("--page-size", options->page_size,
                   "tickets per page; 0 means the server's default (50)")
      ->check(CLI::Range(0, 1000));
  list->add_option("--page-token", options->page_token,
                   "continue from a previous page");
  list->add_flag("--all", options->all_pages,
                 "follow next_page_token to the last page");
  RunOnParse(list, context,
             [options](const Client& client, OutputFormat format) {
               return ListTickets(client, format, *options);
             });
}

void AddUpdateCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<UpdateOptions>();
  CLI::App* update = group->add_subcommand(
      "update",
      "correct intake fields; only the options given change, each is "
      "recorded in the history");
  update->add_option("ticket", options->ticket, kTicketArgumentHelp)
      ->required();
  for (const TicketField& field : TicketFields()) {
    const std::string path = field.path;
    CLI::Option* option = update->add_option_function<std::string>(
        field.option,
        [options, path](const std::string& value) {
          options->fields[path] = value;
        },
        field.help);
    CheckEnumWord(option, field);
  }
  update->add_option("--etag", options->etag,
                     "fail with ABORTED unless the ticket is still at this "
                     "etag");
  update->add_option("--request-id", options->request_id,
                     "idempotency key: a retry with the same id changes "
                     "nothing more");
  RunOnParse(update, context,
             [options](const Client& client, OutputFormat format) {
               return UpdateTicket(client, format, *options);
             });
}

void AddNoteCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<NoteOptions>();
  CLI::App* note =
      group->add_subcommand("note", "append a note to a ticket's history");
  note->add_option("ticket", options->ticket, kTicketArgumentHelp)->required();
  note->add_option("--text", options->text, "the note, up to 4000 characters")
      ->required();
  note->add_option("--request-id", options->request_id,
                   "idempotency key: a retry with the same id adds nothing "
                   "more");
  RunOnParse(note, context,
             [options](const Client& client, OutputFormat format) {
               return AddTicketNote(client, format, *options);
             });
}

void AddHistoryCommand(CLI::App* group, CommandContext& context) {
  auto ticket = std::make_shared<std::string>();
  CLI::App* history =
      group->add_subcommand("history", "a ticket's history, oldest first");
  history->add_option("ticket", *ticket, kTicketArgumentHelp)->required();
  RunOnParse(history, context,
             [ticket](const Client& client, OutputFormat format) {
               return ListTicketEvents(client, format, *ticket);
             });
}

}  // namespace

void AddTicketCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "ticket", "tickets: every call, visit and letter the desk receives");
  group->require_subcommand(1);
  AddCreateCommand(group, context);
  AddGetCommand(group, context);
  AddListCommand(group, context);
  AddUpdateCommand(group, context);
  AddNoteCommand(group, context);
  AddHistoryCommand(group, context);
}

}  // namespace frontdesk::cli
