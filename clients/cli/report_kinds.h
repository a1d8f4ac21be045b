// The seven reports of ReportService as the CLI names them, and what the
// CLI does with a report message whatever its kind: its scope, its per-site
// reports (by_site), reading one from an archived `-o json` file, and the
// file name `--out` gives it. Pure: no CLI11, no gRPC.
//
// File names: {site}_{report}_{period}.{ext}, e.g. hx_monthly_2026-11.html,
// hx_daily_2026-12-06.csv, all_weekly_2026-W49.json ("all" for
// "sites/-"). Periods: daily YYYY-MM-DD; weekly the ISO week YYYY-Www of
// its Monday; monthly YYYY-MM; complaints, quality and staff
// START_END (YYYY-MM-DD_YYYY-MM-DD); open-items the checkpoint's local date
// and time YYYY-MM-DD-HHMM in the site's zone.
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_KINDS_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_KINDS_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace google::protobuf {
class Message;
}  // namespace google::protobuf

namespace frontdesk::v1 {
class ReportScope;
}  // namespace frontdesk::v1

namespace frontdesk::cli {

enum class ReportKind {
  kDaily,
  kWeekly,
  kMonthly,
  kComplaints,
  kQuality,
  kStaff,
  kOpenItems,
};

// Every kind, in the order of `frontdesk report --help`.
const std::vector<ReportKind>& AllReportKinds();

// "daily", "weekly", "monthly", "complaints", "quality", "staff",
// "open-items": the command and the file name's {report}.
std::string ReportKindWord(ReportKind kind);
std::optional<ReportKind> ReportKindOfWord(const std::string& word);

// An empty message of the kind's type (DailyDutyReport ... OpenItemsList).
std::unique_ptr<google::protobuf::Message> NewReportMessage(ReportKind kind);

// The report's scope field.
const v1::ReportScope& ScopeOf(const google::protobuf::Message& report);

// The report's by_site entries (empty for a one-site report).
std::vector<const google::protobuf::Message*> BySiteOf(
    const google::protobuf::Message& report);

// Reads protobuf JSON (as `-o json` prints it) into `*report`; unknown
// fields are ignored (an archive from a newer CLI). An error message, or ""
// on success.
std::string ParseReportJson(const std::string& json,
                            google::protobuf::Message* report);

// "hx" for "sites/hx", "all" for "sites/-" or "", safe as a file name part.
std::string ReportFileSite(const std::string& site);

// The period part of the file name (see the file comment).
std::string ReportFilePeriod(ReportKind kind,
                             const google::protobuf::Message& report);

// "{site}_{report}_{period}.{extension}".
std::string ReportFileName(ReportKind kind,
                           const google::protobuf::Message& report,
                           const std::string& extension);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_KINDS_H_
