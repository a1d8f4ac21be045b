// The periodic resident callbacks (回访) [T-PERIODIC-RESIDENT-VISITS]: two
// commands added to the "unit" group and one to the "report" group, so
// main() calls AddResidentCallbackCommands() after both.
//
//   unit callback --unit sites/hx/units/3-2-501 --result reached --rating 5
//                 [--comment "..."]        (or --site hx --unit 3-2-501)
//   unit callbacks --site hx [--unit 3-2-501]   (newest first, every page)
//   report callback-plan --site hx|- [--month 2026-12]
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/report_format.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "frontdesk/v1/report_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::ResidentCallback;
using v1::ResidentCallbackPlan;

struct CallbackOptions {
  std::string site;
  std::string unit;
  std::string result;
  int rating = 0;
  std::string comment;
  std::string request_id;
};

// "sites/hx/units/3-2-501", or "3-2-501" with --site.
std::string UnitOf(const std::string& site, const std::string& unit) {
  if (unit.rfind("sites/", 0) == 0) return unit;
  return UnitName(site.empty() ? "" : SiteId(site), unit);
}

std::string ResultText(int result) {
  return EnumText(ResidentCallback::Result_descriptor(), result);
}

void PrintCallback(const ResidentCallback& c) {
  KeyValues view;
  view.Add("name", c.name());
  view.Add("result", ResultText(c.result()));
  view.AddIfSet("rating", c.rating() ? absl::StrCat(c.rating(), "/5") : "");
  view.AddIfSet("comment", c.comment());
  view.Add("caller", c.caller());
  view.Add("created", FormatLocalTime(c.create_time()));
  view.Print(std::cout);
}

int CreateCallback(const Client& client, OutputFormat format,
                   const CallbackOptions& options) {
  v1::CreateResidentCallbackRequest request;
  request.set_parent(UnitOf(options.site, options.unit));
  ResidentCallback* c = request.mutable_resident_callback();
  c->set_result(static_cast<ResidentCallback::Result>(
      EnumNumber(ResidentCallback::Result_descriptor(), options.result)));
  c->set_rating(options.rating);
  c->set_comment(options.comment);
  request.set_request_id(options.request_id);
  ResidentCallback response;
  if (!CallStub(client, &v1::DirectoryService::Stub::CreateResidentCallback,
                request, &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else {
    PrintCallback(response);
  }
  return kExitOk;
}

int ListCallbacks(const Client& client, OutputFormat format,
                  const CallbackOptions& options) {
  v1::ListResidentCallbacksRequest request;
  request.set_parent(options.unit.empty() ? SiteName(options.site) + "/units/-"
                                          : UnitOf(options.site, options.unit));
  v1::ListResidentCallbacksResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListResidentCallbacks,
                    request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.resident_callbacks().empty()) {
    std::cerr << Msg("none.resident_callbacks", {request.parent()}) << "\n";
    return kExitOk;
  }
  Table table({"UNIT", "RESULT", "RATING", "CALLER", "CREATED", "COMMENT"});
  table.SetMaxWidth(5, 40);
  for (const ResidentCallback& c : all.resident_callbacks()) {
    // sites/hx/units/3-2-501/residentCallbacks/7 → 3-2-501
    const std::string unit =
        c.name().substr(0, c.name().find("/residentCallbacks/"));
    table.AddRow({LastSegment(unit), ResultText(c.result()),
                  c.rating() ? absl::StrCat(c.rating()) : "",
                  LastSegment(c.caller()), FormatLocalTime(c.create_time()),
                  c.comment()});
  }
  table.Print(std::cout);
  return kExitOk;
}

void PrintPlanSummary(const ResidentCallbackPlan& plan) {
  KeyValues view;
  view.Add("site", plan.scope().site());
  view.Add("period", absl::StrCat(plan.scope().period().start_date(), " .. ",
                                  plan.scope().period().end_date()));
  view.Add("cadence",
           plan.cadence() == ResidentCallbackPlan::CADENCE_UNSPECIFIED
               ? Msg(plan.handover_date_set() || plan.by_site_size() > 0
                         ? "word.cadence_none"
                         : "word.handover_not_set")
               : EnumText(ResidentCallbackPlan::Cadence_descriptor(),
                          plan.cadence()));
  view.Add("units due", absl::StrCat(plan.due()));
  view.Add("done", absl::StrCat(plan.done()));
  view.Add("coverage", plan.coverage().no_data()
                           ? std::string(kNoDataMark)
                           : absl::StrCat(RateCell(plan.coverage()), " (",
                                          plan.done(), "/", plan.due(), ")"));
  if (plan.truncated()) view.Add("truncated", Msg("word.yes"));
  view.Print(std::cout);
}

int PrintPlan(const ResidentCallbackPlan& plan) {
  PrintPlanSummary(plan);
  if (plan.by_site_size() > 0) {
    std::cout << "\n";
    Table table({"SITE", "CADENCE", "UNITS DUE", "DONE", "COVERAGE"});
    for (const ResidentCallbackPlan& s : plan.by_site()) {
      table.AddRow(
          {LastSegment(s.scope().site()),
           EnumText(ResidentCallbackPlan::Cadence_descriptor(), s.cadence()),
           absl::StrCat(s.due()), absl::StrCat(s.done()),
           RateCell(s.coverage())});
    }
    table.Print(std::cout);
    return kExitOk;
  }
  if (plan.units().empty()) {
    std::cerr << Msg("none.plan_units") << "\n";
    return kExitOk;
  }
  std::cout << "\n";
  Table table({"UNIT", "DONE", "CALLBACKS", "LAST CALLBACK"});
  for (const v1::UnitCallbackStatus& u : plan.units()) {
    table.AddRow({u.display(), u.done() ? Msg("word.yes") : "",
                  absl::StrCat(u.callbacks_in_period()),
                  FormatLocalTime(u.last_callback_time())});
  }
  table.Print(std::cout);
  return kExitOk;
}

struct PlanOptions {
  std::string site = "-";
  std::string month;
};

int ShowPlan(const Client& client, OutputFormat format,
             const PlanOptions& options) {
  v1::GetResidentCallbackPlanRequest request;
  request.set_site(SiteNameOrAll(options.site));
  request.set_month(options.month);
  ResidentCallbackPlan plan;
  if (!CallStub(client, &v1::ReportService::Stub::GetResidentCallbackPlan,
                request, &plan)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(plan, std::cout);
    return kExitOk;
  }
  return PrintPlan(plan);
}

}  // namespace

void AddResidentCallbackCommands(CLI::App& app, CommandContext& context) {
  CLI::App* unit = app.get_subcommand("unit");
  auto create = std::make_shared<CallbackOptions>();
  CLI::App* callback = unit->add_subcommand(
      "callback",
      "record a periodic callback (回访) of a unit's residents: reached with "
      "a rating 1..5, or unreachable");
  callback->add_option("--site", create->site,
                       "site id, e.g. hx (with a short --unit)");
  callback
      ->add_option("--unit", create->unit,
                   "sites/{site}/units/{unit}, or 3-2-501 with --site")
      ->required();
  CheckEnumWord(
      callback->add_option("--result", create->result, "reached or unreachable")
          ->required(),
      ResidentCallback::Result_descriptor());
  callback->add_option("--rating", create->rating,
                       "1..5 when reached (5 very satisfied)");
  callback->add_option("--comment", create->comment,
                       "what the resident said, up to 500 characters");
  callback->add_option("--request-id", create->request_id, kRequestIdHelp);
  RunOnParse(callback, context,
             [create](const Client& client, OutputFormat format) {
               return CreateCallback(client, format, *create);
             });

  auto list = std::make_shared<CallbackOptions>();
  CLI::App* callbacks = unit->add_subcommand(
      "callbacks", "the periodic callbacks of a site or a unit, newest first");
  callbacks->add_option("--site", list->site, "site id, e.g. hx")->required();
  callbacks->add_option("--unit", list->unit, "only this unit, e.g. 3-2-501");
  RunOnParse(callbacks, context,
             [list](const Client& client, OutputFormat format) {
               return ListCallbacks(client, format, *list);
             });

  CLI::App* report = app.get_subcommand("report");
  auto plan = std::make_shared<PlanOptions>();
  CLI::App* plan_command = report->add_subcommand(
      "callback-plan",
      "回访计划: the units due for a periodic callback in the month's duty "
      "period (monthly in the first year after handover, quarterly after), "
      "which are done, and the coverage");
  plan_command
      ->add_option("--site", plan->site,
                   "site id, e.g. hx, or - for every site you may see")
      ->capture_default_str();
  plan_command
      ->add_option("--month", plan->month,
                   "YYYY-MM; the current month when omitted")
      ->check(MonthWord());
  RunOnParse(plan_command, context,
             [plan](const Client& client, OutputFormat format) {
               return ShowPlan(client, format, *plan);
             });
}

}  // namespace frontdesk::cli
