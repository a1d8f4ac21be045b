// `frontdesk calendar ...`: a site's working-day calendar (节假日与调休),
// which the roster counts working days by (a swap's notice).
//
//   calendar set DATE --site hx --holiday|--makeup|--normal [--note TEXT]
//   calendar show --site hx [--year 2026 | --from DATE --to DATE]
//
// --holiday makes a day a rest day whatever its weekday; --makeup makes a
// Saturday or Sunday a working day (调休上班); --normal returns the day to
// what its weekday says. Setting the calendar is the site manager's.
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
#include "clients/cli/roster_calls.h"

namespace frontdesk::cli {
namespace {

using v1::CalendarDay;
using v1::RosterService;

struct SetOptions {
  std::string site;
  std::string date;
  bool holiday = false;
  bool makeup = false;
  bool normal = false;
  std::string note;
  std::string request_id;
};

struct ShowOptions {
  std::string site;
  int year = 0;
  std::string from;
  std::string to;
};

void PrintDays(const v1::ListCalendarDaysResponse& days, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(days, std::cout);
    return;
  }
  if (days.calendar_days().empty()) {
    std::cout << Msg("none.holidays") << "\n";
    return;
  }
  Table table({"DATE", "KIND", "NOTE", "SET BY"});
  for (const CalendarDay& day : days.calendar_days()) {
    table.AddRow({day.date(),
                  EnumText(CalendarDay::Kind_descriptor(), day.kind()),
                  day.note(), LastSegment(day.updated_by())});
  }
  table.Print(std::cout);
}

int Set(const Client& client, OutputFormat format, const SetOptions& options) {
  const std::string name =
      SiteName(options.site) + "/calendarDays/" + options.date;
  if (options.holiday + options.makeup + options.normal != 1) {
    throw UsageError(Msg("usage.holiday_makeup_normal"));
  }
  if (options.normal) {
    v1::DeleteCalendarDayRequest request;
    request.set_name(name);
    request.set_request_id(options.request_id);
    CalendarDay removed;
    if (!CallRoster(client, &RosterService::Stub::DeleteCalendarDay, request,
                    &removed)) {
      return kExitRpcError;
    }
    if (format == OutputFormat::kJson) {
      PrintJson(removed, std::cout);
    } else {
      std::cout << options.date << " is what its weekday says again\n";
    }
    return kExitOk;
  }
  v1::UpdateCalendarDayRequest request;
  CalendarDay* day = request.mutable_calendar_day();
  day->set_name(name);
  day->set_kind(options.holiday ? CalendarDay::HOLIDAY
                                : CalendarDay::MAKEUP_WORKDAY);
  day->set_note(options.note);
  request.set_allow_missing(true);
  request.set_request_id(options.request_id);
  CalendarDay saved;
  if (!CallRoster(client, &RosterService::Stub::UpdateCalendarDay, request,
                  &saved)) {
    return kExitRpcError;
  }
  v1::ListCalendarDaysResponse one;
  *one.add_calendar_days() = saved;
  if (format == OutputFormat::kJson) {
    PrintJson(saved, std::cout);
  } else {
    PrintDays(one, format);
  }
  return kExitOk;
}

int Show(const Client& client, OutputFormat format,
         const ShowOptions& options) {
  std::string from = options.from, to = options.to;
  if (options.year != 0) {
    from = absl::StrCat(options.year, "-01-01");
    to = absl::StrCat(options.year, "-12-31");
  }
  if (from.empty() || to.empty()) {
    throw UsageError(Msg("usage.year_or_range"));
  }
  v1::ListCalendarDaysRequest request;
  request.set_parent(SiteName(options.site));
  request.set_filter("date >= \"" + from + "\" AND date <= \"" + to + "\"");
  v1::ListCalendarDaysResponse response;
  if (!CallRoster(client, &RosterService::Stub::ListCalendarDays, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintDays(response, format);
  return kExitOk;
}

}  // namespace

void AddCalendarCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "calendar", "the site's public holidays and make-up working days (调休)");
  group->require_subcommand(1);

  auto set_options = std::make_shared<SetOptions>();
  CLI::App* set = group->add_subcommand(
      "set", "mark a day a holiday, a make-up working day, or normal again");
  set->add_option("date", set_options->date, "YYYY-MM-DD")
      ->required()
      ->check(DateWord());
  set->add_option("--site", set_options->site, "site id, e.g. hx")->required();
  set->add_flag("--holiday", set_options->holiday,
                "a rest day, whatever the weekday");
  set->add_flag("--makeup", set_options->makeup,
                "a Saturday or Sunday worked (调休上班)");
  set->add_flag("--normal", set_options->normal, "what its weekday says again");
  set->add_option("--note", set_options->note, "e.g. 国庆节");
  set->add_option("--request-id", set_options->request_id, kRequestIdHelp);
  RunOnParse(set, context,
             [set_options](const Client& client, OutputFormat format) {
               return Set(client, format, *set_options);
             });

  auto show_options = std::make_shared<ShowOptions>();
  CLI::App* show = group->add_subcommand(
      "show", "the holidays and make-up days of a period");
  show->add_option("--site", show_options->site, "site id, e.g. hx")
      ->required();
  show->add_option("--year", show_options->year, "a calendar year, e.g. 2026");
  show->add_option("--from", show_options->from, "first date, YYYY-MM-DD")
      ->check(DateWord());
  show->add_option("--to", show_options->to, "last date (at most 400 days)")
      ->check(DateWord());
  RunOnParse(show, context,
             [show_options](const Client& client, OutputFormat format) {
               return Show(client, format, *show_options);
             });
}

}  // namespace frontdesk::cli
