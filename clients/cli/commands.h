// The command groups of the `frontdesk` CLI and how main() runs them.
//
// Each Add*Commands() adds one group ("site", "unit", ...) to the CLI11 app.
// Parsing only records what to do: the chosen leaf command stores its work in
// CommandContext::action, and main() runs it after parsing succeeded and a
// token was found, so usage errors (exit 2) and RPC errors (exit 1) never mix.
// An action returns the process exit code and may throw UsageError for a
// problem the parser could not see (e.g. --unit without a site).
#ifndef FRONTDESK_CLIENTS_CLI_COMMANDS_H_
#define FRONTDESK_CLIENTS_CLI_COMMANDS_H_

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace frontdesk::cli {

class Client;

enum class OutputFormat { kTable, kJson };

inline constexpr int kExitOk = 0;
inline constexpr int kExitRpcError = 1;
inline constexpr int kExitUsage = 2;

// A mistake in the command line that only the command itself can detect.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Action = std::function<int(const Client& client, OutputFormat format)>;

struct CommandContext {
  Action action;  // set by the leaf command that was parsed
};

// Makes `action` the one to run when `command` is parsed. (Defined in
// main.cc, the only other file that knows CLI11's callbacks.)
void RunOnParse(CLI::App* command, CommandContext& context, Action action);

void AddSiteCommands(CLI::App& app, CommandContext& context);
// The IANA time zone of site `site_id` (one GetSite call, --timeout
// deadline); nullopt, printing nothing, when the call fails (no such site,
// server unreachable, ...): the command itself then reports what is wrong.
std::optional<std::string> FetchSiteTimeZone(const Client& client,
                                             const std::string& site_id);
void AddUnitCommands(CLI::App& app, CommandContext& context);
void AddStaffCommands(CLI::App& app, CommandContext& context);
void AddTokenCommands(CLI::App& app, CommandContext& context);
void AddTicketCommands(CLI::App& app, CommandContext& context);
// The workflow verbs (dispatch ... callback, overdue), added to the "ticket"
// group, so after AddTicketCommands().
void AddTicketWorkflowCommands(CLI::App& app, CommandContext& context);
// Linking, escalations and the live feed (added to the "ticket" group, so
// after AddTicketCommands()), and the "sla-policy" group.
void AddTicketExtraCommands(CLI::App& app, CommandContext& context);
void AddDepartmentCommands(CLI::App& app, CommandContext& context);
void AddVendorCommands(CLI::App& app, CommandContext& context);
// The visitor register: "visitor", "watchlist" and "pass".
void AddVisitorCommands(CLI::App& app, CommandContext& context);
void AddWatchlistCommands(CLI::App& app, CommandContext& context);
void AddPassCommands(CLI::App& app, CommandContext& context);
// Key custody: create, get, list, lend, return, history, retire.
void AddKeyCommands(CLI::App& app, CommandContext& context);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_COMMANDS_H_
