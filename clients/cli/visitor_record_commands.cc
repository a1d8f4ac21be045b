// `frontdesk visitor ...`: the visitor register's records, added to the
// "visitor" group of visitor_commands.cc: refusals, the supervisors'
// watchlist alerts, the site's visitor settings and the log of unmasked
// reads.
//
//   visitor refusals [--site hx] [--refusal-reason R] [--refused-by S]
//                    [--date D] [--unmask --reason R] [--all]
//   visitor alerts [--site hx] [--kind watchlist-denied|watchlist-admitted]
//   visitor settings --site hx [--retention-days N] [--default-stay 4h]
//                    [--overstay-grace 30m] [--key-loan 4h]
//                    [--ticket-retention-days N] [--etag E]
//   visitor access-log [--site hx] [--actor S] [--resource NAME] [--all]
//
// Without --site a list covers every site the caller may see; every list
// also takes --page-size, --page-token and --all. Dates are the site's local
// dates, YYYY-MM-DD; durations are 30m, 4h, 7d (duration.h).
#include <google/protobuf/duration.pb.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/visitor_calls.h"
#include "clients/cli/visitor_options.h"
#include "clients/cli/visitor_view.h"

namespace frontdesk::cli {
namespace {

using v1::VisitorService;

struct RefusalsOptions {
  std::string site;
  std::string refusal_reason;
  std::string refused_by;
  std::string date;
  UnmaskOptions unmask;
  PageOptions page;
};

struct AlertsOptions {
  std::string site;
  std::string kind;
  PageOptions page;
};

struct SettingsOptions {
  std::string site;
  int retention_days = 0;
  std::string default_stay;
  std::string overstay_grace;
  std::string key_loan;
  int ticket_retention_days = 0;
  std::string etag;
  std::string request_id;
};

struct AccessLogOptions {
  std::string site;
  std::string actor;
  std::string resource;
  PageOptions page;
};

int ListRefusals(const Client& client, OutputFormat format,
                 const RefusalsOptions& options) {
  options.unmask.Check();
  v1::ListRefusalsRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  FilterBuilder filter;
  if (!options.refusal_reason.empty()) {
    filter.AddEnum("reason", "=",
                   EnumFilterName(v1::Refusal::Reason_descriptor(),
                                  options.refusal_reason));
  }
  if (!options.refused_by.empty()) {
    filter.AddText("refused_by", "=", StaffName(options.refused_by));
  }
  filter.AddText("create_date", "=", options.date);
  request.set_filter(filter.Build());
  request.set_unmask(options.unmask.unmask);
  request.set_unmask_reason(options.unmask.reason);
  v1::ListRefusalsResponse response;
  if (!ListPages(client, &VisitorService::Stub::ListRefusals, options.page,
                 request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else if (response.refusals().empty()) {
    std::cerr << Msg("none.refusals") << "\n";
  } else {
    PrintRefusalTable(response.refusals(), std::cout);
  }
  return kExitOk;
}

int ListAlerts(const Client& client, OutputFormat format,
               const AlertsOptions& options) {
  v1::ListVisitorAlertsRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  FilterBuilder filter;
  if (!options.kind.empty()) {
    filter.AddEnum(
        "kind", "=",
        EnumFilterName(v1::VisitorAlert::Kind_descriptor(), options.kind));
  }
  request.set_filter(filter.Build());
  v1::ListVisitorAlertsResponse response;
  if (!ListPages(client, &VisitorService::Stub::ListVisitorAlerts, options.page,
                 request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else if (response.visitor_alerts().empty()) {
    std::cerr << Msg("none.alerts") << "\n";
  } else {
    PrintVisitorAlertTable(response.visitor_alerts(), std::cout);
  }
  return kExitOk;
}

void SetDuration(const std::string& text, google::protobuf::Duration* out) {
  out->set_seconds(*ParseDurationSeconds(text));
  out->set_nanos(0);
}

int Settings(const Client& client, OutputFormat format,
             const SettingsOptions& options) {
  const std::string name = SiteName(options.site) + "/visitorSettings";
  v1::VisitorSettings response;
  v1::UpdateVisitorSettingsRequest update;
  v1::VisitorSettings* settings = update.mutable_visitor_settings();
  auto* mask = update.mutable_update_mask();
  if (options.retention_days != 0) {
    settings->set_retention_days(options.retention_days);
    mask->add_paths("retention_days");
  }
  if (!options.default_stay.empty()) {
    SetDuration(options.default_stay,
                settings->mutable_default_visit_duration());
    mask->add_paths("default_visit_duration");
  }
  if (!options.overstay_grace.empty()) {
    SetDuration(options.overstay_grace, settings->mutable_overstay_grace());
    mask->add_paths("overstay_grace");
  }
  if (!options.key_loan.empty()) {
    SetDuration(options.key_loan,
                settings->mutable_default_key_loan_duration());
    mask->add_paths("default_key_loan_duration");
  }
  if (options.ticket_retention_days != 0) {
    settings->set_ticket_retention_days(options.ticket_retention_days);
    mask->add_paths("ticket_retention_days");
  }
  bool ok = false;
  if (mask->paths().empty()) {
    if (!options.etag.empty() || !options.request_id.empty()) {
      throw UsageError(Msg("usage.etag_needs_change"));
    }
    v1::GetVisitorSettingsRequest request;
    request.set_name(name);
    ok = CallVisitors(client, &VisitorService::Stub::GetVisitorSettings,
                      request, &response);
  } else {
    settings->set_name(name);
    settings->set_etag(options.etag);
    update.set_request_id(options.request_id);
    ok = CallVisitors(client, &VisitorService::Stub::UpdateVisitorSettings,
                      update, &response);
  }
  if (!ok) return kExitRpcError;
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else {
    PrintVisitorSettings(response, std::cout);
  }
  return kExitOk;
}

int ListAccesses(const Client& client, OutputFormat format,
                 const AccessLogOptions& options) {
  v1::ListSensitiveDataAccessesRequest request;
  request.set_parent(SiteNameOrAll(options.site));
  FilterBuilder filter;
  if (!options.actor.empty()) {
    filter.AddText("actor", "=", StaffName(options.actor));
  }
  filter.AddText("resource", "=", options.resource);
  request.set_filter(filter.Build());
  v1::ListSensitiveDataAccessesResponse response;
  if (!ListPages(client, &VisitorService::Stub::ListSensitiveDataAccesses,
                 options.page, request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else if (response.sensitive_data_accesses().empty()) {
    std::cerr << Msg("none.unmasked_reads") << "\n";
  } else {
    PrintSensitiveDataAccessTable(response.sensitive_data_accesses(),
                                  std::cout);
  }
  return kExitOk;
}

void AddRefusalsCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<RefusalsOptions>();
  CLI::App* refusals =
      group->add_subcommand("refusals", "list refusals, newest first");
  refusals->add_option("--site", options->site,
                       "site id, e.g. hx; default every site you may see");
  CheckEnumWord(
      refusals->add_option("--refusal-reason", options->refusal_reason,
                           "only this reason, e.g. no-document"),
      v1::Refusal::Reason_descriptor());
  refusals->add_option("--refused-by", options->refused_by,
                       "only refusals by this staff id");
  refusals
      ->add_option("--date", options->date,
                   std::string("only that day, ") + kDateHelp)
      ->check(DateWord());
  AddUnmaskOptions(refusals, options->unmask);
  AddPageOptions(refusals, options->page);
  RunOnParse(refusals, context,
             [options](const Client& client, OutputFormat f) {
               return ListRefusals(client, f, *options);
             });
}

void AddAlertsCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<AlertsOptions>();
  CLI::App* alerts = group->add_subcommand(
      "alerts",
      "watchlist alerts for the supervisors, newest first (SUPERVISOR or "
      "MANAGER)");
  alerts->add_option("--site", options->site,
                     "site id, e.g. hx; default every site you may see");
  CheckEnumWord(alerts->add_option("--kind", options->kind,
                                   "watchlist-denied or watchlist-admitted"),
                v1::VisitorAlert::Kind_descriptor());
  AddPageOptions(alerts, options->page);
  RunOnParse(alerts, context, [options](const Client& client, OutputFormat f) {
    return ListAlerts(client, f, *options);
  });
}

void AddSettingsCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<SettingsOptions>();
  CLI::App* settings = group->add_subcommand(
      "settings",
      "show the site's visitor settings, or change those given (SUPERVISOR "
      "or MANAGER)");
  settings->add_option("--site", options->site, "site id, e.g. hx")->required();
  settings
      ->add_option("--retention-days", options->retention_days,
                   "days personal data of ended visits, refusals and key "
                   "loans is kept before it is erased, 1..3650 (default 90)")
      ->check(CLI::Range(1, 3650));
  settings
      ->add_option("--default-stay", options->default_stay,
                   "expected stay when check-in gives no --until, 5m..7d "
                   "(default 4h)")
      ->check(DurationWord());
  settings
      ->add_option("--overstay-grace", options->overstay_grace,
                   "tolerance before a visit counts as overstayed, 0s..24h "
                   "(default 30m)")
      ->check(DurationWord());
  settings
      ->add_option("--key-loan", options->key_loan,
                   "default loan period of a key (default 4h)")
      ->check(DurationWord());
  settings
      ->add_option("--ticket-retention-days", options->ticket_retention_days,
                   "days a finished ticket's reporter (name and phone) is "
                   "kept before it is erased, unless the ticket is marked "
                   "important; 365..3650 (default 365)")
      ->check(CLI::Range(365, 3650));
  settings->add_option("--etag", options->etag, kEtagHelp);
  settings->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(settings, context,
             [options](const Client& client, OutputFormat f) {
               return Settings(client, f, *options);
             });
}

void AddAccessLogCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<AccessLogOptions>();
  CLI::App* log = group->add_subcommand(
      "access-log",
      "who read document or phone numbers unmasked, newest first (MANAGER "
      "or ADMIN)");
  log->add_option("--site", options->site,
                  "site id, e.g. hx; default every site you may see");
  log->add_option("--actor", options->actor, "only reads by this staff id");
  log->add_option("--resource", options->resource,
                  "only reads of this resource, e.g. sites/hx/visits/12");
  AddPageOptions(log, options->page);
  RunOnParse(log, context, [options](const Client& client, OutputFormat f) {
    return ListAccesses(client, f, *options);
  });
}

}  // namespace

void AddVisitorRecordCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.get_subcommand("visitor");
  AddRefusalsCommand(group, context);
  AddAlertsCommand(group, context);
  AddSettingsCommand(group, context);
  AddAccessLogCommand(group, context);
}

}  // namespace frontdesk::cli
