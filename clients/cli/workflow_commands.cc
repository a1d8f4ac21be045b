// `frontdesk ticket ...`: the handling workflow of TicketService, from
// dispatch to resolution: the work orders and the verbs that change a
// ticket's state.
//
//   ticket dispatch TICKET --assignee A [--route R] [--promised T]
//                   [--parties a,b] [--instructions ..]
//                   [--approval CODE] [--manager-signoff STAFF]
//                   [--developer-ack WHO]
//   ticket arrive WORK_ORDER|TICKET
//   ticket complete WORK_ORDER|TICKET --work-done ".." [--labour-hours 1.5]
//                   [--material NAME:QTY[:UNIT]]... [--accepted]
//                   [--acceptance-note ..]
//   ticket work-orders TICKET | --site hx [--overdue]      (every page)
//   ticket pend TICKET --reason ..        ticket resume TICKET
//   ticket resolve TICKET --summary .. [--with-children]
//   ticket reopen TICKET --reason ..      ticket cancel TICKET --reason ..
//   ticket unfounded TICKET --finding ..  ticket duplicate TICKET --of OTHER
//
// The promises, notices and callback (回访) owed to the resident, and the
// supervisor's lists, are ticket_followup_commands.cc. Every mutating command
// also takes --request-id. TICKET is a ticket name or number (names.h). A
// TICKET given for WORK_ORDER means its newest OPEN or ARRIVED work order,
// looked up with ListWorkOrders. --assignee takes a staff id (wang.li), dept:ID
// or department:ID of the ticket's site, vendor:ID, or a full resource name
// (names.h). Times T are "2026-11-23 16:00" in the CLI time zone (the
// ticket's site's) or RFC 3339 (local_time.h). Routes are own-maintenance,
// developer-warranty, external-vendor and coordination.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/local_time.h"
#include "clients/cli/materials.h"
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
using v1::WorkOrder;
using Stub = v1::TicketService::Stub;

constexpr const char* kRoutePrefix = "REPAIR_ROUTE_";
constexpr const char* kWorkOrderHelp =
    "work order name sites/{site}/tickets/{id}/workOrders/{n}, or a ticket "
    "(name or number) for its newest open work order";

// The work order `target` names: a work order name as it is; for a ticket,
// its newest OPEN or ARRIVED work order. nullopt (with the error printed)
// when the lookup fails or there is none.
std::optional<std::string> FindWorkOrder(const Client& client,
                                         const std::string& target) {
  if (IsWorkOrderName(target)) return target;
  v1::ListWorkOrdersRequest request;
  request.set_parent(TicketName(target));
  v1::ListWorkOrdersResponse all;
  if (!CallAllPages(client, &Stub::ListWorkOrders, request, &all)) {
    return std::nullopt;
  }
  const WorkOrder* newest = nullptr;
  long long newest_id = -1;
  for (const WorkOrder& order : all.work_orders()) {
    if (order.state() != WorkOrder::OPEN &&
        order.state() != WorkOrder::ARRIVED) {
      continue;
    }
    long long id = std::strtoll(LastSegment(order.name()).c_str(), nullptr, 10);
    if (id >= newest_id) {
      newest = &order;
      newest_id = id;
    }
  }
  if (newest == nullptr) {
    std::cerr << Msg("err.prefix") << Msg("err.no_open_work_order", {target})
              << "\n";
    return std::nullopt;
  }
  return newest->name();
}

// --- Dispatch and work orders -----------------------------------------------

struct DispatchOptions {
  std::string ticket;
  std::string route;
  std::string assignee;
  std::string promised;
  std::vector<std::string> parties;
  std::string instructions;
  std::string manager_signoff;
  std::string developer_ack;
  std::string approval;
  std::string request_id;
};

struct CompleteOptions {
  std::string target;
  std::string work_done;
  double labour_hours = 0;
  std::vector<std::string> materials;
  bool accepted = false;
  std::string acceptance_note;
  std::string request_id;
};

struct WorkOrderListOptions {
  std::string ticket;
  std::string site;
  bool overdue = false;
};

int Dispatch(const Client& client, OutputFormat format,
             const DispatchOptions& options) {
  v1::DispatchTicketRequest request;
  request.set_name(TicketName(options.ticket));
  request.set_route(static_cast<v1::RepairRoute>(
      EnumNumber(v1::RepairRoute_descriptor(), options.route, kRoutePrefix)));
  request.set_assignee(
      AssigneeName(TicketSiteId(request.name()), options.assignee));
  if (!options.promised.empty()) {
    *request.mutable_promised_time() = TimeOf(options.promised);
  }
  for (const std::string& party : options.parties) request.add_parties(party);
  request.set_instructions(options.instructions);
  if (!options.manager_signoff.empty()) {
    request.set_manager_signoff(StaffName(options.manager_signoff));
  }
  request.set_developer_acknowledged_by(options.developer_ack);
  request.set_approval(options.approval);
  request.set_request_id(options.request_id);
  return RunTicketVerb(client, format, &Stub::DispatchTicket, request);
}

int Arrive(const Client& client, OutputFormat format, const std::string& target,
           const std::string& request_id) {
  std::optional<std::string> name = FindWorkOrder(client, target);
  if (!name) return kExitRpcError;
  v1::ConfirmArrivalRequest request;
  request.set_name(*name);
  request.set_request_id(request_id);
  return RunTicketVerb(client, format, &Stub::ConfirmArrival, request);
}

int Complete(const Client& client, OutputFormat format,
             const CompleteOptions& options) {
  v1::CompleteWorkOrderRequest request;
  for (const std::string& text : options.materials) {
    std::optional<WorkOrder::Material> material = ParseMaterial(text);
    if (!material) throw UsageError(Msg("usage.not_material", {text}));
    *request.add_materials() = *material;
  }
  std::optional<std::string> name = FindWorkOrder(client, options.target);
  if (!name) return kExitRpcError;
  request.set_name(*name);
  request.set_work_done(options.work_done);
  request.set_labour_hours(options.labour_hours);
  request.set_accepted_by_reporter(options.accepted);
  request.set_acceptance_note(options.acceptance_note);
  request.set_request_id(options.request_id);
  return RunTicketVerb(client, format, &Stub::CompleteWorkOrder, request);
}

int ListWorkOrders(const Client& client, OutputFormat format,
                   const WorkOrderListOptions& options) {
  if (options.ticket.empty() == options.site.empty()) {
    throw UsageError(Msg("usage.ticket_or_site"));
  }
  v1::ListWorkOrdersRequest request;
  request.set_parent(options.ticket.empty()
                         ? SiteName(options.site) + "/tickets/-"
                         : TicketName(options.ticket));
  request.set_overdue_only(options.overdue);
  v1::ListWorkOrdersResponse all;
  if (!CallAllPages(client, &Stub::ListWorkOrders, request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.work_orders().empty()) {
    std::cerr << Msg("none.work_orders") << "\n";
  } else {
    PrintWorkOrderTable(all.work_orders(), std::cout);
  }
  return kExitOk;
}

void AddDispatchCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<DispatchOptions>();
  CLI::App* dispatch = group->add_subcommand(
      "dispatch",
      "route a ticket and issue a work order (派工单); counts as the first "
      "response");
  dispatch->add_option("ticket", options->ticket, kTicketHelp)->required();
  CheckEnumWord(dispatch->add_option("--route", options->route,
                                     "who must act on a repair (required for "
                                     "repairs and facility complaints)"),
                v1::RepairRoute_descriptor(), kRoutePrefix);
  dispatch
      ->add_option("--assignee", options->assignee,
                   "a staff id (wang.li), dept:ID of the ticket's site, "
                   "vendor:ID, or a full resource name")
      ->required();
  dispatch
      ->add_option("--promised", options->promised,
                   std::string("when the worker promised to come: ") +
                       kTimeHelp + "; vendors default to their deadline")
      ->check(TimeWord());
  dispatch
      ->add_option("--parties", options->parties,
                   "coordination: the parties involved, by commas (at least "
                   "two)")
      ->delimiter(',')
      ->allow_extra_args(false);
  dispatch->add_option("--instructions", options->instructions,
                       "for the worker, up to 2000 characters");
  dispatch->add_option("--approval", options->approval,
                       "developer warranty: the code of the site manager's "
                       "sign-off (frontdesk approval create --action "
                       "warranty-signoff --ticket N, run by the manager); "
                       "not needed when the manager dispatches");
  dispatch->add_option("--manager-signoff", options->manager_signoff,
                       "developer warranty: the manager (staff id) who signed "
                       "the liaison form, checked against the approval; "
                       "optional");
  dispatch->add_option("--developer-ack", options->developer_ack,
                       "developer warranty: who at the developer's project "
                       "team acknowledged it, e.g. \"项目部 张经理\"");
  dispatch->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(dispatch, context,
             [options](const Client& client, OutputFormat format) {
               return Dispatch(client, format, *options);
             });
}

void AddArriveCommand(CLI::App* group, CommandContext& context) {
  auto target = std::make_shared<std::string>();
  auto request_id = std::make_shared<std::string>();
  CLI::App* arrive = group->add_subcommand(
      "arrive",
      "the worker has arrived (confirmed with the resident): the work order "
      "is arrived, the ticket in progress");
  arrive->add_option("work_order", *target, kWorkOrderHelp)->required();
  arrive->add_option("--request-id", *request_id, kRequestIdHelp);
  RunOnParse(arrive, context,
             [target, request_id](const Client& client, OutputFormat format) {
               return Arrive(client, format, *target, *request_id);
             });
}

void AddCompleteCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<CompleteOptions>();
  CLI::App* complete = group->add_subcommand(
      "complete", "record the work done on a work order (服务工作单)");
  complete->add_option("work_order", options->target, kWorkOrderHelp)
      ->required();
  complete
      ->add_option("--work-done", options->work_done,
                   "what was done, up to 2000 characters")
      ->required();
  complete
      ->add_option("--labour-hours", options->labour_hours,
                   "labour in hours, e.g. 1.5")
      ->check(CLI::Range(0.0, 1000.0));
  complete
      ->add_option("--material", options->materials,
                   "a material used, NAME:QUANTITY[:UNIT], e.g. 阀门:1:个; "
                   "repeat for each")
      ->allow_extra_args(false)
      ->check(MaterialWord());
  complete->add_flag("--accepted", options->accepted,
                     "the reporter accepted the work (验收签字)");
  complete->add_option("--acceptance-note", options->acceptance_note,
                       "what the reporter said on acceptance");
  complete->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(complete, context,
             [options](const Client& client, OutputFormat format) {
               return Complete(client, format, *options);
             });
}

void AddWorkOrdersCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<WorkOrderListOptions>();
  CLI::App* list = group->add_subcommand(
      "work-orders", "a ticket's work orders, or a site's (--site)");
  list->add_option("ticket", options->ticket, kTicketHelp);
  list->add_option("--site", options->site,
                   "every work order of this site, e.g. hx");
  list->add_flag("--overdue", options->overdue,
                 "only those past their promised time and not completed");
  RunOnParse(list, context,
             [options](const Client& client, OutputFormat format) {
               return ListWorkOrders(client, format, *options);
             });
}

// --- Verbs on a ticket ------------------------------------------------------

// The options of a verb taking a ticket, at most one text option and a
// request id.
struct VerbOptions {
  std::string ticket;
  std::string text;  // --reason, --summary, --finding, --of
  std::string request_id;
};

using VerbRun =
    std::function<int(const Client&, OutputFormat, const VerbOptions& options)>;

// Adds `ticket NAME TICKET [OPTION TEXT] [--request-id ID]`; `option` null
// for none. The text option is required.
CLI::App* AddVerb(CLI::App* group, CommandContext& context, const char* name,
                  const char* description, const char* option,
                  const char* option_help, VerbRun run) {
  auto options = std::make_shared<VerbOptions>();
  CLI::App* verb = group->add_subcommand(name, description);
  verb->add_option("ticket", options->ticket, kTicketHelp)->required();
  if (option != nullptr) {
    verb->add_option(option, options->text, option_help)->required();
  }
  verb->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(verb, context,
             [options, run = std::move(run)](const Client& client,
                                             OutputFormat format) {
               return run(client, format, *options);
             });
  return verb;
}

// A verb whose request has name, request_id and the string field
// `text_field` (null for none), set from the verb's text option.
template <typename Request>
VerbRun TextVerb(TicketStubMethod<Request, Ticket> method,
                 const char* text_field = nullptr) {
  return [method, text_field](const Client& client, OutputFormat format,
                              const VerbOptions& options) {
    Request request;
    request.set_name(TicketName(options.ticket));
    if (text_field != nullptr) {
      request.GetReflection()->SetString(
          &request, request.GetDescriptor()->FindFieldByName(text_field),
          options.text);
    }
    request.set_request_id(options.request_id);
    return RunTicketVerb(client, format, method, request);
  };
}

void AddSimpleVerbs(CLI::App* group, CommandContext& context) {
  AddVerb(group, context, "pend",
          "put a ticket on hold (waiting on the resident, parts or a "
          "vendor): the deadline clocks stop",
          "--reason", "what it waits for, up to 500 characters",
          TextVerb(&Stub::PendTicket, "reason"));
  AddVerb(group, context, "resume",
          "take a ticket off hold: the deadlines move by the time spent "
          "pending",
          nullptr, nullptr, TextVerb(&Stub::ResumeTicket));
  auto with_children = std::make_shared<bool>(false);
  CLI::App* resolve = AddVerb(
      group, context, "resolve",
      "the work is finished (no open work order left); the callback becomes "
      "due",
      "--summary", "what was done, up to 2000 characters",
      [with_children](const Client& client, OutputFormat format,
                      const VerbOptions& options) {
        v1::ResolveTicketRequest request;
        request.set_name(TicketName(options.ticket));
        request.set_summary(options.text);
        request.set_resolve_children(*with_children);
        request.set_request_id(options.request_id);
        return RunTicketVerb(client, format, &Stub::ResolveTicket, request);
      });
  resolve->add_flag("--with-children", *with_children,
                    "also resolve the open tickets linked under it (each "
                    "gets its own history entry and callback; pending ones "
                    "are left as they are)");
  AddVerb(group, context, "reopen",
          "the resident reports the matter again after resolution", "--reason",
          "what is wrong again, up to 500 characters",
          TextVerb(&Stub::ReopenTicket, "reason"));
  AddVerb(group, context, "unfounded",
          "a complaint judged not founded (投诉不成立); the ticket ends",
          "--finding",
          "the explanation given to the resident, up to 2000 characters",
          TextVerb(&Stub::MarkTicketUnfounded, "finding"));
  AddVerb(group, context, "cancel",
          "withdrawn by the reporter; the ticket ends", "--reason",
          "why, up to 500 characters", TextVerb(&Stub::CancelTicket, "reason"));
  AddVerb(group, context, "duplicate",
          "the same matter is already a ticket; this one ends", "--of",
          "the surviving ticket (name or number) of the same site",
          [](const Client& client, OutputFormat format,
             const VerbOptions& options) {
            v1::MarkTicketDuplicateRequest request;
            request.set_name(TicketName(options.ticket));
            request.set_duplicate_of(TicketName(options.text));
            request.set_request_id(options.request_id);
            return RunTicketVerb(client, format, &Stub::MarkTicketDuplicate,
                                 request);
          });
}

}  // namespace

void AddTicketWorkflowCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.get_subcommand("ticket");
  AddDispatchCommand(group, context);
  AddArriveCommand(group, context);
  AddCompleteCommand(group, context);
  AddWorkOrdersCommand(group, context);
  AddSimpleVerbs(group, context);
}

}  // namespace frontdesk::cli
