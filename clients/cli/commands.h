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

// -o: table and json for every command; csv and html only for the report
// commands (CommandTraits::document_output), main() refuses them elsewhere.
enum class OutputFormat { kTable, kJson, kCsv, kHtml };

inline constexpr int kExitOk = 0;
inline constexpr int kExitRpcError = 1;
inline constexpr int kExitUsage = 2;

// A mistake in the command line that only the command itself can detect.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Action = std::function<int(const Client& client, OutputFormat format)>;

// What main() must know about the parsed command before it runs it.
struct CommandTraits {
  // Takes -o csv and -o html as well (the report commands).
  bool document_output = false;
  // Talks to no server (`report render`): needs no token.
  bool offline = false;
};

struct CommandContext {
  Action action;  // set by the leaf command that was parsed
  CommandTraits traits;
};

// Makes `action` the one to run when `command` is parsed. (Defined in
// main.cc, the only other file that knows CLI11's callbacks.)
void RunOnParse(CLI::App* command, CommandContext& context, Action action,
                CommandTraits traits = {});

// The IANA time zone of site `site_id` (one GetSite call, --timeout
// deadline); nullopt, printing nothing, when the call fails (no such site,
// server unreachable, ...): the command itself then reports what is wrong.
std::optional<std::string> FetchSiteTimeZone(const Client& client,
                                             const std::string& site_id);

// What each *_commands.cc exports: a function that adds one group of
// commands ("site", "unit", ...) to the app, or more commands to a group an
// earlier one added. main() calls them in the order below, which is the
// order of `frontdesk --help`.
using AddCommands = void(CLI::App& app, CommandContext& context);

AddCommands AddSiteCommands;
AddCommands AddUnitCommands;
AddCommands AddStaffCommands;
AddCommands AddTokenCommands;
// Approvals: a supervisor's or manager's one-time code for one action.
AddCommands AddApprovalCommands;
AddCommands AddTicketCommands;
// The work orders and the verbs that change a ticket's state (dispatch ...
// duplicate), added to the "ticket" group, so after AddTicketCommands().
AddCommands AddTicketWorkflowCommands;
// What the desk owes the resident (promise, plan, notify, callback) and the
// supervisor's lists of what is due (callbacks-due, overdue), added to the
// "ticket" group after AddTicketWorkflowCommands().
AddCommands AddTicketFollowUpCommands;
// Linking, escalations and the live feed (added to the "ticket" group, so
// after AddTicketCommands()), and the "sla-policy" group.
AddCommands AddTicketExtraCommands;
AddCommands AddDepartmentCommands;
AddCommands AddVendorCommands;
// The visitor register: "visitor" (check-in, check-out, get, list, refuse),
// then its records added to that group (refusals, alerts, settings,
// access-log), "watchlist" and "pass".
AddCommands AddVisitorCommands;
AddCommands AddVisitorRecordCommands;
AddCommands AddWatchlistCommands;
AddCommands AddPassCommands;
// Key custody: create, get, list, lend, return, history, retire.
AddCommands AddKeyCommands;
// The duty roster: "roster" (policy, shifts, duties, gaps) and "calendar".
AddCommands AddRosterCommands;
AddCommands AddCalendarCommands;
// The handover between shifts (交接班): open ... countersign, show, list.
AddCommands AddHandoverCommands;
// Shift swaps (换班): request, agree, decline, approve, reject, cancel, list.
AddCommands AddSwapCommands;
// Leave (请假): apply, approve, reject, cancel, return (销假), list.
AddCommands AddLeaveCommands;
// Attendance: "clock" (in, out) and "attendance" (list, correct, approve,
// month).
AddCommands AddAttendanceCommands;
// Reports (报表): daily ... open-items, render (an archived -o json file),
// settings show|set.
AddCommands AddReportCommands;
// Periodic resident callbacks (回访): "unit callback", "unit callbacks" and
// "report callback-plan", so after AddUnitCommands() and AddReportCommands().
AddCommands AddResidentCallbackCommands;

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_COMMANDS_H_
