#include "clients/cli/report_kinds.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "clients/cli/local_time.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli {
namespace {

// A string that is safe in a file name: [A-Za-z0-9._-], others become '_'.
std::string FileSafe(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    out += safe ? c : '_';
  }
  if (out.empty() || out == "." || out == "..") out = "_" + out;
  return out;
}

std::optional<absl::CivilDay> ParseDay(const std::string& text) {
  absl::CivilDay day;
  if (!absl::ParseCivilTime(text, &day)) return std::nullopt;
  return day;
}

// "2026-W49": the ISO 8601 week of `date` ("YYYY-MM-DD"), or `date` itself
// when it is not a date.
std::string IsoWeek(const std::string& date) {
  std::optional<absl::CivilDay> day = ParseDay(date);
  if (!day) return date;
  // The week's Thursday decides the ISO year.
  int from_monday = (static_cast<int>(absl::GetWeekday(*day)) + 7 -
                     static_cast<int>(absl::Weekday::monday)) %
                    7;
  absl::CivilDay thursday = *day - from_monday + 3;
  int week = (absl::GetYearDay(thursday) - 1) / 7 + 1;
  char text[32];
  std::snprintf(text, sizeof text, "%04d-W%02d",
                static_cast<int>(thursday.year()), week);
  return text;
}

}  // namespace

const std::vector<ReportKind>& AllReportKinds() {
  static const std::vector<ReportKind> kinds = {
      ReportKind::kDaily,      ReportKind::kWeekly,  ReportKind::kMonthly,
      ReportKind::kComplaints, ReportKind::kQuality, ReportKind::kStaff,
      ReportKind::kOpenItems};
  return kinds;
}

std::string ReportKindWord(ReportKind kind) {
  switch (kind) {
    case ReportKind::kDaily:
      return "daily";
    case ReportKind::kWeekly:
      return "weekly";
    case ReportKind::kMonthly:
      return "monthly";
    case ReportKind::kComplaints:
      return "complaints";
    case ReportKind::kQuality:
      return "quality";
    case ReportKind::kStaff:
      return "staff";
    case ReportKind::kOpenItems:
      return "open-items";
  }
  return "report";
}

std::optional<ReportKind> ReportKindOfWord(const std::string& word) {
  for (ReportKind kind : AllReportKinds()) {
    if (ReportKindWord(kind) == word) return kind;
  }
  return std::nullopt;
}

std::unique_ptr<google::protobuf::Message> NewReportMessage(ReportKind kind) {
  switch (kind) {
    case ReportKind::kDaily:
      return std::make_unique<v1::DailyDutyReport>();
    case ReportKind::kWeekly:
      return std::make_unique<v1::WeeklySummary>();
    case ReportKind::kMonthly:
      return std::make_unique<v1::MonthlyStatistics>();
    case ReportKind::kComplaints:
      return std::make_unique<v1::ComplaintAnalysis>();
    case ReportKind::kQuality:
      return std::make_unique<v1::ServiceQualityReport>();
    case ReportKind::kStaff:
      return std::make_unique<v1::StaffReport>();
    case ReportKind::kOpenItems:
      return std::make_unique<v1::OpenItemsList>();
  }
  return nullptr;
}

const v1::ReportScope& ScopeOf(const google::protobuf::Message& report) {
  const google::protobuf::FieldDescriptor* field =
      report.GetDescriptor()->FindFieldByName("scope");
  if (field == nullptr ||
      field->message_type() != v1::ReportScope::descriptor()) {
    return v1::ReportScope::default_instance();
  }
  return static_cast<const v1::ReportScope&>(
      report.GetReflection()->GetMessage(report, field));
}

std::vector<const google::protobuf::Message*> BySiteOf(
    const google::protobuf::Message& report) {
  std::vector<const google::protobuf::Message*> sites;
  const google::protobuf::FieldDescriptor* field =
      report.GetDescriptor()->FindFieldByName("by_site");
  if (field == nullptr || !field->is_repeated() ||
      field->message_type() != report.GetDescriptor()) {
    return sites;
  }
  const google::protobuf::Reflection* reflection = report.GetReflection();
  for (int i = 0; i < reflection->FieldSize(report, field); ++i) {
    sites.push_back(&reflection->GetRepeatedMessage(report, field, i));
  }
  return sites;
}

std::string ParseReportJson(const std::string& json,
                            google::protobuf::Message* report) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  auto status =
      google::protobuf::util::JsonStringToMessage(json, report, options);
  if (status.ok()) return "";
  return std::string(status.message());
}

std::string ReportFileSite(const std::string& site) {
  std::string id = site.rfind("sites/", 0) == 0 ? site.substr(6) : site;
  if (id.empty() || id == "-") return "all";
  return FileSafe(id);
}

std::string ReportFilePeriod(ReportKind kind,
                             const google::protobuf::Message& report) {
  const v1::ReportScope& scope = ScopeOf(report);
  const std::string& start = scope.period().start_date();
  const std::string& end = scope.period().end_date();
  std::string period;
  switch (kind) {
    case ReportKind::kDaily:
      period = start;
      break;
    case ReportKind::kWeekly:
      period = IsoWeek(start);
      break;
    case ReportKind::kMonthly: {
      const auto& monthly = dynamic_cast<const v1::MonthlyStatistics&>(report);
      period = !monthly.month().empty() ? monthly.month() : start.substr(0, 7);
      break;
    }
    case ReportKind::kComplaints:
    case ReportKind::kQuality:
    case ReportKind::kStaff:
      period = start + "_" + end;
      break;
    case ReportKind::kOpenItems: {
      const auto& list = dynamic_cast<const v1::OpenItemsList&>(report);
      absl::TimeZone zone = CliTimeZone();
      if (!scope.time_zone().empty()) {
        absl::LoadTimeZone(scope.time_zone(), &zone);
      }
      if (list.cutoff_time().seconds() != 0) {
        period = absl::FormatTime(
            "%Y-%m-%d-%H%M",
            absl::FromUnixSeconds(list.cutoff_time().seconds()), zone);
      } else {
        period = start;
      }
      break;
    }
  }
  return FileSafe(period.empty() ? "undated" : period);
}

std::string ReportFileName(ReportKind kind,
                           const google::protobuf::Message& report,
                           const std::string& extension) {
  return ReportFileSite(ScopeOf(report).site()) + "_" + ReportKindWord(kind) +
         "_" + ReportFilePeriod(kind, report) + "." + extension;
}

}  // namespace frontdesk::cli
