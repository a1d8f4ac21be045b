// `frontdesk clock ...` and `frontdesk attendance ...`: clock in and out at
// the server's time, and the attendance records (考勤), corrections (补卡)
// and monthly summaries of RosterService.
//
//   clock in  --site hx [--staff wang.li]        (--staff: a clock terminal)
//   clock out --site hx [--staff wang.li [--override-reason R]]
//   attendance list [--staff wang.li] [--site hx] [--from DATE] [--to DATE]
//       [--irregularity late] [--final | --open]
//   attendance list --corrections [--staff wang.li] [--site hx]
//       [--status pending] [--month 2026-11]
//   attendance correct RECORD --kind clock-in|clock-out --time T --reason R
//   attendance approve CORRECTION [--comment C] [--reject]
//   attendance month [--staff wang.li] --month 2026-11 [--site hx]
//       [--breach late-limit]
//
// Without --staff the lists and `month` cover everyone the caller
// supervises ("staff/-"). RECORD is "staff/{staff}/attendanceRecords/{id}"
// and CORRECTION "staff/{staff}/attendanceCorrections/{id}", as `attendance
// list` prints them. Times print in the site's zone (--site), else TZ.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::AttendanceCorrection;
using v1::AttendanceRecord;
using v1::AttendanceSummary;
using Stub = v1::RosterService::Stub;

std::string StaffParent(const std::string& staff) {
  return staff.empty() ? "staff/-" : StaffName(staff);
}

// "staff/{staff}" of a name "staff/{staff}/...".
std::string StaffOfName(const std::string& name) {
  const size_t first = name.find('/');
  if (name.rfind("staff/", 0) != 0 || first == std::string::npos) {
    throw UsageError(Msg("usage.not_staff_name", {name}));
  }
  const size_t second = name.find('/', first + 1);
  return name.substr(0, second);
}

std::string Irregularities(const AttendanceRecord& r) {
  std::vector<std::string> words;
  for (int i : r.irregularities()) {
    std::string word = EnumText(AttendanceRecord::Irregularity_descriptor(), i);
    if (i == AttendanceRecord::LATE)
      word += " " + std::to_string(r.late_minutes()) + "m";
    if (i == AttendanceRecord::EARLY_LEAVE) {
      word += " " + std::to_string(r.early_leave_minutes()) + "m";
    }
    words.push_back(word);
  }
  return absl::StrJoin(words, ", ");
}

std::string Punch(const google::protobuf::Timestamp& at, int source) {
  if (at.seconds() == 0 && at.nanos() == 0) return "-";
  std::string out = FormatLocalTime(at);
  if (source != AttendanceRecord::SELF) {
    out += " (" + EnumText(AttendanceRecord::Source_descriptor(), source) + ")";
  }
  return out;
}

void PrintRecord(const AttendanceRecord& r, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(r, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("record", r.name());
  kv.Add("site", r.site());
  kv.Add("scheduled", FormatLocalTime(r.scheduled_start()) + " – " +
                          FormatLocalTime(r.scheduled_end()));
  kv.Add("clock in", Punch(r.clock_in_time(), r.clock_in_source()));
  kv.Add("clock out", Punch(r.clock_out_time(), r.clock_out_source()));
  kv.AddIfSet("override reason", r.override_reason());
  kv.Add("irregularities",
         r.irregularities().empty() ? Msg("value.none") : Irregularities(r));
  if (r.overtime_minutes() > 0) {
    kv.Add("overtime", std::to_string(r.overtime_minutes()) + " min");
  }
  kv.Add("final", r.final() ? Msg("value.yes") : Msg("value.no"));
  kv.AddIfSet("corrections", absl::StrJoin(r.corrections(), ", "));
  kv.Print(std::cout);
}

void PrintCorrection(const AttendanceCorrection& c, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(c, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("correction", c.name());
  kv.Add("record", c.attendance_record());
  kv.Add("kind", EnumText(AttendanceCorrection::Kind_descriptor(), c.kind()));
  kv.Add("claimed", FormatLocalTime(c.claimed_time()));
  kv.Add("reason", c.reason());
  kv.Add("status",
         EnumText(AttendanceCorrection::Status_descriptor(), c.status()));
  if (c.over_limit()) kv.Add("over limit", Msg("value.yes"));
  kv.AddIfSet("decided by", c.decided_by());
  kv.AddIfSet("comment", c.decision_comment());
  kv.Print(std::cout);
}

std::string Breaches(const AttendanceSummary& s) {
  std::vector<std::string> words;
  for (int b : s.breaches()) {
    words.push_back(EnumText(AttendanceSummary::Breach_descriptor(), b));
  }
  return absl::StrJoin(words, ", ");
}

// --- clock -------------------------------------------------------------------

struct ClockOptions {
  std::string site, staff, override_reason, request_id;
};

int ClockIn(const Client& client, OutputFormat format, const ClockOptions& o) {
  v1::ClockInRequest request;
  request.set_site(SiteName(o.site));
  if (!o.staff.empty()) request.set_staff(StaffName(o.staff));
  request.set_request_id(o.request_id);
  AttendanceRecord response;
  if (!CallStub(client, &Stub::ClockIn, request, &response)) {
    return kExitRpcError;
  }
  PrintRecord(response, format);
  return kExitOk;
}

int ClockOut(const Client& client, OutputFormat format, const ClockOptions& o) {
  v1::ClockOutRequest request;
  request.set_site(SiteName(o.site));
  if (!o.staff.empty()) request.set_staff(StaffName(o.staff));
  request.set_override_reason(o.override_reason);
  request.set_request_id(o.request_id);
  AttendanceRecord response;
  if (!CallStub(client, &Stub::ClockOut, request, &response)) {
    return kExitRpcError;
  }
  PrintRecord(response, format);
  return kExitOk;
}

// --- attendance
// ----------------------------------------------------------------

struct ListOptions {
  std::string staff, site, from, to, irregularity, status, month;
  bool final = false, open = false, corrections = false;
};

int ListRecords(const Client& client, OutputFormat format,
                const ListOptions& o) {
  v1::ListAttendanceRecordsRequest request;
  request.set_parent(StaffParent(o.staff));
  FilterBuilder filter;
  if (!o.site.empty()) filter.AddText("site", "=", SiteName(o.site));
  filter.AddText("date", ">=", o.from).AddText("date", "<=", o.to);
  if (!o.irregularity.empty()) {
    filter.AddEnum("irregularity", "=",
                   EnumFilterName(AttendanceRecord::Irregularity_descriptor(),
                                  o.irregularity));
  }
  if (o.final) filter.AddEnum("final", "=", "true");
  if (o.open) filter.AddEnum("final", "=", "false");
  request.set_filter(filter.Build());
  v1::ListAttendanceRecordsResponse all;
  if (!CallAllPages(client, &Stub::ListAttendanceRecords, request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  Table table({"RECORD", "STAFF", "SITE", "SHIFT START", "IN", "OUT",
               "IRREGULARITIES", "FINAL"});
  for (const AttendanceRecord& r : all.attendance_records()) {
    table.AddRow({LastSegment(r.name()), LastSegment(r.staff()),
                  LastSegment(r.site()), FormatLocalTime(r.scheduled_start()),
                  Punch(r.clock_in_time(), r.clock_in_source()),
                  Punch(r.clock_out_time(), r.clock_out_source()),
                  Irregularities(r),
                  r.final() ? Msg("value.yes") : Msg("value.no")});
  }
  table.Print(std::cout);
  return kExitOk;
}

int ListCorrections(const Client& client, OutputFormat format,
                    const ListOptions& o) {
  v1::ListAttendanceCorrectionsRequest request;
  request.set_parent(StaffParent(o.staff));
  FilterBuilder filter;
  if (!o.site.empty()) filter.AddText("site", "=", SiteName(o.site));
  if (!o.status.empty()) {
    filter.AddEnum(
        "status", "=",
        EnumFilterName(AttendanceCorrection::Status_descriptor(), o.status));
  }
  filter.AddText("month", "=", o.month);
  request.set_filter(filter.Build());
  v1::ListAttendanceCorrectionsResponse all;
  if (!CallAllPages(client, &Stub::ListAttendanceCorrections, request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  Table table({"CORRECTION", "RECORD", "KIND", "CLAIMED", "STATUS", "REASON"});
  table.SetMaxWidth(5, 40);
  for (const AttendanceCorrection& c : all.attendance_corrections()) {
    table.AddRow(
        {c.name(), LastSegment(c.attendance_record()),
         EnumText(AttendanceCorrection::Kind_descriptor(), c.kind()),
         FormatLocalTime(c.claimed_time()),
         EnumText(AttendanceCorrection::Status_descriptor(), c.status()) +
             (c.over_limit() ? " (over limit)" : ""),
         c.reason()});
  }
  table.Print(std::cout);
  return kExitOk;
}

struct CorrectOptions {
  std::string record, kind, time, reason, request_id;
};

int Correct(const Client& client, OutputFormat format,
            const CorrectOptions& o) {
  v1::CreateAttendanceCorrectionRequest request;
  request.set_parent(StaffOfName(o.record));
  request.set_request_id(o.request_id);
  AttendanceCorrection* c = request.mutable_attendance_correction();
  c->set_attendance_record(o.record);
  c->set_kind(static_cast<AttendanceCorrection::Kind>(
      EnumNumber(AttendanceCorrection::Kind_descriptor(), o.kind)));
  *c->mutable_claimed_time() = TimeOf(o.time);
  c->set_reason(o.reason);
  AttendanceCorrection response;
  if (!CallStub(client, &Stub::CreateAttendanceCorrection, request,
                &response)) {
    return kExitRpcError;
  }
  PrintCorrection(response, format);
  return kExitOk;
}

struct DecideOptions {
  std::string correction, comment, etag, request_id;
  bool reject = false;
};

int Decide(const Client& client, OutputFormat format, const DecideOptions& o) {
  AttendanceCorrection response;
  if (o.reject) {
    if (o.comment.empty()) throw UsageError(Msg("usage.reject_needs_comment"));
    v1::RejectAttendanceCorrectionRequest request;
    request.set_name(o.correction);
    request.set_comment(o.comment);
    request.set_etag(o.etag);
    request.set_request_id(o.request_id);
    if (!CallStub(client, &Stub::RejectAttendanceCorrection, request,
                  &response)) {
      return kExitRpcError;
    }
  } else {
    v1::ApproveAttendanceCorrectionRequest request;
    request.set_name(o.correction);
    request.set_comment(o.comment);
    request.set_etag(o.etag);
    request.set_request_id(o.request_id);
    if (!CallStub(client, &Stub::ApproveAttendanceCorrection, request,
                  &response)) {
      return kExitRpcError;
    }
  }
  PrintCorrection(response, format);
  return kExitOk;
}

struct MonthOptions {
  std::string staff, month, site, breach;
};

void AddSummaryRow(Table& table, const AttendanceSummary& s) {
  table.AddRow(
      {LastSegment(s.staff()), s.month(),
       std::to_string(s.worked_shifts()) + "/" +
           std::to_string(s.scheduled_shifts()),
       std::to_string(s.late_count()),
       std::to_string(s.handover_arrival_late_count()),
       std::to_string(s.early_leave_count()), std::to_string(s.absence_count()),
       std::to_string(s.missed_clock_in_count() + s.missed_clock_out_count()),
       std::to_string(s.correction_count()), std::to_string(s.swap_count()),
       Breaches(s), s.final() ? Msg("value.yes") : Msg("value.no")});
}

int Month(const Client& client, OutputFormat format, const MonthOptions& o) {
  if (!o.staff.empty() && o.breach.empty()) {
    v1::GetAttendanceSummaryRequest request;
    request.set_name(StaffName(o.staff) + "/attendanceSummaries/" + o.month);
    if (!o.site.empty()) request.set_site(SiteName(o.site));
    AttendanceSummary s;
    if (!CallStub(client, &Stub::GetAttendanceSummary, request, &s)) {
      return kExitRpcError;
    }
    if (format == OutputFormat::kJson) {
      PrintJson(s, std::cout);
      return kExitOk;
    }
    KeyValues kv;
    kv.Add("summary", s.name());
    kv.AddIfSet("site", s.site());
    kv.Add("shifts worked", std::to_string(s.worked_shifts()) + " of " +
                                std::to_string(s.scheduled_shifts()));
    kv.Add("worked time",
           std::to_string(s.worked_time().seconds() / 3600) + " h " +
               std::to_string(s.worked_time().seconds() / 60 % 60) + " min");
    kv.Add("late", std::to_string(s.late_count()) + " (" +
                       std::to_string(s.late_minutes()) + " min)");
    kv.Add("handover arrival late",
           std::to_string(s.handover_arrival_late_count()));
    kv.Add("early leave", std::to_string(s.early_leave_count()) + " (" +
                              std::to_string(s.early_leave_minutes()) +
                              " min)");
    kv.Add("absent", std::to_string(s.absence_count()));
    kv.Add("missed clock-in / out",
           std::to_string(s.missed_clock_in_count()) + " / " +
               std::to_string(s.missed_clock_out_count()));
    kv.Add("corrections", std::to_string(s.correction_count()));
    kv.Add("overtime", std::to_string(s.overtime_minutes()) + " min");
    kv.Add("swaps", std::to_string(s.swap_count()));
    kv.Add("breaches", s.breaches().empty() ? Msg("value.none") : Breaches(s));
    kv.Add("final", s.final() ? Msg("value.yes") : Msg("value.no"));
    kv.Print(std::cout);
    return kExitOk;
  }
  v1::ListAttendanceSummariesRequest request;
  request.set_parent(StaffParent(o.staff));
  FilterBuilder filter;
  filter.AddText("month", "=", o.month);
  if (!o.site.empty()) filter.AddText("site", "=", SiteName(o.site));
  if (!o.breach.empty()) {
    filter.AddEnum(
        "breach", "=",
        EnumFilterName(AttendanceSummary::Breach_descriptor(), o.breach));
  }
  request.set_filter(filter.Build());
  v1::ListAttendanceSummariesResponse all;
  if (!CallAllPages(client, &Stub::ListAttendanceSummaries, request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  Table table({"STAFF", "MONTH", "WORKED", "LATE", "HANDOVER LATE", "EARLY",
               "ABSENT", "MISSED", "CORRECTIONS", "SWAPS", "BREACHES",
               "FINAL"});
  for (const AttendanceSummary& s : all.attendance_summaries()) {
    AddSummaryRow(table, s);
  }
  table.Print(std::cout);
  return kExitOk;
}

}  // namespace

void AddAttendanceCommands(CLI::App& app, CommandContext& context) {
  CLI::App* clock = app.add_subcommand(
      "clock", "clock in and out (打卡) at the server's time");
  clock->require_subcommand(1);
  for (const bool in : {true, false}) {
    auto o = std::make_shared<ClockOptions>();
    CLI::App* cmd = clock->add_subcommand(
        in ? "in" : "out",
        in ? "clock in on your scheduled duty (from 2 h before its start)"
           : "clock out once your relief has taken over the handover");
    cmd->add_option("--site", o->site, "site id, e.g. hx")->required();
    cmd->add_option("--staff", o->staff,
                    in ? "the person (a clock terminal names them)"
                       : "the person (a clock terminal, or a supervisor with "
                         "--override-reason)");
    if (!in) {
      cmd->add_option("--override-reason", o->override_reason,
                      "a supervisor lets the person go before the relief "
                      "took over (e.g. taken ill), 1..500 characters");
    }
    cmd->add_option("--request-id", o->request_id, kRequestIdHelp);
    RunOnParse(cmd, context, [o, in](const Client& client, OutputFormat f) {
      return in ? ClockIn(client, f, *o) : ClockOut(client, f, *o);
    });
  }

  CLI::App* group = app.add_subcommand(
      "attendance", "attendance records (考勤), corrections (补卡), months");
  group->require_subcommand(1);

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand(
      "list", "attendance records, newest first (or --corrections)");
  list->add_option("--staff", list_options->staff,
                   "one person (default: everyone you supervise)");
  list->add_option("--site", list_options->site, "site id, e.g. hx");
  list->add_option("--from", list_options->from, kDateHelp)->check(DateWord());
  list->add_option("--to", list_options->to, kDateHelp)->check(DateWord());
  CheckEnumWord(list->add_option("--irregularity", list_options->irregularity,
                                 "late, handover-arrival-late, early-leave, "
                                 "missed-clock-in, missed-clock-out, absent"),
                AttendanceRecord::Irregularity_descriptor());
  list->add_flag("--final", list_options->final, "final records only");
  list->add_flag("--open", list_options->open, "records not yet final");
  list->add_flag("--corrections", list_options->corrections,
                 "list corrections (补卡) instead of records");
  CheckEnumWord(list->add_option("--status", list_options->status,
                                 "with --corrections: pending, approved or "
                                 "rejected"),
                AttendanceCorrection::Status_descriptor());
  list->add_option("--month", list_options->month,
                   "with --corrections: the records' month, e.g. 2026-11");
  RunOnParse(
      list, context, [list_options](const Client& client, OutputFormat format) {
        if (list_options->corrections) {
          return ListCorrections(client, format, *list_options);
        }
        if (!list_options->status.empty() || !list_options->month.empty()) {
          throw UsageError(Msg("usage.status_month_need_corrections"));
        }
        return ListRecords(client, format, *list_options);
      });

  auto correct_options = std::make_shared<CorrectOptions>();
  CLI::App* correct = group->add_subcommand(
      "correct", "file a missed clock-in or clock-out (补卡) for your record");
  correct
      ->add_option("record", correct_options->record,
                   "staff/{you}/attendanceRecords/{id}, as `attendance list` "
                   "shows")
      ->required();
  CheckEnumWord(
      correct
          ->add_option("--kind", correct_options->kind, "clock-in or clock-out")
          ->required(),
      AttendanceCorrection::Kind_descriptor());
  correct->add_option("--time", correct_options->time, kTimeHelp)
      ->required()
      ->check(TimeWord());
  correct
      ->add_option("--reason", correct_options->reason,
                   "why there was no punch, 1..500 characters")
      ->required();
  correct->add_option("--request-id", correct_options->request_id,
                      kRequestIdHelp);
  RunOnParse(correct, context,
             [correct_options](const Client& client, OutputFormat format) {
               return Correct(client, format, *correct_options);
             });

  auto decide_options = std::make_shared<DecideOptions>();
  CLI::App* approve = group->add_subcommand(
      "approve", "approve (or --reject) a correction of your site's staff");
  approve
      ->add_option("correction", decide_options->correction,
                   "staff/{staff}/attendanceCorrections/{id}")
      ->required();
  approve->add_option("--comment", decide_options->comment,
                      "1..500 characters; required with --reject");
  approve->add_flag("--reject", decide_options->reject, "reject it instead");
  approve->add_option("--etag", decide_options->etag, kEtagHelp);
  approve->add_option("--request-id", decide_options->request_id,
                      kRequestIdHelp);
  RunOnParse(approve, context,
             [decide_options](const Client& client, OutputFormat format) {
               return Decide(client, format, *decide_options);
             });

  auto month_options = std::make_shared<MonthOptions>();
  CLI::App* month = group->add_subcommand(
      "month", "monthly summary (月度考勤汇总): one person, or everyone");
  month->add_option("--staff", month_options->staff,
                    "one person (default: everyone you may read)");
  month->add_option("--month", month_options->month, "e.g. 2026-11")
      ->required();
  month->add_option("--site", month_options->site,
                    "count that site only, e.g. hx");
  CheckEnumWord(month->add_option("--breach", month_options->breach,
                                  "late-limit, correction-limit or "
                                  "any-absence"),
                AttendanceSummary::Breach_descriptor());
  RunOnParse(month, context,
             [month_options](const Client& client, OutputFormat format) {
               return Month(client, format, *month_options);
             });
}

}  // namespace frontdesk::cli
