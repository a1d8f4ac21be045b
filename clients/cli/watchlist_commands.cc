// `frontdesk watchlist ...`: the site's watchlist (SUPERVISOR or MANAGER).
//
//   watchlist add --site hx --id-number 110101199003079999 --reason "多次滋扰"
//                 [--id-type T] [--name N --phone P] [--action deny|alert]
//                 [--expires TIME] [--request-id ID]
//   watchlist list [--site hx] [--action deny|alert] [--expired]
//                  [--show-deleted] [--unmask --reason R] [--all]
//   watchlist remove ENTRY [--site hx] [--etag E] [--request-id ID]
//
// An entry matches a check-in by document number, or by name and phone
// together. --expires defaults to one year ahead: the server requires an
// expiry (at most 3 years; there are no permanent entries). ENTRY is
// "sites/hx/watchlistEntries/3", or "3" with --site hx.
#include <CLI/CLI.hpp>
#include <ctime>
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

using v1::VisitorService;
using v1::WatchlistEntry;

constexpr int64_t kDefaultExpirySeconds = 365LL * 24 * 3600;

// --action 拒绝进入 means --action deny (the catalogue's words).
std::string ActionWordOfInput(std::string input) {
  return EnumWordOfInput(WatchlistEntry::Action_descriptor(), input);
}

struct AddOptions {
  std::string site;
  PersonOptions person;
  std::string action;
  std::string reason;
  std::string expires;
  std::string request_id;
};

struct ListOptions {
  std::string site;
  std::string action;
  bool expired = false;
  bool show_deleted = false;
  bool unmask = false;
  std::string unmask_reason;
  PageOptions page;
};

struct RemoveOptions {
  std::string entry;
  std::string site;
  std::string etag;
  std::string request_id;
};

void PrintEntryResult(const WatchlistEntry& entry, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(entry, std::cout);
  } else {
    PrintWatchlistEntry(entry, std::cout);
  }
}

int AddEntry(const Client& client, OutputFormat format,
             const AddOptions& options) {
  if (options.person.id_number.empty() &&
      (options.person.name.empty() || options.person.phone.empty())) {
    throw UsageError(Msg("usage.watchlist_whom"));
  }
  v1::CreateWatchlistEntryRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  WatchlistEntry* entry = request.mutable_watchlist_entry();
  FillVisitor(options.person, entry->mutable_person());
  entry->set_action(static_cast<WatchlistEntry::Action>(
      EnumNumber(WatchlistEntry::Action_descriptor(),
                 options.action.empty() ? "deny" : options.action)));
  entry->set_reason(options.reason);
  if (options.expires.empty()) {
    entry->mutable_expire_time()->set_seconds(
        static_cast<int64_t>(std::time(nullptr)) + kDefaultExpirySeconds);
  } else {
    *entry->mutable_expire_time() = *ParseTimeInput(options.expires);
  }
  WatchlistEntry response;
  if (!CallVisitors(client, &VisitorService::Stub::CreateWatchlistEntry,
                    request, &response)) {
    return kExitRpcError;
  }
  PrintEntryResult(response, format);
  return kExitOk;
}

int ListEntries(const Client& client, OutputFormat format,
                const ListOptions& options) {
  if (options.unmask != !options.unmask_reason.empty()) {
    throw UsageError(Msg("usage.unmask_and_reason"));
  }
  v1::ListWatchlistEntriesRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  FilterBuilder filter;
  if (!options.action.empty()) {
    filter.AddEnum(
        "action", "=",
        EnumFilterName(WatchlistEntry::Action_descriptor(), options.action));
  }
  if (options.expired) filter.AddEnum("expired", "=", "true");
  request.set_filter(filter.Build());
  request.set_show_deleted(options.show_deleted);
  request.set_unmask(options.unmask);
  request.set_unmask_reason(options.unmask_reason);
  v1::ListWatchlistEntriesResponse response;
  if (!ListPages(client, &VisitorService::Stub::ListWatchlistEntries,
                 options.page, request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else if (response.watchlist_entries().empty()) {
    std::cerr << Msg("none.watchlist") << "\n";
  } else {
    PrintWatchlistTable(response.watchlist_entries(), std::cout);
  }
  return kExitOk;
}

int RemoveEntry(const Client& client, OutputFormat format,
                const RemoveOptions& options) {
  v1::DeleteWatchlistEntryRequest request;
  request.set_name(SiteChildName(options.site, "watchlistEntries",
                                 options.entry, "watchlist entry"));
  request.set_etag(options.etag);
  request.set_request_id(options.request_id);
  WatchlistEntry response;
  if (!CallVisitors(client, &VisitorService::Stub::DeleteWatchlistEntry,
                    request, &response)) {
    return kExitRpcError;
  }
  PrintEntryResult(response, format);
  return kExitOk;
}

}  // namespace

void AddWatchlistCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "watchlist",
      "persons to refuse (or admit with an alert) at a site; SUPERVISOR or "
      "MANAGER");
  group->require_subcommand(1);

  auto add_options = std::make_shared<AddOptions>();
  CLI::App* add = group->add_subcommand(
      "add", "add a person, by document number or by name and phone");
  add->add_option("--site", add_options->site, "site id, e.g. hx")->required();
  AddPersonOptions(add, add_options->person,
                   "the person's name (with --phone, when there is no "
                   "document number)",
                   false);
  add->add_option("--reason", add_options->reason,
                  "why, 1..500 characters; shown to the desk when a check-in "
                  "is refused, never to the visitor")
      ->required();
  add->add_option("--action", add_options->action,
                  "deny (refuse entry, the default) or alert (admit and "
                  "notify the supervisors)")
      ->transform(ActionWordOfInput)
      ->check(CLI::IsMember({"deny", "alert"}, NormalizeEnumWord));
  add->add_option("--expires", add_options->expires,
                  "when the entry stops matching, " + std::string(kTimeHelp) +
                      "; default one year ahead (the server requires an "
                      "expiry, at most 3 years ahead)")
      ->check(TimeWord());
  add->add_option("--request-id", add_options->request_id, kRequestIdHelp);
  RunOnParse(add, context,
             [add_options](const Client& client, OutputFormat format) {
               return AddEntry(client, format, *add_options);
             });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list =
      group->add_subcommand("list", "list active entries, newest first");
  list->add_option("--site", list_options->site,
                   "site id, e.g. hx; default every site you may see");
  list->add_option("--action", list_options->action, "deny or alert")
      ->transform(ActionWordOfInput)
      ->check(CLI::IsMember({"deny", "alert"}, NormalizeEnumWord));
  list->add_flag("--expired", list_options->expired,
                 "only entries that have expired");
  list->add_flag("--show-deleted", list_options->show_deleted,
                 "include removed entries");
  list->add_flag("--unmask", list_options->unmask,
                 "show document and phone numbers in full (logged)");
  list->add_option("--reason,--unmask-reason", list_options->unmask_reason,
                   "why the numbers are read, required with --unmask");
  AddPageOptions(list, list_options->page);
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return ListEntries(client, format, *list_options);
             });

  auto remove_options = std::make_shared<RemoveOptions>();
  CLI::App* remove = group->add_subcommand(
      "remove", "remove an entry: it stops matching at once");
  remove
      ->add_option("entry", remove_options->entry,
                   "sites/{site}/watchlistEntries/{id}, or the id with --site")
      ->required();
  remove->add_option("--site", remove_options->site,
                     "site id, when ENTRY is only the id");
  remove->add_option("--etag", remove_options->etag, kEtagHelp);
  remove->add_option("--request-id", remove_options->request_id,
                     kRequestIdHelp);
  RunOnParse(remove, context,
             [remove_options](const Client& client, OutputFormat format) {
               return RemoveEntry(client, format, *remove_options);
             });
}

}  // namespace frontdesk::cli
