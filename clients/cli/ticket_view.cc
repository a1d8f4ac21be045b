#include "clients/cli/ticket_view.h"

#include <google/protobuf/duration.pb.h>
#include <google/protobuf/timestamp.pb.h>

#include <ostream>
#include <sstream>
#include <string>

#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/materials.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"

namespace frontdesk::cli {
namespace {

using google::protobuf::Timestamp;
using v1::Ticket;
using v1::TicketEvent;
using v1::WorkOrder;

constexpr const char* kRoutePrefix = "REPAIR_ROUTE_";

bool IsSet(const Timestamp& time) {
  return time.seconds() != 0 || time.nanos() != 0;
}

std::string RouteWord(v1::RepairRoute route) {
  return EnumText(v1::RepairRoute_descriptor(), route, kRoutePrefix);
}

// "2026-11-23 16:05", with " BREACHED" when `breached`; "" when unset.
std::string Deadline(const Timestamp& due, bool breached) {
  if (!IsSet(due)) return "";
  return FormatLocalTime(due) + (breached ? "  " + Msg("word.breached") : "");
}

std::string YesOrBlank(bool value) { return value ? Msg("word.yes") : ""; }

// How long `due` had passed at `now`, in whole minutes: "2h15m", "<1m";
// "" when it has not (or is unset).
std::string OverdueBy(const Timestamp& due, int64_t now) {
  if (!IsSet(due) || now <= due.seconds()) return "";
  int64_t late = now - due.seconds();
  if (late < 60) return "<1m";
  return FormatDurationSeconds(late - late % 60);
}

std::string Where(const v1::Contact& reporter) {
  return reporter.unit().empty() ? reporter.location()
                                 : LastSegment(reporter.unit());
}

std::string EventWord(const TicketEvent& event) {
  return EnumText(TicketEvent::Type_descriptor(), event.type());
}

std::string ShowValue(const std::string& value) {
  return value.empty() ? Msg("word.empty") : value;
}

// The enum whose constants a FieldChange of `field` carries, or nullptr.
const google::protobuf::EnumDescriptor* FieldEnum(const std::string& field,
                                                  std::string* prefix) {
  if (field == "status") return Ticket::Status_descriptor();
  if (field == "kind") return Ticket::Kind_descriptor();
  if (field == "channel") return Ticket::Channel_descriptor();
  if (field == "priority") return Ticket::Priority_descriptor();
  if (field == "complaint_class") return Ticket::ComplaintClass_descriptor();
  if (field == "route" ||
      (field.size() > 6 && field.compare(field.size() - 6, 6, ".route") == 0)) {
    *prefix = kRoutePrefix;
    return v1::RepairRoute_descriptor();
  }
  if (field == "escalation_level") {
    *prefix = "ESCALATION_LEVEL_";
    return v1::EscalationLevel_descriptor();
  }
  return nullptr;
}

// One side of a FieldChange as people read it: an enum constant
// (REPAIR_ROUTE_OWN_MAINTENANCE) as its word (own-maintenance, 工程类),
// the unspecified value and "" as (empty).
std::string ShowChangeValue(const std::string& field,
                            const std::string& value) {
  std::string prefix;
  const google::protobuf::EnumDescriptor* type = FieldEnum(field, &prefix);
  if (type != nullptr) {
    const auto* constant = type->FindValueByName(value);
    if (constant != nullptr) {
      return ShowValue(EnumText(type, constant->number(), prefix));
    }
  }
  return ShowValue(value);
}

// "route: (empty) -> own-maintenance".
std::string ShowChange(const v1::FieldChange& change) {
  return ShowChangeValue(change.field(), change.old_value()) + " -> " +
         ShowChangeValue(change.field(), change.new_value());
}

std::string EscalationWord(v1::EscalationLevel level) {
  return EnumText(v1::EscalationLevel_descriptor(), level, "ESCALATION_LEVEL_");
}

std::string DurationText(const google::protobuf::Duration& d) {
  return FormatDurationSeconds(d.seconds());
}

}  // namespace

void PrintTicket(const Ticket& ticket, std::ostream& out) {
  KeyValues view;
  view.Add("number", ticket.number());
  view.Add("name", ticket.name());
  view.Add("status", EnumText(Ticket::Status_descriptor(), ticket.status()));
  view.Add("kind", EnumText(Ticket::Kind_descriptor(), ticket.kind()));
  view.AddIfSet("complaint class", EnumText(Ticket::ComplaintClass_descriptor(),
                                            ticket.complaint_class()));
  view.Add("channel", EnumText(Ticket::Channel_descriptor(), ticket.channel()));
  view.Add("priority",
           EnumText(Ticket::Priority_descriptor(), ticket.priority()));
  view.Add("reporter", ticket.reporter().name());
  view.Add("phone", ticket.reporter().phone());
  view.AddIfSet("unit", ticket.reporter().unit());
  view.AddIfSet("location", ticket.reporter().location());
  view.AddIfSet("reporter erased", FormatLocalTime(ticket.purge_time()));
  if (ticket.important()) view.Add("important", "yes (kept long-term)");
  view.Add("subject", ticket.subject());
  view.AddIfSet("description", ticket.description());
  view.AddIfSet("route", RouteWord(ticket.route()));
  view.AddIfSet("assignee", ticket.assignee());
  const v1::TicketDeadlines& d = ticket.deadlines();
  view.AddIfSet("first response due", Deadline(d.first_response_due_time(),
                                               d.first_response_breached()));
  view.AddIfSet("first response",
                FormatLocalTime(ticket.first_response_time()));
  view.AddIfSet("resolution due",
                Deadline(d.resolution_due_time(), d.resolution_breached()));
  view.AddIfSet("promised", FormatLocalTime(d.promised_time()));
  view.AddIfSet("plan due", Deadline(d.plan_due_time(), d.plan_breached()));
  if (ticket.has_plan()) {
    const v1::TicketPlan& plan = ticket.plan();
    std::string by = AssigneeLabel(plan.department());
    if (!plan.agreed_by().empty()) by += " (" + plan.agreed_by() + ")";
    view.Add("plan", plan.plan());
    view.Add("plan agreed", FormatLocalTime(plan.agree_time()) + " by " + by);
    view.AddIfSet("plan finish", FormatLocalTime(plan.finish_time()));
  }
  view.AddIfSet("resident notice due", Deadline(d.resident_notice_due_time(),
                                                d.resident_notice_breached()));
  view.AddIfSet("resident told", FormatLocalTime(d.resident_notice_met_time()));
  if (d.paused()) view.Add("paused", "yes (deadline clocks stopped)");
  view.AddIfSet("resolved", FormatLocalTime(ticket.resolve_time()));
  view.AddIfSet("resolution", ticket.resolution());
  view.AddIfSet("callback due",
                Deadline(d.callback_due_time(), d.callback_breached()));
  if (ticket.callback_attempts() > 0) {
    view.Add("callback attempts", std::to_string(ticket.callback_attempts()));
  }
  view.AddIfSet("closed", FormatLocalTime(ticket.close_time()));
  view.AddIfSet("duplicate of", ticket.duplicate_of());
  view.AddIfSet("parent", ticket.parent());
  view.AddIfSet("escalated to", EscalationWord(ticket.escalation_level()));
  std::string created = FormatLocalTime(ticket.create_time());
  if (!ticket.created_by().empty()) created += " by " + ticket.created_by();
  view.Add("created", created);
  view.AddIfSet("updated", FormatLocalTime(ticket.update_time()));
  view.Add("etag", ticket.etag());
  view.Print(out);
}

void PrintTicketTable(const google::protobuf::RepeatedPtrField<Ticket>& tickets,
                      std::ostream& out) {
  Table table({"NUMBER", "STATUS", "KIND", "CHANNEL", "PRIORITY", "REPORTER",
               "PHONE", "LOCATION/UNIT", "SUBJECT", "CREATED"});
  table.SetMaxWidth(5, 16);  // REPORTER
  table.SetMaxWidth(7, 20);  // LOCATION/UNIT
  table.SetMaxWidth(8, 40);  // SUBJECT
  for (const Ticket& ticket : tickets) {
    table.AddRow({ticket.number(),
                  EnumText(Ticket::Status_descriptor(), ticket.status()),
                  EnumText(Ticket::Kind_descriptor(), ticket.kind()),
                  EnumText(Ticket::Channel_descriptor(), ticket.channel()),
                  EnumText(Ticket::Priority_descriptor(), ticket.priority()),
                  ticket.reporter().name(), ticket.reporter().phone(),
                  Where(ticket.reporter()), ticket.subject(),
                  FormatLocalTime(ticket.create_time())});
  }
  table.Print(out);
}

void PrintTicketEvent(const TicketEvent& event, std::ostream& out) {
  KeyValues view;
  view.Add("name", event.name());
  view.Add("event", EventWord(event));
  view.Add("actor", event.actor());
  view.Add("time", FormatLocalTime(event.create_time()));
  for (const v1::FieldChange& change : event.changes()) {
    view.Add(change.field(), ShowChange(change));
  }
  view.AddIfSet("note", event.note());
  view.Print(out);
}

void PrintTicketEventTable(
    const google::protobuf::RepeatedPtrField<TicketEvent>& events,
    std::ostream& out) {
  Table table({"TIME", "EVENT", "ACTOR", "DETAILS"});
  for (const TicketEvent& event : events) {
    bool first_line = true;
    auto add_line = [&](const std::string& details) {
      if (first_line) {
        table.AddRow({FormatLocalTime(event.create_time()), EventWord(event),
                      LastSegment(event.actor()), details});
      } else {  // continuation lines leave the first columns blank
        table.AddRow({"", "", "", details});
      }
      first_line = false;
    };
    if (event.changes().empty() || !event.note().empty()) {
      add_line(event.note());
    }
    for (const v1::FieldChange& change : event.changes()) {
      add_line(change.field() + ": " + ShowChange(change));
    }
  }
  table.Print(out);
}

Timestamp TicketDue(const Ticket& ticket) {
  const v1::TicketDeadlines& d = ticket.deadlines();
  switch (ticket.status()) {
    case Ticket::RESOLVED:
      return d.callback_due_time();
    case Ticket::NEW:
    case Ticket::DISPATCHED:
    case Ticket::IN_PROGRESS:
    case Ticket::REOPENED:
      break;
    default:  // paused, closed or ended
      return Timestamp();
  }
  if (d.paused()) return Timestamp();
  Timestamp due =
      IsSet(d.promised_time()) ? d.promised_time() : d.resolution_due_time();
  auto earlier = [&](const Timestamp& owed) {
    if (IsSet(owed) && (!IsSet(due) || owed.seconds() < due.seconds())) {
      due = owed;
    }
  };
  if (!IsSet(ticket.first_response_time())) {
    earlier(d.first_response_due_time());
  }
  if (!IsSet(d.plan_met_time())) earlier(d.plan_due_time());
  if (!IsSet(d.resident_notice_met_time())) {
    earlier(d.resident_notice_due_time());
  }
  return due;
}

void PrintDueTicketTable(
    const google::protobuf::RepeatedPtrField<Ticket>& tickets, int64_t now,
    std::ostream& out) {
  Table table({"NUMBER", "STATUS", "KIND", "ASSIGNEE", "DUE", "OVERDUE BY"});
  table.SetMaxWidth(3, 24);  // ASSIGNEE
  for (const Ticket& ticket : tickets) {
    Timestamp due = TicketDue(ticket);
    table.AddRow({ticket.number(),
                  EnumText(Ticket::Status_descriptor(), ticket.status()),
                  EnumText(Ticket::Kind_descriptor(), ticket.kind()),
                  AssigneeLabel(ticket.assignee()), FormatLocalTime(due),
                  OverdueBy(due, now)});
  }
  table.Print(out);
}

void PrintWorkOrder(const WorkOrder& order, std::ostream& out) {
  KeyValues view;
  view.Add("name", order.name());
  view.Add("state", EnumText(WorkOrder::State_descriptor(), order.state()));
  view.AddIfSet("route", RouteWord(order.route()));
  view.Add("assignee", order.assignee());
  if (order.rework()) view.Add("rework", "yes (after an unsatisfied callback)");
  view.AddIfSet("promised", Deadline(order.promised_time(), false) +
                                (order.overdue() ? "  OVERDUE" : ""));
  std::string parties;
  for (const std::string& party : order.parties()) {
    parties += (parties.empty() ? "" : ", ") + party;
  }
  view.AddIfSet("parties", parties);
  view.AddIfSet("instructions", order.instructions());
  view.AddIfSet("signed off by", order.manager_signoff());
  view.AddIfSet("developer ack", order.developer_acknowledged_by());
  view.AddIfSet("arrived", FormatLocalTime(order.arrival_time()));
  view.AddIfSet("completed", FormatLocalTime(order.complete_time()));
  view.AddIfSet("work done", order.work_done());
  if (order.labour_hours() > 0) {
    std::ostringstream hours;
    hours << order.labour_hours() << " h";
    view.Add("labour", hours.str());
  }
  std::string materials;
  for (const WorkOrder::Material& material : order.materials()) {
    materials += (materials.empty() ? "" : "\n") + FormatMaterial(material);
  }
  view.AddIfSet("materials", materials);
  if (order.state() == WorkOrder::COMPLETED) {
    view.Add("accepted",
             order.accepted_by_reporter() ? Msg("value.yes") : Msg("value.no"));
  }
  view.AddIfSet("acceptance note", order.acceptance_note());
  std::string dispatched = FormatLocalTime(order.create_time());
  if (!order.dispatched_by().empty()) {
    dispatched += " by " + order.dispatched_by();
  }
  view.Add("dispatched", dispatched);
  view.Print(out);
}

void PrintWorkOrderTable(
    const google::protobuf::RepeatedPtrField<WorkOrder>& orders,
    std::ostream& out) {
  Table table({"NAME", "STATE", "ASSIGNEE", "PROMISED", "OVERDUE", "REWORK"});
  table.SetMaxWidth(2, 24);  // ASSIGNEE
  for (const WorkOrder& order : orders) {
    table.AddRow({order.name(),
                  EnumText(WorkOrder::State_descriptor(), order.state()),
                  AssigneeLabel(order.assignee()),
                  FormatLocalTime(order.promised_time()),
                  YesOrBlank(order.overdue()), YesOrBlank(order.rework())});
  }
  table.Print(out);
}

void PrintCallback(const v1::TicketCallback& callback, std::ostream& out) {
  KeyValues view;
  view.Add("name", callback.name());
  view.Add("result", EnumText(v1::TicketCallback::Result_descriptor(),
                              callback.result()));
  if (callback.rating() > 0) {
    view.Add("rating", std::to_string(callback.rating()) + "/5");
  }
  view.AddIfSet("comment", callback.comment());
  view.AddIfSet("rework order", callback.rework_order());
  std::string time = FormatLocalTime(callback.create_time());
  if (!callback.caller().empty()) time += " by " + callback.caller();
  view.Add("called", time);
  view.Print(out);
}

void PrintEscalation(const v1::Escalation& escalation, std::ostream& out) {
  KeyValues view;
  view.Add("name", escalation.name());
  view.Add("ticket", escalation.ticket_number());
  view.Add("level", EscalationWord(escalation.level()));
  view.Add("automatic",
           escalation.automatic() ? Msg("value.yes") : Msg("value.no"));
  view.Add("reason", escalation.reason());
  std::string time = FormatLocalTime(escalation.create_time());
  if (!escalation.actor().empty()) time += " by " + escalation.actor();
  view.Add("escalated", time);
  view.Print(out);
}

void PrintEscalationTable(
    const google::protobuf::RepeatedPtrField<v1::Escalation>& escalations,
    std::ostream& out) {
  Table table({"TIME", "TICKET", "LEVEL", "AUTOMATIC", "ACTOR", "REASON"});
  table.SetMaxWidth(5, 60);  // REASON
  for (const v1::Escalation& e : escalations) {
    table.AddRow({FormatLocalTime(e.create_time()), e.ticket_number(),
                  EscalationWord(e.level()), YesOrBlank(e.automatic()),
                  LastSegment(e.actor()), e.reason()});
  }
  table.Print(out);
}

void PrintSlaPolicy(const v1::SlaPolicy& policy, std::ostream& out) {
  KeyValues view;
  view.Add("name", policy.name());
  view.Add("kind", EnumText(Ticket::Kind_descriptor(), policy.kind()));
  view.Add("priority",
           EnumText(Ticket::Priority_descriptor(), policy.priority()));
  view.Add("respond within", DurationText(policy.first_response()));
  view.Add("resolve within", DurationText(policy.resolution()));
  view.Add("callback within", DurationText(policy.callback()));
  view.Add("supervisor after",
           DurationText(policy.escalate_supervisor_after()));
  view.Add("manager after", DurationText(policy.escalate_manager_after()));
  if (policy.plan().seconds() > 0) {
    view.Add("plan within", DurationText(policy.plan()));
  }
  view.Add("coordination promise", DurationText(policy.coordination()));
  view.Add("default", policy.is_default() ? Msg("value.yes") : Msg("value.no"));
  view.AddIfSet("updated", FormatLocalTime(policy.update_time()));
  view.Add("etag", policy.etag());
  view.Print(out);
}

void PrintSlaPolicyTable(
    const google::protobuf::RepeatedPtrField<v1::SlaPolicy>& policies,
    std::ostream& out) {
  Table table({"KIND", "PRIORITY", "RESPOND", "RESOLVE", "CALLBACK", "PLAN",
               "COORDINATION", "SUPERVISOR AFTER", "MANAGER AFTER", "DEFAULT"});
  for (const v1::SlaPolicy& p : policies) {
    table.AddRow({EnumText(Ticket::Kind_descriptor(), p.kind()),
                  EnumText(Ticket::Priority_descriptor(), p.priority()),
                  DurationText(p.first_response()),
                  DurationText(p.resolution()), DurationText(p.callback()),
                  p.plan().seconds() > 0 ? DurationText(p.plan()) : "-",
                  DurationText(p.coordination()),
                  DurationText(p.escalate_supervisor_after()),
                  DurationText(p.escalate_manager_after()),
                  YesOrBlank(p.is_default())});
  }
  table.Print(out);
}

std::string EventTicketName(const std::string& event_name) {
  size_t at = event_name.rfind("/events/");
  return at == std::string::npos ? event_name : event_name.substr(0, at);
}

std::string WatchLine(const TicketEvent& event, const std::string& ticket) {
  std::string details;
  for (const v1::FieldChange& change : event.changes()) {
    if (!details.empty()) details += "; ";
    details += change.field() + ": " + ShowChange(change);
  }
  if (!event.note().empty()) {
    details += (details.empty() ? "" : "  ") + event.note();
  }
  std::string line = std::to_string(event.event_id()) + "  " +
                     FormatLocalTime(event.create_time()) + "  " + ticket +
                     "  " + EventWord(event) + "  " +
                     (event.actor().empty() ? "-" : LastSegment(event.actor()));
  if (!details.empty()) line += "  " + details;
  for (char& c : line) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return line;
}

}  // namespace frontdesk::cli
