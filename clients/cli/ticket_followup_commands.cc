// `frontdesk ticket ...`: what the desk owes the resident after dispatch,
// added to the "ticket" group of ticket_commands.cc: a new promise, a
// complaint's plan, the resident's notice and the callback (回访); and the
// supervisor's lists of what is due.
//
//   ticket promise TICKET --at T --reason ..
//   ticket plan TICKET --department DEPT --plan .. [--approval CODE]
//                   [--agreed-by STAFF] [--finish T]   (a complaint's 整改方案)
//   ticket notify TICKET --note .. [--channel phone|walk-in|letter|app]
//   ticket callback TICKET --result satisfied|unsatisfied|unreachable
//                   [--rating 1..5] [--comment ..]
//   ticket callbacks-due --site hx [--window 24h]            (every page)
//   ticket overdue [--site hx]            (every site without it; every page)
//
// Every mutating command also takes --request-id. TICKET is a ticket name or
// number (names.h). Times T are "2026-11-23 16:00" in the CLI time zone (the
// ticket's site's) or RFC 3339 (local_time.h); durations are 30m, 4h, 2d
// (duration.h).
#include <CLI/CLI.hpp>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/ticket_calls.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;
using v1::TicketCallback;
using Stub = v1::TicketService::Stub;

struct PromiseOptions {
  std::string ticket;
  std::string at;
  std::string reason;
  std::string request_id;
};

void AddPromiseCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<PromiseOptions>();
  CLI::App* promise = group->add_subcommand(
      "promise",
      "a new promised completion time told to the resident (the SLA breach "
      "still counts against the original deadline)");
  promise->add_option("ticket", options->ticket, kTicketHelp)->required();
  promise
      ->add_option("--at", options->at,
                   std::string("the new promised time: ") + kTimeHelp)
      ->required()
      ->check(TimeWord());
  promise
      ->add_option("--reason", options->reason,
                   "what the resident was told, up to 500 characters")
      ->required();
  promise->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(
      promise, context, [options](const Client& client, OutputFormat format) {
        v1::ChangePromiseRequest request;
        request.set_name(TicketName(options->ticket));
        *request.mutable_promised_time() = TimeOf(options->at);
        request.set_reason(options->reason);
        request.set_request_id(options->request_id);
        return RunTicketVerb(client, format, &Stub::ChangePromise, request);
      });
}

struct PlanOptions {
  std::string ticket;
  std::string department;
  std::string plan;
  std::string agreed_by;
  std::string approval;
  std::string finish;
  std::string request_id;
};

void AddPlanCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* plan = group->add_subcommand(
      "plan",
      "the department at fault agrees a handling plan (整改方案) for a "
      "complaint, due within 1 day; --finish becomes the promise");
  plan->add_option("ticket", options->ticket, kTicketHelp)->required();
  plan->add_option("--department", options->department,
                   "the department at fault: its id at the ticket's site "
                   "(eng), dept:ID, or a full name")
      ->required();
  plan->add_option("--plan", options->plan,
                   "the plan agreed, up to 1000 characters")
      ->required();
  plan->add_option("--approval", options->approval,
                   "the code of the approver's approval (frontdesk approval "
                   "create --action ticket-plan --ticket N, run by the "
                   "department's head or a supervisor); not needed when you "
                   "are one of them");
  plan->add_option("--agreed-by", options->agreed_by,
                   "who agreed for the department (staff id), checked "
                   "against the approval; optional");
  plan->add_option("--finish", options->finish,
                   std::string("when the department will have finished: ") +
                       kTimeHelp + "; becomes the promise to the resident")
      ->check(TimeWord());
  plan->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(
      plan, context, [options](const Client& client, OutputFormat format) {
        v1::AgreeTicketPlanRequest request;
        request.set_name(TicketName(options->ticket));
        std::string department = options->department;
        for (const char* prefix : {"dept:", "department:"}) {
          if (department.rfind(prefix, 0) == 0) {
            department = department.substr(std::string(prefix).size());
          }
        }
        request.set_department(
            DepartmentName(TicketSiteId(request.name()), department));
        request.set_plan(options->plan);
        if (!options->agreed_by.empty()) {
          request.set_agreed_by(StaffName(options->agreed_by));
        }
        request.set_approval(options->approval);
        if (!options->finish.empty()) {
          *request.mutable_finish_time() = TimeOf(options->finish);
        }
        request.set_request_id(options->request_id);
        return RunTicketVerb(client, format, &Stub::AgreeTicketPlan, request);
      });
}

struct NoticeOptions {
  std::string ticket;
  std::string note;
  std::string channel = "phone";
  std::string request_id;
};

void AddNotifyCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<NoticeOptions>();
  CLI::App* notify = group->add_subcommand(
      "notify",
      "the resident was told how the matter stands (due the same day when "
      "several departments or parties are involved)");
  notify->add_option("ticket", options->ticket, kTicketHelp)->required();
  notify
      ->add_option("--note", options->note,
                   "what the resident was told, up to 500 characters")
      ->required();
  CheckEnumWord(notify->add_option("--channel", options->channel,
                                   "phone (default), walk-in, letter or app"),
                Ticket::Channel_descriptor());
  notify->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(notify, context,
             [options](const Client& client, OutputFormat format) {
               v1::RecordResidentNoticeRequest request;
               request.set_name(TicketName(options->ticket));
               request.set_note(options->note);
               request.set_channel(static_cast<Ticket::Channel>(
                   EnumNumber(Ticket::Channel_descriptor(), options->channel)));
               request.set_request_id(options->request_id);
               return RunTicketVerb(client, format, &Stub::RecordResidentNotice,
                                    request);
             });
}

struct CallbackOptions {
  std::string ticket;
  std::string result;
  int rating = 0;
  std::string comment;
  std::string request_id;
};

void AddCallbackCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<CallbackOptions>();
  CLI::App* callback = group->add_subcommand(
      "callback",
      "record the follow-up call (回访) of a resolved ticket: satisfied "
      "closes it, unsatisfied reopens it with a rework order");
  callback->add_option("ticket", options->ticket, kTicketHelp)->required();
  CheckEnumWord(callback
                    ->add_option("--result", options->result,
                                 "satisfied, unsatisfied or unreachable")
                    ->required(),
                TicketCallback::Result_descriptor());
  callback->add_option("--rating", options->rating,
                       "1..5 when the resident was reached");
  callback->add_option("--comment", options->comment,
                       "what the resident said; required when unsatisfied");
  callback->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(
      callback, context, [options](const Client& client, OutputFormat format) {
        v1::RecordCallbackRequest request;
        request.set_name(TicketName(options->ticket));
        request.set_result(static_cast<TicketCallback::Result>(
            EnumNumber(TicketCallback::Result_descriptor(), options->result)));
        request.set_rating(options->rating);
        request.set_comment(options->comment);
        request.set_request_id(options->request_id);
        return RunTicketVerb(client, format, &Stub::RecordCallback, request);
      });
}

// --- The supervisor's lists -------------------------------------------------

int PrintDueList(OutputFormat format, const v1::ListTicketsResponse& all,
                 const char* none_key) {
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  // An empty list is its "nothing" line alone, on a line of its own.
  if (all.tickets().empty()) {
    std::cerr << Msg(none_key) << "\n";
  } else {
    PrintDueTicketTable(all.tickets(), std::time(nullptr), std::cout);
  }
  return kExitOk;
}

void AddListCommands(CLI::App* group, CommandContext& context) {
  struct DueOptions {
    std::string site;
    std::string window;
  };
  auto due = std::make_shared<DueOptions>();
  CLI::App* callbacks = group->add_subcommand(
      "callbacks-due",
      "resolved tickets whose callback is due within the window, oldest "
      "resolution first");
  callbacks->add_option("--site", due->site, "site id, e.g. hx")->required();
  callbacks
      ->add_option("--window", due->window,
                   "due before now + this: 30m, 4h, 2d ... (default 24h, at "
                   "most 7d)")
      ->check(DurationWord());
  RunOnParse(
      callbacks, context, [due](const Client& client, OutputFormat format) {
        v1::ListCallbacksDueRequest request;
        request.set_parent(SiteName(due->site));
        if (!due->window.empty()) {
          request.mutable_window()->set_seconds(
              ParseDurationSeconds(due->window).value_or(0));
        }
        v1::ListTicketsResponse all;
        if (!CallAllPages(client, &Stub::ListCallbacksDue, request, &all)) {
          return kExitRpcError;
        }
        return PrintDueList(format, all, "none.callbacks_due");
      });

  auto site = std::make_shared<std::string>();
  CLI::App* overdue = group->add_subcommand(
      "overdue",
      "open tickets past the earliest deadline they owe (the promise or the "
      "resolution, the first response while unanswered, a complaint's plan, "
      "the same-day resident notice), most overdue first");
  overdue->add_option("--site", *site,
                      "site id, e.g. hx; default every site you may see");
  RunOnParse(
      overdue, context, [site](const Client& client, OutputFormat format) {
        v1::ListOverdueTicketsRequest request;
        request.set_parent(SiteNameOrAll(*site));
        v1::ListTicketsResponse all;
        if (!CallAllPages(client, &Stub::ListOverdueTickets, request, &all)) {
          return kExitRpcError;
        }
        return PrintDueList(format, all, "none.overdue");
      });
}

}  // namespace

void AddTicketFollowUpCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.get_subcommand("ticket");
  AddPromiseCommand(group, context);
  AddPlanCommand(group, context);
  AddNotifyCommand(group, context);
  AddCallbackCommand(group, context);
  AddListCommands(group, context);
}

}  // namespace frontdesk::cli
