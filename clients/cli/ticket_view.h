// Table-mode rendering of tickets, their history, work orders and callbacks
// (-o table). JSON output does not come here: it is the protobuf JSON of the
// response (output.h).
//
// Enum values are shown as the words the options take ("walk-in",
// "own-maintenance"), times in the CLI time zone ("2026-11-23 14:05"),
// assignees in tables by their short form ("wang.li", "dept:eng",
// "vendor:otis"; names.h).
#ifndef FRONTDESK_CLIENTS_CLI_TICKET_VIEW_H_
#define FRONTDESK_CLIENTS_CLI_TICKET_VIEW_H_

#include <cstdint>
#include <iosfwd>

#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::cli {

// One ticket as "key: value" lines, with its route, assignee, deadlines
// (a missed one marked "BREACHED") and resolution once dispatched.
void PrintTicket(const v1::Ticket& ticket, std::ostream& out);

// Tickets as a table: NUMBER, STATUS, KIND, CHANNEL, PRIORITY, REPORTER,
// PHONE, LOCATION/UNIT, SUBJECT, CREATED.
void PrintTicketTable(
    const google::protobuf::RepeatedPtrField<v1::Ticket>& tickets,
    std::ostream& out);

// One history entry as "key: value" lines.
void PrintTicketEvent(const v1::TicketEvent& event, std::ostream& out);

// History as a table: TIME, EVENT, ACTOR, DETAILS; an update that changed
// several fields takes one line per field.
void PrintTicketEventTable(
    const google::protobuf::RepeatedPtrField<v1::TicketEvent>& events,
    std::ostream& out);

// The deadline the desk is working to: a RESOLVED ticket's callback due
// time; for an open ticket that is not paused, the earliest it still owes
// (as ListOverdueTickets orders them): the promise if one was made, else the
// resolution due time; the first response due time while nobody has
// answered; a complaint's plan due time while no plan is agreed; the
// resident-notice due time while the resident has not been told; unset
// otherwise.
google::protobuf::Timestamp TicketDue(const v1::Ticket& ticket);

// The supervisor's lists (overdue, callbacks due) as a table: NUMBER, STATUS,
// KIND, ASSIGNEE, DUE (TicketDue()), OVERDUE BY (how long before `now`,
// Unix seconds, DUE passed, in whole minutes such as "2h15m"; blank when it
// has not). The header is printed even without rows.
void PrintDueTicketTable(
    const google::protobuf::RepeatedPtrField<v1::Ticket>& tickets, int64_t now,
    std::ostream& out);

// One work order as "key: value" lines.
void PrintWorkOrder(const v1::WorkOrder& order, std::ostream& out);

// Work orders as a table: NAME, STATE, ASSIGNEE, PROMISED, OVERDUE, REWORK
// (the last two "yes" or blank). The header is printed even without rows.
void PrintWorkOrderTable(
    const google::protobuf::RepeatedPtrField<v1::WorkOrder>& orders,
    std::ostream& out);

// One callback (回访) as "key: value" lines.
void PrintCallback(const v1::TicketCallback& callback, std::ostream& out);

// One escalation as "key: value" lines.
void PrintEscalation(const v1::Escalation& escalation, std::ostream& out);

// Escalations as a table: TIME, TICKET, LEVEL, AUTOMATIC ("yes" or blank),
// ACTOR, REASON. The header is printed even without rows.
void PrintEscalationTable(
    const google::protobuf::RepeatedPtrField<v1::Escalation>& escalations,
    std::ostream& out);

// One SLA policy as "key: value" lines, durations as "4h", "3d".
void PrintSlaPolicy(const v1::SlaPolicy& policy, std::ostream& out);

// SLA policies as a table: KIND, PRIORITY, RESPOND, RESOLVE, CALLBACK, PLAN
// ("-" for kinds that owe no plan), COORDINATION, SUPERVISOR AFTER, MANAGER
// AFTER, DEFAULT ("yes" or blank).
void PrintSlaPolicyTable(
    const google::protobuf::RepeatedPtrField<v1::SlaPolicy>& policies,
    std::ostream& out);

// One line of `ticket watch` for an event of `ticket` (its number — the
// event's ticket_number — or its name when the number is not known),
// without the newline:
//   EVENT_ID  TIME  TICKET  TYPE  ACTOR  field: old -> new; ...  note
// with the actor "-" for the server's own steps.
std::string WatchLine(const v1::TicketEvent& event, const std::string& ticket);

// "sites/hx/tickets/12" of an event name "sites/hx/tickets/12/events/345".
std::string EventTicketName(const std::string& event_name);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TICKET_VIEW_H_
