// frontdesk: the command-line client of frontdeskd. Wiring only: global
// options, the command groups (commands.h), then the chosen command.
//
//   frontdesk [--server ADDR] [--token T] [-o table|json|csv|html]
//             [--timeout S] [--tz ZONE] [--lang zh|en]
//             site|unit|staff|token|approval|ticket|sla-policy|department|
//             vendor|visitor|watchlist|pass|key|roster|...|report ...
//
// -o csv and -o html are for the report commands only; `report render`
// reads a file and needs no token.
//
// Local times typed ("2026-11-23 18:00") and printed in tables are in the
// CLI time zone (local_time.h), chosen here before the command runs:
// --tz / FRONTDESK_TZ if given; else the time zone of the site the command
// is about (SiteOfCommand(), one GetSite call); else TZ, the system's.
//
// The language of tables, enum words, help texts and messages (messages.h)
// is chosen here too, once: --lang, else LC_ALL / LC_MESSAGES / LANG
// starting with "zh" means Chinese, else English. The arguments are looked
// at before the app is built, so that the help texts (help_texts.h) and
// CLI11's own errors follow it too. The same --lang chooses the report
// documents' language, which is Chinese when it is not given.
//
// Exit codes: 0 success, 1 the RPC failed (error printed; for the reports
// also a file that could not be read or written), 2 usage error
// (including a missing token).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/help_texts.h"
#include "clients/cli/local_time.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"

namespace frontdesk::cli {

namespace {

constexpr double kMaxTimeoutSeconds = 86400;

// (0, kMaxTimeoutSeconds]: the deadline must be in the future and fit in a
// system_clock duration.
CLI::Validator TimeoutSeconds() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        double seconds = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0' || !(seconds > 0) ||
            seconds > kMaxTimeoutSeconds) {
          return Msg("usage.must_be_timeout");
        }
        return "";
      },
      "SECONDS");
}

// An IANA time zone name that Abseil can load, e.g. Asia/Shanghai.
CLI::Validator TimeZoneName() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        absl::TimeZone zone;
        if (!text.empty() && absl::LoadTimeZone(text, &zone)) return "";
        return Msg("usage.must_be_zone");
      },
      "ZONE");
}

// The id of the one site the parsed command is about, or "" for a command
// about several sites or none. Looked at, leaf command first: its --site
// ("-", all sites, means none); else the first argument that names a
// resource under a site ("sites/hx/visits/12") or is a ticket number
// ("HX-20261123-0007"), positional arguments before options. The global
// options are not looked at.
std::string SiteOfCommand(const CLI::App& app) {
  std::vector<const CLI::App*> chain;  // leaf first
  for (const CLI::App* command = &app;;) {
    std::vector<CLI::App*> chosen = command->get_subcommands();
    if (chosen.empty()) break;
    command = chosen.front();
    chain.insert(chain.begin(), command);
  }
  for (const CLI::App* command : chain) {
    const CLI::Option* site = command->get_option_no_throw("--site");
    if (site != nullptr && site->count() > 0 && !site->results().empty()) {
      const std::string& value = site->results().front();
      return value == "-" || value == "sites/-" ? "" : SiteId(value);
    }
  }
  for (bool positional : {true, false}) {
    for (const CLI::App* command : chain) {
      for (const CLI::Option* option : command->get_options()) {
        if (option->get_positional() != positional) continue;
        for (const std::string& value : option->results()) {
          std::string site = SiteIdOfArgument(value);
          if (!site.empty()) return site;
        }
      }
    }
  }
  return "";
}

// Sets the CLI time zone for this run (see the file comment).
void ChooseTimeZone(const CLI::App& app, const std::string& tz_flag,
                    const Client& client) {
  absl::TimeZone zone;
  if (!tz_flag.empty()) {
    if (absl::LoadTimeZone(tz_flag, &zone)) SetCliTimeZone(zone);
    return;  // checked by the parser
  }
  std::string site = SiteOfCommand(app);
  if (site.empty()) return;
  std::optional<std::string> name = FetchSiteTimeZone(client, site);
  if (name && !name->empty() && absl::LoadTimeZone(*name, &zone)) {
    SetCliTimeZone(zone);
  }
}

// The language for the help texts, chosen before parsing: the first
// "--lang zh|en" or "--lang=zh|en" among the arguments, else the
// environment's (LangOfEnvironment()).
Lang LangBeforeParsing(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::optional<Lang> lang;
    if (arg == "--lang" && i + 1 < argc) lang = LangOfWord(argv[i + 1]);
    if (arg.rfind("--lang=", 0) == 0) lang = LangOfWord(arg.substr(7));
    if (lang) return *lang;
  }
  return LangOfEnvironment();
}

}  // namespace

void RunOnParse(CLI::App* command, CommandContext& context, Action action,
                CommandTraits traits) {
  command->callback([&context, action = std::move(action), traits] {
    context.action = action;
    context.traits = traits;
  });
}

}  // namespace frontdesk::cli

int main(int argc, char** argv) {
  using namespace frontdesk::cli;

  SetCliLang(LangBeforeParsing(argc, argv));
  CLI::App app{Msg("help.app"), "frontdesk"};
  app.set_version_flag("--version", "frontdesk " FRONTDESK_VERSION);
  app.require_subcommand(1);
  PrepareApp(app);    // before the commands: they copy its formatter
  app.fallthrough();  // global options may follow the subcommands

  std::string server = "127.0.0.1:50051";
  std::string token;
  std::string output = "table";
  double timeout_seconds = 10;
  app.add_option("--server", server, Msg("help.server"))
      ->envname("FRONTDESK_SERVER")
      ->capture_default_str();
  app.add_option("--token", token, Msg("help.token"))
      ->envname("FRONTDESK_TOKEN");
  app.add_option("-o,--output", output, Msg("help.output"))
      ->check(CLI::IsMember({"table", "json", "csv", "html"}))
      ->capture_default_str();
  app.add_option("--timeout", timeout_seconds, Msg("help.timeout"))
      ->check(TimeoutSeconds())
      ->capture_default_str();
  std::string tz;
  app.add_option("--tz", tz, Msg("help.tz"))
      ->envname("FRONTDESK_TZ")
      ->check(TimeZoneName());
  std::string lang;
  app.add_option("--lang", lang, Msg("help.lang"))
      ->check(CLI::IsMember({"zh", "en"}));
  app.footer(Msg("help.footer"));

  CommandContext context;
  AddSiteCommands(app, context);
  AddUnitCommands(app, context);
  AddStaffCommands(app, context);
  AddTokenCommands(app, context);
  AddApprovalCommands(app, context);
  AddTicketCommands(app, context);
  AddTicketWorkflowCommands(app, context);
  AddTicketFollowUpCommands(app, context);
  AddTicketExtraCommands(app, context);
  AddDepartmentCommands(app, context);
  AddVendorCommands(app, context);
  AddVisitorCommands(app, context);
  AddVisitorRecordCommands(app, context);
  AddWatchlistCommands(app, context);
  AddPassCommands(app, context);
  AddKeyCommands(app, context);
  AddRosterCommands(app, context);
  AddCalendarCommands(app, context);
  AddHandoverCommands(app, context);
  AddSwapCommands(app, context);
  AddLeaveCommands(app, context);
  AddAttendanceCommands(app, context);
  AddReportCommands(app, context);
  AddResidentCallbackCommands(app, context);
  LocalizeHelp(app);

  if (argc == 1) {
    std::cout << app.help();
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;  // --help exits 0
  }
  if (!lang.empty()) {
    SetCliLang(LangOfWord(lang).value_or(Lang::kEn));
    SetLangOption(LangOfWord(lang));
  }
  if (!context.action) {  // every group requires a subcommand; defensive
    std::cerr << app.help();
    return kExitUsage;
  }

  const OutputFormat format = output == "json"   ? OutputFormat::kJson
                              : output == "csv"  ? OutputFormat::kCsv
                              : output == "html" ? OutputFormat::kHtml
                                                 : OutputFormat::kTable;
  if ((format == OutputFormat::kCsv || format == OutputFormat::kHtml) &&
      !context.traits.document_output) {
    std::cerr << Msg("err.prefix") << Msg("err.document_output", {output})
              << "\n";
    return kExitUsage;
  }
  std::optional<std::string> resolved_token = ResolveToken(token);
  if (!resolved_token && context.traits.offline) resolved_token = "";
  if (!resolved_token) {
    std::cerr << Msg("err.prefix") << Msg("err.no_token") << "\n";
    return kExitUsage;
  }
  Client client(server, *resolved_token, timeout_seconds);
  if (context.traits.offline) {
    absl::TimeZone zone;
    if (!tz.empty() && absl::LoadTimeZone(tz, &zone)) SetCliTimeZone(zone);
  } else {
    ChooseTimeZone(app, tz, client);
  }
  try {
    return context.action(client, format);
  } catch (const UsageError& e) {
    std::cerr << Msg("err.prefix") << e.what() << "\n";
    return kExitUsage;
  }
}
