// frontdesk: the command-line client of frontdeskd. Wiring only: global
// options, the command groups (commands.h), then the chosen command.
//
//   frontdesk [--server ADDR] [--token T] [-o table|json] [--timeout S]
//             site|unit|staff|token|ticket|sla-policy|department|vendor|
//             visitor|watchlist|pass|key ...
//
// Exit codes: 0 success, 1 the RPC failed (error printed), 2 usage error
// (including a missing token).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <utility>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"

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
          return "must be a number of seconds above 0 and at most 86400";
        }
        return "";
      },
      "SECONDS");
}

}  // namespace

void RunOnParse(CLI::App* command, CommandContext& context, Action action) {
  command->callback(
      [&context, action = std::move(action)] { context.action = action; });
}

}  // namespace frontdesk::cli

int main(int argc, char** argv) {
  using namespace frontdesk::cli;

  CLI::App app{
      "frontdesk: sites, staff, access tokens, tickets, departments, "
      "vendors and the visitor register of the front desk (来电来访记录, "
      "来访登记), from the command line.",
      "frontdesk"};
  app.set_version_flag("--version", "frontdesk " FRONTDESK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommands

  std::string server = "127.0.0.1:50051";
  std::string token;
  std::string output = "table";
  double timeout_seconds = 10;
  app.add_option("--server", server, "frontdeskd address, host:port")
      ->envname("FRONTDESK_SERVER")
      ->capture_default_str();
  app.add_option("--token", token,
                 "bearer token; without it and FRONTDESK_TOKEN, read from the "
                 "file named by FRONTDESK_TOKEN_FILE "
                 "(default ~/.config/frontdesk/token)")
      ->envname("FRONTDESK_TOKEN");
  app.add_option("-o,--output", output, "output format: table or json")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  app.add_option("--timeout", timeout_seconds, "deadline of each RPC, seconds")
      ->check(TimeoutSeconds())
      ->capture_default_str();

  CommandContext context;
  AddSiteCommands(app, context);
  AddUnitCommands(app, context);
  AddStaffCommands(app, context);
  AddTokenCommands(app, context);
  AddTicketCommands(app, context);
  AddTicketWorkflowCommands(app, context);
  AddTicketExtraCommands(app, context);
  AddDepartmentCommands(app, context);
  AddVendorCommands(app, context);
  AddVisitorCommands(app, context);
  AddWatchlistCommands(app, context);
  AddPassCommands(app, context);
  AddKeyCommands(app, context);

  if (argc == 1) {
    std::cout << app.help();
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;  // --help exits 0
  }
  if (!context.action) {  // every group requires a subcommand; defensive
    std::cerr << app.help();
    return kExitUsage;
  }

  std::optional<std::string> resolved_token = ResolveToken(token);
  if (!resolved_token) {
    std::cerr
        << "error: no token: set FRONTDESK_TOKEN or FRONTDESK_TOKEN_FILE, "
           "or pass --token\n";
    return kExitUsage;
  }
  Client client(server, *resolved_token, timeout_seconds);
  try {
    return context.action(
        client, output == "json" ? OutputFormat::kJson : OutputFormat::kTable);
  } catch (const UsageError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return kExitUsage;
  }
}
