// Table-mode rendering of tickets and their history (-o table). JSON output
// does not come here: it is the protobuf JSON of the response (output.h).
//
// Enum values are shown as the words the options take ("walk-in"), times in
// the local time zone ("2026-11-23 14:05").
#ifndef FRONTDESK_CLIENTS_CLI_TICKET_VIEW_H_
#define FRONTDESK_CLIENTS_CLI_TICKET_VIEW_H_

#include <iosfwd>

#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::cli {

// One ticket as "key: value" lines.
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

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TICKET_VIEW_H_
