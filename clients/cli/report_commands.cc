// `frontdesk report ...`: the reports of ReportService (报表) and a site's
// report settings.
//
//   report daily      [--site hx|-] [--date 2026-12-06]   (default: yesterday)
//   report weekly     [--site hx|-] [--date 2026-12-06]   (its Monday..Sunday)
//   report monthly    [--site hx|-] [--month 2026-11]     (default: last month)
//   report complaints [--site hx|-] --from 2026-11-01 --to 2026-11-30
//   report quality    [--site hx|-] --from 2026-11-01 --to 2026-11-30
//   report staff      [--site hx|-] --from ... --to ... [--staff wang.li]...
//   report open-items [--site hx|-] [--checkpoint 11:00|14:30|now] [--date D]
//   report render --kind daily|weekly|... --input FILE.json   (no server)
//   report settings show --site hx
//   report settings set --site hx [--complaint-deadline 72h]
//       [--dispatch-limit-normal 30m] [--dispatch-limit-urgent 10m]
//       [--effective-complaint-basis units|tickets]
//       [--satisfaction-target 0.95] [--resident-handover-date 2026-03-15]
//       [--etag E] [--request-id ID]
//   report callback-plan: resident_callback_commands.cc
//
// The reports take -o table (default), json, csv or html, the global
// --lang (the labels: Chinese unless --lang en, whatever LANG says; see
// messages.h) and --out DIR: write the report to
// DIR/{site}_{report}_{period}.{txt|json|csv|html} (report_kinds.h), and
// for --site - one file per site as well, atomically (report_files.h),
// printing each path written; exit 1 when the call or any write failed,
// after writing what it could. `report render` prints or writes an
// archived `-o json` report the same way, without a server or token.
#include <google/protobuf/message.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/report_document.h"
#include "clients/cli/report_files.h"
#include "clients/cli/report_format.h"
#include "clients/cli/report_kinds.h"
#include "clients/cli/report_render.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/report_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::ReportService;
using v1::ReportSettings;

// What every report command takes.
struct ReportOptions {
  std::string site = "-";
  std::string out;
};

struct DateOptions : ReportOptions {
  std::string date;
};

struct MonthOptions : ReportOptions {
  std::string month;
};

struct PeriodOptions : ReportOptions {
  std::string from, to;
  std::vector<std::string> staff;
};

struct OpenItemsOptions : ReportOptions {
  std::string checkpoint = "now";
  std::string date;
};

struct RenderOptions : ReportOptions {
  std::string kind, input;
};

struct SettingsOptions {
  std::string site;
  std::string complaint_deadline, dispatch_limit_normal, dispatch_limit_urgent;
  std::string effective_complaint_basis;
  double satisfaction_target = -1;
  // "YYYY-MM-DD", or "none" to unset it; "" leaves it as it is.
  std::string resident_handover_date;
  std::string etag, request_id;
};

const CommandTraits kReportTraits{/*document_output=*/true, /*offline=*/false};

// "sites/-" for "-" (every site the caller may see), else "sites/{site}".
std::string ReportSite(const std::string& site) {
  if (site.empty() || site == "-" || site == "sites/-") return "sites/-";
  return SiteName(site);
}

std::string Extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return "json";
    case OutputFormat::kCsv:
      return "csv";
    case OutputFormat::kHtml:
      return "html";
    case OutputFormat::kTable:
      break;
  }
  return "txt";
}

std::string Render(ReportKind kind, const google::protobuf::Message& report,
                   OutputFormat format, ReportLang lang) {
  std::ostringstream out;
  if (format == OutputFormat::kJson) {
    PrintJson(report, out);
    return out.str();
  }
  ReportDocument document = BuildReportDocument(kind, report, lang);
  switch (format) {
    case OutputFormat::kCsv:
      RenderReportCsv(document, out);
      break;
    case OutputFormat::kHtml:
      RenderReportHtml(document, out);
      break;
    default:
      RenderReportText(document, out);
  }
  return out.str();
}

// Prints the report, or writes its files under --out (see the file
// comment). The exit code.
int Emit(ReportKind kind, const google::protobuf::Message& report,
         OutputFormat format, const ReportOptions& options) {
  const ReportLang lang = ReportDocumentLang();
  if (options.out.empty()) {
    std::cout << Render(kind, report, format, lang);
    return kExitOk;
  }
  if (std::string error = EnsureDirectory(options.out); !error.empty()) {
    std::cerr << Msg("err.prefix") << Msg("err.out_dir", {error}) << "\n";
    return kExitRpcError;
  }
  std::vector<const google::protobuf::Message*> files = {&report};
  for (const google::protobuf::Message* site : BySiteOf(report)) {
    files.push_back(site);
  }
  bool failed = false;
  for (const google::protobuf::Message* file : files) {
    const std::string name = ReportFileName(kind, *file, Extension(format));
    std::string error = WriteFileAtomically(options.out, name,
                                            Render(kind, *file, format, lang));
    if (error.empty()) {
      std::cout << options.out << "/" << name << "\n";
    } else {
      std::cerr << Msg("err.prefix") << Msg("err.writing", {name, error})
                << "\n";
      failed = true;
    }
  }
  return failed ? kExitRpcError : kExitOk;
}

template <typename Request, typename Response>
using ReportMethod = StubMethod<ReportService::Stub, Request, Response>;

// One report call, then Emit(); on a failed call nothing is written.
template <typename Request, typename Response>
int Report(const Client& client, OutputFormat format, ReportKind kind,
           ReportMethod<Request, Response> method, const Request& request,
           const ReportOptions& options) {
  Response response;
  if (!CallStub(client, method, request, &response)) {
    if (!options.out.empty()) {
      std::cerr << Msg("err.prefix")
                << Msg("err.report_failed",
                       {ReportKindWord(kind), request.site(), options.out})
                << "\n";
    }
    return kExitRpcError;
  }
  return Emit(kind, response, format, options);
}

int Render(OutputFormat format, const RenderOptions& options) {
  std::optional<ReportKind> kind = ReportKindOfWord(options.kind);
  if (!kind) throw UsageError(Msg("usage.not_a_report", {options.kind}));
  std::string json;
  if (options.input == "-") {
    json.assign(std::istreambuf_iterator<char>(std::cin),
                std::istreambuf_iterator<char>());
  } else {
    std::ifstream file(options.input, std::ios::binary);
    if (!file) {
      std::cerr << Msg("err.prefix") << Msg("err.cannot_read", {options.input})
                << "\n";
      return kExitRpcError;
    }
    json.assign(std::istreambuf_iterator<char>(file),
                std::istreambuf_iterator<char>());
  }
  std::unique_ptr<google::protobuf::Message> report = NewReportMessage(*kind);
  if (std::string error = ParseReportJson(json, report.get()); !error.empty()) {
    std::cerr << Msg("err.prefix")
              << Msg("err.not_report_json",
                     {options.input, options.kind, error})
              << "\n";
    return kExitRpcError;
  }
  return Emit(*kind, *report, format, options);
}

void PrintSettings(const ReportSettings& s, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(s, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("name", s.name());
  kv.Add("complaint deadline", DurationCell(s.complaint_deadline()));
  kv.Add("dispatch limit normal", DurationCell(s.dispatch_limit_normal()));
  kv.Add("dispatch limit urgent", DurationCell(s.dispatch_limit_urgent()));
  kv.Add("effective complaint basis",
         s.effective_complaint_basis() ==
                 ReportSettings::EFFECTIVE_COMPLAINT_BASIS_UNSPECIFIED
             ? EnumText(ReportSettings::EffectiveComplaintBasis_descriptor(),
                        ReportSettings::UNITS)
             : EnumText(ReportSettings::EffectiveComplaintBasis_descriptor(),
                        s.effective_complaint_basis()));
  kv.Add("satisfaction target", s.satisfaction_target() > 0
                                    ? TargetPercentText(s.satisfaction_target())
                                    : Msg("value.none"));
  kv.Add("resident handover date", s.resident_handover_date().empty()
                                       ? Msg("word.handover_not_set")
                                       : s.resident_handover_date());
  kv.Add("defaults",
         s.is_default() ? Msg("view.default_not_saved") : Msg("value.no"));
  kv.AddIfSet("updated", FormatLocalTime(s.update_time()));
  kv.AddIfSet("etag", s.etag());
  kv.Print(std::cout);
}

int ShowSettings(const Client& client, OutputFormat format,
                 const SettingsOptions& options) {
  v1::GetReportSettingsRequest request;
  request.set_name(SiteName(options.site) + "/reportSettings");
  ReportSettings response;
  if (!CallStub(client, &ReportService::Stub::GetReportSettings, request,
                &response)) {
    return kExitRpcError;
  }
  PrintSettings(response, format);
  return kExitOk;
}

int SetSettings(const Client& client, OutputFormat format,
                const SettingsOptions& options) {
  v1::UpdateReportSettingsRequest request;
  ReportSettings* settings = request.mutable_report_settings();
  settings->set_name(SiteName(options.site) + "/reportSettings");
  settings->set_etag(options.etag);
  google::protobuf::FieldMask* mask = request.mutable_update_mask();
  auto set_duration = [&](const std::string& text, const char* path,
                          google::protobuf::Duration* field) {
    if (text.empty()) return;
    field->set_seconds(*ParseDurationSeconds(text));
    mask->add_paths(path);
  };
  set_duration(options.complaint_deadline, "complaint_deadline",
               settings->mutable_complaint_deadline());
  set_duration(options.dispatch_limit_normal, "dispatch_limit_normal",
               settings->mutable_dispatch_limit_normal());
  set_duration(options.dispatch_limit_urgent, "dispatch_limit_urgent",
               settings->mutable_dispatch_limit_urgent());
  if (!options.effective_complaint_basis.empty()) {
    settings->set_effective_complaint_basis(
        static_cast<ReportSettings::EffectiveComplaintBasis>(
            EnumNumber(ReportSettings::EffectiveComplaintBasis_descriptor(),
                       options.effective_complaint_basis)));
    mask->add_paths("effective_complaint_basis");
  }
  if (options.satisfaction_target >= 0) {
    settings->set_satisfaction_target(options.satisfaction_target);
    mask->add_paths("satisfaction_target");
  }
  if (!options.resident_handover_date.empty()) {
    const std::string& date = options.resident_handover_date;
    settings->set_resident_handover_date(date == "none" ? "" : date);
    mask->add_paths("resident_handover_date");
  }
  if (mask->paths().empty()) {
    // An empty mask would mean "all of them" to the server.
    throw UsageError(Msg("usage.nothing_to_set_report"));
  }
  request.set_request_id(options.request_id);
  ReportSettings response;
  if (!CallStub(client, &ReportService::Stub::UpdateReportSettings, request,
                &response)) {
    return kExitRpcError;
  }
  PrintSettings(response, format);
  return kExitOk;
}

void AddCommonOptions(CLI::App* command, ReportOptions& options) {
  command
      ->add_option("--site", options.site,
                   "site id, e.g. hx, or - for every site you may see "
                   "(then also one file per site with --out)")
      ->capture_default_str();
  command->add_option("--out", options.out,
                      "write DIR/{site}_{report}_{period}.{ext} atomically "
                      "and print the paths, instead of printing the report");
}

void AddPeriod(CLI::App* command, PeriodOptions& options) {
  command->add_option("--from", options.from, "first date, YYYY-MM-DD")
      ->required()
      ->check(DateWord());
  command->add_option("--to", options.to, "last date, YYYY-MM-DD")
      ->required()
      ->check(DateWord());
}

v1::ReportPeriod PeriodOf(const PeriodOptions& options) {
  v1::ReportPeriod period;
  period.set_start_date(options.from);
  period.set_end_date(options.to);
  return period;
}

}  // namespace

void AddReportCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "report",
      "reports (报表): daily, weekly, monthly, complaints, quality, staff, "
      "open-items as table, json, csv or html; render; settings; "
      "callback-plan");
  group->require_subcommand(1);
  // Before the report commands: each copies its parent's footer.
  group->footer(Msg("help.report.footer"));

  auto daily_options = std::make_shared<DateOptions>();
  CLI::App* daily = group->add_subcommand(
      "daily", "值班日报: one day's duty report (default: yesterday)");
  AddCommonOptions(daily, *daily_options);
  daily->add_option("--date", daily_options->date, kDateHelp)
      ->check(DateWord());
  RunOnParse(
      daily, context,
      [daily_options](const Client& client, OutputFormat format) {
        v1::GetDailyDutyReportRequest request;
        request.set_site(ReportSite(daily_options->site));
        request.set_date(daily_options->date);
        return Report(client, format, ReportKind::kDaily,
                      &ReportService::Stub::GetDailyDutyReport, request,
                      *daily_options);
      },
      kReportTraits);

  auto weekly_options = std::make_shared<DateOptions>();
  CLI::App* weekly = group->add_subcommand(
      "weekly",
      "周报: the week (Monday to Sunday) of --date (default: last "
      "week)");
  AddCommonOptions(weekly, *weekly_options);
  weekly
      ->add_option("--date", weekly_options->date,
                   "any date of the week, YYYY-MM-DD")
      ->check(DateWord());
  RunOnParse(
      weekly, context,
      [weekly_options](const Client& client, OutputFormat format) {
        v1::GetWeeklySummaryRequest request;
        request.set_site(ReportSite(weekly_options->site));
        request.set_date(weekly_options->date);
        return Report(client, format, ReportKind::kWeekly,
                      &ReportService::Stub::GetWeeklySummary, request,
                      *weekly_options);
      },
      kReportTraits);

  auto monthly_options = std::make_shared<MonthOptions>();
  CLI::App* monthly = group->add_subcommand(
      "monthly", "月度统计: one calendar month (default: last month)");
  AddCommonOptions(monthly, *monthly_options);
  monthly->add_option("--month", monthly_options->month, "YYYY-MM")
      ->check(MonthWord());
  RunOnParse(
      monthly, context,
      [monthly_options](const Client& client, OutputFormat format) {
        v1::GetMonthlyStatisticsRequest request;
        request.set_site(ReportSite(monthly_options->site));
        request.set_month(monthly_options->month);
        return Report(client, format, ReportKind::kMonthly,
                      &ReportService::Stub::GetMonthlyStatistics, request,
                      *monthly_options);
      },
      kReportTraits);

  auto complaints_options = std::make_shared<PeriodOptions>();
  CLI::App* complaints =
      group->add_subcommand("complaints", "投诉分析: complaints of a period");
  AddCommonOptions(complaints, *complaints_options);
  AddPeriod(complaints, *complaints_options);
  RunOnParse(
      complaints, context,
      [complaints_options](const Client& client, OutputFormat format) {
        v1::GetComplaintAnalysisRequest request;
        request.set_site(ReportSite(complaints_options->site));
        *request.mutable_period() = PeriodOf(*complaints_options);
        return Report(client, format, ReportKind::kComplaints,
                      &ReportService::Stub::GetComplaintAnalysis, request,
                      *complaints_options);
      },
      kReportTraits);

  auto quality_options = std::make_shared<PeriodOptions>();
  CLI::App* quality = group->add_subcommand(
      "quality",
      "服务质量: the quality indicators of a period, each with "
      "its target");
  AddCommonOptions(quality, *quality_options);
  AddPeriod(quality, *quality_options);
  RunOnParse(
      quality, context,
      [quality_options](const Client& client, OutputFormat format) {
        v1::GetServiceQualityReportRequest request;
        request.set_site(ReportSite(quality_options->site));
        *request.mutable_period() = PeriodOf(*quality_options);
        return Report(client, format, ReportKind::kQuality,
                      &ReportService::Stub::GetServiceQualityReport, request,
                      *quality_options);
      },
      kReportTraits);

  auto staff_options = std::make_shared<PeriodOptions>();
  CLI::App* staff = group->add_subcommand(
      "staff",
      "workload and attendance per staff member over a period "
      "(supervisors and managers)");
  AddCommonOptions(staff, *staff_options);
  AddPeriod(staff, *staff_options);
  staff->add_option("--staff", staff_options->staff,
                    "only this staff member (repeat for more), e.g. wang.li");
  RunOnParse(
      staff, context,
      [staff_options](const Client& client, OutputFormat format) {
        v1::GetStaffReportRequest request;
        request.set_site(ReportSite(staff_options->site));
        *request.mutable_period() = PeriodOf(*staff_options);
        for (const std::string& member : staff_options->staff) {
          request.add_staff(StaffName(member));
        }
        return Report(client, format, ReportKind::kStaff,
                      &ReportService::Stub::GetStaffReport, request,
                      *staff_options);
      },
      kReportTraits);

  auto open_options = std::make_shared<OpenItemsOptions>();
  CLI::App* open_items = group->add_subcommand(
      "open-items",
      "未结事项汇总: open items by department at today's 11:00 "
      "or 14:30 checkpoint, or now");
  AddCommonOptions(open_items, *open_options);
  open_items
      ->add_option("--checkpoint", open_options->checkpoint,
                   "11:00, 14:30 or now")
      ->check(CLI::IsMember({"11:00", "14:30", "now"}))
      ->capture_default_str();
  open_items
      ->add_option("--date", open_options->date,
                   "the checkpoint's date, YYYY-MM-DD (default today)")
      ->check(DateWord());
  RunOnParse(
      open_items, context,
      [open_options](const Client& client, OutputFormat format) {
        v1::GetOpenItemsListRequest request;
        request.set_site(ReportSite(open_options->site));
        request.set_checkpoint(open_options->checkpoint == "11:00"
                                   ? v1::OpenItemsList::MORNING_1100
                               : open_options->checkpoint == "14:30"
                                   ? v1::OpenItemsList::AFTERNOON_1430
                                   : v1::OpenItemsList::CHECKPOINT_UNSPECIFIED);
        request.set_date(open_options->date);
        return Report(client, format, ReportKind::kOpenItems,
                      &ReportService::Stub::GetOpenItemsList, request,
                      *open_options);
      },
      kReportTraits);

  auto render_options = std::make_shared<RenderOptions>();
  CLI::App* render = group->add_subcommand(
      "render",
      "print or write an archived -o json report in any -o format "
      "(no server, no token)");
  std::vector<std::string> kinds;
  for (ReportKind kind : AllReportKinds())
    kinds.push_back(ReportKindWord(kind));
  render->add_option("--kind", render_options->kind, "which report the file is")
      ->required()
      ->check(CLI::IsMember(kinds));
  render
      ->add_option("--input", render_options->input,
                   "the -o json output of that report; - for stdin")
      ->required();
  render->add_option("--out", render_options->out,
                     "write DIR/{site}_{report}_{period}.{ext} atomically");
  RunOnParse(
      render, context,
      [render_options](const Client&, OutputFormat format) {
        return Render(format, *render_options);
      },
      CommandTraits{/*document_output=*/true, /*offline=*/true});

  CLI::App* settings = group->add_subcommand(
      "settings", "a site's report settings: the values no standard fixes");
  settings->require_subcommand(1);
  auto show_options = std::make_shared<SettingsOptions>();
  CLI::App* show = settings->add_subcommand(
      "show", "the settings (the defaults until first saved)");
  show->add_option("--site", show_options->site, "site id, e.g. hx")
      ->required();
  RunOnParse(show, context,
             [show_options](const Client& client, OutputFormat format) {
               return ShowSettings(client, format, *show_options);
             });

  auto set_options = std::make_shared<SettingsOptions>();
  CLI::App* set = settings->add_subcommand(
      "set", "change the settings given (supervisor or manager)");
  set->add_option("--site", set_options->site, "site id, e.g. hx")->required();
  set->add_option("--complaint-deadline", set_options->complaint_deadline,
                  "a complaint is finished in time within this (paused time "
                  "excluded), 1h..30d, e.g. 72h or 7d")
      ->check(DurationWord());
  set->add_option("--dispatch-limit-normal", set_options->dispatch_limit_normal,
                  "an information slip of a NORMAL ticket is on time within "
                  "this, e.g. 30m")
      ->check(DurationWord());
  set->add_option("--dispatch-limit-urgent", set_options->dispatch_limit_urgent,
                  "the same for URGENT and EMERGENCY tickets, e.g. 10m")
      ->check(DurationWord());
  CheckEnumWord(
      set->add_option("--effective-complaint-basis",
                      set_options->effective_complaint_basis,
                      "the effective-complaint rate per unit (units) or per "
                      "ticket received (tickets)"),
      ReportSettings::EffectiveComplaintBasis_descriptor());
  set->add_option("--satisfaction-target", set_options->satisfaction_target,
                  "满意率 target 0..1, e.g. 0.95; 0 for none")
      // Named "0..1", not CLI11's English "FLOAT in [0 - 1]" in the help.
      ->check(CLI::Range(0.0, 1.0).description("0..1"));
  set->add_option("--resident-handover-date",
                  set_options->resident_handover_date,
                  "the site's handover to its residents (交付), YYYY-MM-DD, "
                  "or none: decides the callback plan's cadence");
  set->add_option("--etag", set_options->etag, kEtagHelp);
  set->add_option("--request-id", set_options->request_id, kRequestIdHelp);
  RunOnParse(set, context,
             [set_options](const Client& client, OutputFormat format) {
               return SetSettings(client, format, *set_options);
             });
}

}  // namespace frontdesk::cli
