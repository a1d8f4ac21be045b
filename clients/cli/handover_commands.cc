// `frontdesk handover ...`: the handover between shifts (交接班).
//
//   handover open --site hx --shift 20261123-day [--log TEXT]
//                 [--item TEXT]... [--significant-item TEXT]...
//                 [--request-id ID]
//   handover edit HANDOVER [--site hx] [--log TEXT] [--keep ID]...
//                 [--item TEXT]... [--significant-item TEXT]... [--etag E]
//   handover submit HANDOVER [--site hx] [--etag E]
//   handover consent HANDOVER --item ID [--comment TEXT]       (supervisor)
//   handover accept HANDOVER (--ack-all | --ack ID...) [--finished ID]...
//                 [--count radio=6]... [--note radio=TEXT]... [--remarks T]
//   handover release ASSIGNMENT --reason TEXT                  (supervisor)
//   handover countersign HANDOVER [--comment TEXT]             (supervisor)
//   handover show HANDOVER [--site hx]
//   handover list [--site hx] [--status submitted] [--from DATE] [--to DATE]
//                 [--awaiting-countersign] [--all]
//
// HANDOVER is "sites/hx/handovers/20261123-day" (the outgoing shift's id),
// or "20261123-day" with --site hx. ASSIGNMENT is the outgoing duty,
// "sites/hx/shifts/20261123-day/assignments/7". `edit` replaces the written
// items: --keep ID keeps written item ID as it is (with its consent), --item
// adds new ones; items the server pulled in always stay.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/visitor_input.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Handover;
using v1::HandoverItem;
using v1::RosterService;

constexpr const char* kHandoverHelp =
    "handover name sites/{site}/handovers/{yyyymmdd}-{shift}, or its id "
    "with --site";

template <typename Request, typename Response>
bool CallRoster(const Client& client,
                StubMethod<RosterService::Stub, Request, Response> method,
                const Request& request, Response* response) {
  return CallStub(client, method, request, response);
}

struct NameOptions {
  std::string handover;
  std::string site;
  std::string etag;
  std::string request_id;
  std::string Name() const {
    return SiteChildName(site, "handovers", handover, "handover");
  }
};

struct ItemOptions {
  std::vector<std::string> items;
  std::vector<std::string> significant;
  std::vector<int> keep;
  bool any() const {
    return !items.empty() || !significant.empty() || !keep.empty();
  }
};

struct OpenOptions {
  std::string site;
  std::string shift;
  std::string log;
  ItemOptions items;
  std::string request_id;
};

struct EditOptions {
  NameOptions name;
  std::string log;
  bool log_set = false;
  ItemOptions items;
};

struct ConsentOptions {
  NameOptions name;
  int item = 0;
  std::string comment;
};

struct AcceptOptions {
  NameOptions name;
  bool ack_all = false;
  std::vector<int> ack;
  std::vector<int> finished;
  std::vector<std::string> counts;
  std::vector<std::string> notes;
  std::string remarks;
};

struct ReleaseOptions {
  std::string assignment;
  std::string reason;
  std::string etag;
  std::string request_id;
};

struct CountersignOptions {
  NameOptions name;
  std::string comment;
};

struct ListOptions {
  std::string site;
  std::string status;
  std::string from;
  std::string to;
  bool awaiting = false;
  int page_size = 0;
  std::string page_token;
  bool all = false;
};

void AddNewItems(const ItemOptions& options, Handover* handover) {
  for (const std::string& text : options.items) {
    HandoverItem* item = handover->add_items();
    item->set_description(text);
  }
  for (const std::string& text : options.significant) {
    HandoverItem* item = handover->add_items();
    item->set_description(text);
    item->set_significant(true);
  }
}

std::string SourceWord(const HandoverItem& item) {
  return EnumText(HandoverItem::Source_descriptor(), item.source());
}

void PrintHandover(const Handover& h, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(h, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("name", h.name());
  kv.Add("status", EnumText(Handover::Status_descriptor(), h.status()));
  kv.Add("outgoing", h.outgoing_shift());
  kv.Add("incoming", h.incoming_shift());
  kv.AddIfSet("written by", LastSegment(h.written_by()));
  kv.AddIfSet("submitted", FormatLocalTime(h.submit_time()));
  kv.AddIfSet("accepted by", LastSegment(h.accepted_by()));
  kv.AddIfSet("accepted", FormatLocalTime(h.accept_time()));
  if (!h.accepted_by().empty()) {
    kv.Add("incoming clock-in",
           FormatLocalTime(h.incoming_clock_in_time()) +
               (h.incoming_arrived_early() ? " (early)" : " (not early)"));
    kv.Add("inventory", h.inventory_discrepancy() ? "DIFFERS" : "as expected");
  }
  kv.AddIfSet("remarks", h.incoming_remarks());
  kv.AddIfSet("countersigned by", LastSegment(h.countersigned_by()));
  kv.AddIfSet("countersigned", FormatLocalTime(h.countersign_time()));
  kv.AddIfSet("comment", h.countersign_comment());
  kv.Add("duty log", h.duty_log());
  kv.Add("etag", h.etag());
  kv.Print(std::cout);
  if (!h.items().empty()) {
    std::cout << "\n";
    Table items({"ID", "SOURCE", "SIG", "CONSENT", "CHECKED", "DESCRIPTION"});
    items.SetMaxWidth(5, 60);
    for (const HandoverItem& item : h.items()) {
      items.AddRow({std::to_string(item.id()), SourceWord(item),
                    item.significant() ? Msg("value.yes") : "",
                    LastSegment(item.consented_by()),
                    item.acknowledged()
                        ? EnumText(HandoverItem::Disposition_descriptor(),
                                   item.disposition())
                        : "",
                    item.description()});
    }
    items.Print(std::cout);
  }
  if (!h.inventory_counts().empty()) {
    std::cout << "\n";
    Table counts({"ITEM", "NAME", "EXPECTED", "COUNTED", "NOTE"});
    for (const auto& c : h.inventory_counts()) {
      counts.AddRow({c.item_id(), c.display_name(),
                     std::to_string(c.expected_count()),
                     std::to_string(c.counted()), c.note()});
    }
    counts.Print(std::cout);
  }
}

int Open(const Client& client, OutputFormat format,
         const OpenOptions& options) {
  v1::CreateHandoverRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  Handover* h = request.mutable_handover();
  h->set_outgoing_shift(
      SiteChildName(options.site, "shifts", options.shift, "shift"));
  h->set_duty_log(options.log);
  AddNewItems(options.items, h);
  Handover response;
  if (!CallRoster(client, &RosterService::Stub::CreateHandover, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintHandover(response, format);
  return kExitOk;
}

int Get(const Client& client, const std::string& name, Handover* out) {
  v1::GetHandoverRequest request;
  request.set_name(name);
  return CallRoster(client, &RosterService::Stub::GetHandover, request, out)
             ? kExitOk
             : kExitRpcError;
}

int Edit(const Client& client, OutputFormat format,
         const EditOptions& options) {
  v1::UpdateHandoverRequest request;
  Handover* h = request.mutable_handover();
  h->set_name(options.name.Name());
  h->set_etag(options.name.etag);
  request.set_request_id(options.name.request_id);
  if (options.log_set) {
    h->set_duty_log(options.log);
    request.mutable_update_mask()->add_paths("duty_log");
  }
  if (options.items.any()) {
    if (!options.items.keep.empty()) {
      Handover current;
      if (Get(client, h->name(), &current) != kExitOk) return kExitRpcError;
      for (int id : options.items.keep) {
        bool found = false;
        for (const HandoverItem& item : current.items()) {
          if (item.id() != id || item.source() != HandoverItem::WRITTEN) {
            continue;
          }
          *h->add_items() = item;
          found = true;
        }
        if (!found) {
          throw UsageError(Msg("usage.keep_no_item", {std::to_string(id)}));
        }
      }
    }
    AddNewItems(options.items, h);
    request.mutable_update_mask()->add_paths("items");
  }
  if (request.update_mask().paths().empty()) {
    throw UsageError(Msg("usage.nothing_to_change_handover"));
  }
  Handover response;
  if (!CallRoster(client, &RosterService::Stub::UpdateHandover, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintHandover(response, format);
  return kExitOk;
}

int Submit(const Client& client, OutputFormat format,
           const NameOptions& options) {
  v1::SubmitHandoverRequest request;
  request.set_name(options.Name());
  request.set_etag(options.etag);
  request.set_request_id(options.request_id);
  Handover response;
  if (!CallRoster(client, &RosterService::Stub::SubmitHandover, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintHandover(response, format);
  return kExitOk;
}

int Consent(const Client& client, OutputFormat format,
            const ConsentOptions& options) {
  v1::ConsentHandoverItemRequest request;
  request.set_name(options.name.Name());
  request.set_item_id(options.item);
  request.set_comment(options.comment);
  request.set_etag(options.name.etag);
  request.set_request_id(options.name.request_id);
  Handover response;
  if (!CallRoster(client, &RosterService::Stub::ConsentHandoverItem, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintHandover(response, format);
  return kExitOk;
}

// "radio=6" → ("radio", "6").
std::pair<std::string, std::string> SplitPair(const std::string& text,
                                              const char* option) {
  size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) {
    throw UsageError(Msg("usage.item_equals_value", {option, text}));
  }
  return {text.substr(0, eq), text.substr(eq + 1)};
}

int Accept(const Client& client, OutputFormat format,
           const AcceptOptions& options) {
  if (options.ack_all == !options.ack.empty()) {
    throw UsageError(Msg("usage.say_which_checked"));
  }
  v1::AcceptHandoverRequest request;
  request.set_name(options.name.Name());
  request.set_etag(options.name.etag);
  request.set_request_id(options.name.request_id);
  request.set_incoming_remarks(options.remarks);
  if (options.ack_all) {
    Handover current;
    if (Get(client, request.name(), &current) != kExitOk) return kExitRpcError;
    for (const HandoverItem& item : current.items()) {
      request.add_acknowledged_item_ids(item.id());
    }
  }
  for (int id : options.ack) request.add_acknowledged_item_ids(id);
  for (int id : options.finished) request.add_finished_together_item_ids(id);
  std::map<std::string, std::string> notes;
  for (const std::string& n : options.notes) {
    auto [item, note] = SplitPair(n, "--note");
    notes[item] = note;
  }
  for (const std::string& c : options.counts) {
    auto [item, value] = SplitPair(c, "--count");
    int counted = 0;
    try {
      size_t used = 0;
      counted = std::stoi(value, &used);
      if (used != value.size()) throw std::invalid_argument(value);
    } catch (const std::exception&) {
      throw UsageError(Msg("usage.count_not_number", {c}));
    }
    v1::InventoryCount* count = request.add_inventory_counts();
    count->set_item_id(item);
    count->set_counted(counted);
    count->set_note(notes[item]);
  }
  Handover response;
  if (!CallRoster(client, &RosterService::Stub::AcceptHandover, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintHandover(response, format);
  return kExitOk;
}

int Release(const Client& client, OutputFormat format,
            const ReleaseOptions& options) {
  v1::ReleaseFromDutyRequest request;
  request.set_name(options.assignment);
  request.set_reason(options.reason);
  request.set_etag(options.etag);
  request.set_request_id(options.request_id);
  v1::DutyAssignment response;
  if (!CallRoster(client, &RosterService::Stub::ReleaseFromDuty, request,
                  &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
    return kExitOk;
  }
  KeyValues kv;
  kv.Add("name", response.name());
  kv.Add("staff", LastSegment(response.staff()));
  kv.Add("status",
         EnumText(v1::DutyAssignment::Status_descriptor(), response.status()));
  kv.AddIfSet("released by", LastSegment(response.released_by()));
  kv.AddIfSet("released", FormatLocalTime(response.release_time()));
  kv.AddIfSet("reason", response.release_reason());
  kv.Print(std::cout);
  return kExitOk;
}

int Countersign(const Client& client, OutputFormat format,
                const CountersignOptions& options) {
  v1::CountersignHandoverRequest request;
  request.set_name(options.name.Name());
  request.set_comment(options.comment);
  request.set_etag(options.name.etag);
  request.set_request_id(options.name.request_id);
  Handover response;
  if (!CallRoster(client, &RosterService::Stub::CountersignHandover, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintHandover(response, format);
  return kExitOk;
}

int Show(const Client& client, OutputFormat format,
         const NameOptions& options) {
  Handover response;
  if (Get(client, options.Name(), &response) != kExitOk) return kExitRpcError;
  PrintHandover(response, format);
  return kExitOk;
}

int List(const Client& client, OutputFormat format,
         const ListOptions& options) {
  v1::ListHandoversRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  request.set_page_size(options.page_size);
  request.set_page_token(options.page_token);
  FilterBuilder filter;
  if (!options.status.empty()) {
    filter.AddEnum(
        "status", "=",
        EnumFilterName(Handover::Status_descriptor(), options.status));
  }
  filter.AddText("date", ">=", options.from);
  filter.AddText("date", "<=", options.to);
  if (options.awaiting) filter.AddEnum("countersigned", "=", "false");
  request.set_filter(filter.Build());
  v1::ListHandoversResponse response;
  do {
    v1::ListHandoversResponse page;
    if (!CallRoster(client, &RosterService::Stub::ListHandovers, request,
                    &page)) {
      return kExitRpcError;
    }
    request.set_page_token(page.next_page_token());
    response.set_next_page_token(page.next_page_token());
    for (auto& h : *page.mutable_handovers()) {
      *response.add_handovers() = std::move(h);
    }
  } while (options.all && !request.page_token().empty());
  if (!options.all && !response.next_page_token().empty()) {
    std::cerr << Msg("more.items", {response.next_page_token()}) << "\n";
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
    return kExitOk;
  }
  if (response.handovers().empty()) {
    std::cerr << Msg("none.handovers") << "\n";
    return kExitOk;
  }
  Table table({"HANDOVER", "STATUS", "WRITER", "ACCEPTED BY", "ITEMS", "SIG",
               "INVENTORY", "COUNTERSIGNED BY"});
  for (const Handover& h : response.handovers()) {
    int significant = 0;
    for (const auto& item : h.items()) significant += item.significant();
    table.AddRow({h.name(), EnumText(Handover::Status_descriptor(), h.status()),
                  LastSegment(h.written_by()), LastSegment(h.accepted_by()),
                  std::to_string(h.items_size()), std::to_string(significant),
                  h.accepted_by().empty()
                      ? ""
                      : (h.inventory_discrepancy() ? "DIFFERS" : "ok"),
                  LastSegment(h.countersigned_by())});
  }
  table.Print(std::cout);
  return kExitOk;
}

void AddNameArguments(CLI::App* command, NameOptions& options,
                      bool with_etag = true) {
  command->add_option("handover", options.handover, kHandoverHelp)->required();
  command->add_option("--site", options.site,
                      "site id, when HANDOVER is only the id");
  if (with_etag) {
    command->add_option("--etag", options.etag, kEtagHelp);
    command->add_option("--request-id", options.request_id, kRequestIdHelp);
  }
}

void AddItemOptions(CLI::App* command, ItemOptions& options) {
  command->add_option("--item", options.items,
                      "a matter the next shift must know (repeatable)");
  command->add_option("--significant-item", options.significant,
                      "a significant problem (较重大的问题): accepted only "
                      "finished together or with a supervisor's consent");
}

}  // namespace

void AddHandoverCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group =
      app.add_subcommand("handover", "the handover between shifts (交接班)");
  group->require_subcommand(1);

  auto open_options = std::make_shared<OpenOptions>();
  CLI::App* open = group->add_subcommand(
      "open",
      "start the handover of your shift; the site's open matters are pulled "
      "in");
  open->add_option("--site", open_options->site, "site id, e.g. hx")
      ->required();
  open->add_option("--shift", open_options->shift,
                   "the outgoing shift, e.g. 20261123-day")
      ->required();
  open->add_option("--log", open_options->log, "the duty log (值班记录)");
  AddItemOptions(open, open_options->items);
  open->add_option("--request-id", open_options->request_id, kRequestIdHelp);
  RunOnParse(open, context,
             [open_options](const Client& client, OutputFormat format) {
               return Open(client, format, *open_options);
             });

  auto edit_options = std::make_shared<EditOptions>();
  CLI::App* edit = group->add_subcommand(
      "edit", "change the duty log or the written items of a draft");
  AddNameArguments(edit, edit_options->name);
  CLI::Option* log =
      edit->add_option("--log", edit_options->log, "the new duty log");
  AddItemOptions(edit, edit_options->items);
  edit->add_option("--keep", edit_options->items.keep,
                   "keep written item ID as it is (repeatable); written "
                   "items not kept are removed");
  RunOnParse(edit, context,
             [edit_options, log](const Client& client, OutputFormat format) {
               edit_options->log_set = log->count() > 0;
               return Edit(client, format, *edit_options);
             });

  auto submit_options = std::make_shared<NameOptions>();
  CLI::App* submit = group->add_subcommand(
      "submit", "submit the handover: it is frozen for the incoming shift");
  AddNameArguments(submit, *submit_options);
  RunOnParse(submit, context,
             [submit_options](const Client& client, OutputFormat format) {
               return Submit(client, format, *submit_options);
             });

  auto consent_options = std::make_shared<ConsentOptions>();
  CLI::App* consent = group->add_subcommand(
      "consent", "consent to passing a significant item on (supervisor)");
  AddNameArguments(consent, consent_options->name);
  consent->add_option("--item", consent_options->item, "the item's id")
      ->required();
  consent->add_option("--comment", consent_options->comment,
                      "at most 500 characters");
  RunOnParse(consent, context,
             [consent_options](const Client& client, OutputFormat format) {
               return Consent(client, format, *consent_options);
             });

  auto accept_options = std::make_shared<AcceptOptions>();
  CLI::App* accept = group->add_subcommand(
      "accept",
      "take over: every item checked, the inventory counted; the outgoing "
      "shift is relieved");
  AddNameArguments(accept, accept_options->name);
  accept->add_flag("--ack-all", accept_options->ack_all,
                   "you checked every item of the handover");
  accept->add_option("--ack", accept_options->ack,
                     "an item you checked (repeatable)");
  accept->add_option("--finished", accept_options->finished,
                     "a significant item both shifts finished together");
  accept->add_option("--count", accept_options->counts,
                     "ITEM=N: your count of a checklist item (one each)");
  accept->add_option("--note", accept_options->notes,
                     "ITEM=TEXT: where a count differs, e.g. "
                     "radio=2号对讲机送修");
  accept->add_option("--remarks", accept_options->remarks,
                     "what you found, at most 2000 characters");
  RunOnParse(accept, context,
             [accept_options](const Client& client, OutputFormat format) {
               return Accept(client, format, *accept_options);
             });

  auto release_options = std::make_shared<ReleaseOptions>();
  CLI::App* release = group->add_subcommand(
      "release",
      "let an outgoing receptionist go before the relief took over "
      "(supervisor)");
  release
      ->add_option("assignment", release_options->assignment,
                   "the duty, sites/{site}/shifts/{shift}/assignments/{id}")
      ->required();
  release->add_option("--reason", release_options->reason, "why, required")
      ->required();
  release->add_option("--etag", release_options->etag, kEtagHelp);
  release->add_option("--request-id", release_options->request_id,
                      kRequestIdHelp);
  RunOnParse(release, context,
             [release_options](const Client& client, OutputFormat format) {
               return Release(client, format, *release_options);
             });

  auto countersign_options = std::make_shared<CountersignOptions>();
  CLI::App* countersign = group->add_subcommand(
      "countersign", "countersign (阅签) a handover record (supervisor)");
  AddNameArguments(countersign, countersign_options->name);
  countersign->add_option("--comment", countersign_options->comment,
                          "at most 500 characters");
  RunOnParse(countersign, context,
             [countersign_options](const Client& client, OutputFormat format) {
               return Countersign(client, format, *countersign_options);
             });

  auto show_options = std::make_shared<NameOptions>();
  CLI::App* show = group->add_subcommand("show", "show a handover record");
  AddNameArguments(show, *show_options, false);
  RunOnParse(show, context,
             [show_options](const Client& client, OutputFormat format) {
               return Show(client, format, *show_options);
             });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list =
      group->add_subcommand("list", "list handover records, newest first");
  list->add_option("--site", list_options->site,
                   "site id, e.g. hx; default every site you may see");
  CheckEnumWord(list->add_option("--status", list_options->status,
                                 "draft, submitted or accepted"),
                Handover::Status_descriptor());
  list->add_option("--from", list_options->from,
                   "outgoing shifts from this local date, YYYY-MM-DD");
  list->add_option("--to", list_options->to,
                   "outgoing shifts up to this local date, YYYY-MM-DD");
  list->add_flag("--awaiting-countersign", list_options->awaiting,
                 "only records not yet countersigned (阅签)");
  list->add_option("--page-size", list_options->page_size,
                   "per page; 0 means the server's default (50)")
      ->check(CLI::Range(0, 1000));
  list->add_option("--page-token", list_options->page_token,
                   "continue from a previous page");
  list->add_flag("--all", list_options->all,
                 "follow next_page_token to the last page");
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return List(client, format, *list_options);
             });
}

}  // namespace frontdesk::cli
