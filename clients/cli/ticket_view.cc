#include "clients/cli/ticket_view.h"

#include <ostream>
#include <string>

#include "clients/cli/enums.h"
#include "clients/cli/output.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;
using v1::TicketEvent;

std::string Where(const v1::Contact& reporter) {
  return reporter.unit().empty() ? reporter.location()
                                 : LastSegment(reporter.unit());
}

std::string EventWord(const TicketEvent& event) {
  return EnumWord(TicketEvent::Type_descriptor(), event.type());
}

std::string ShowValue(const std::string& value) {
  return value.empty() ? "(empty)" : value;
}

}  // namespace

void PrintTicket(const Ticket& ticket, std::ostream& out) {
  KeyValues view;
  view.Add("number", ticket.number());
  view.Add("name", ticket.name());
  view.Add("status", EnumWord(Ticket::Status_descriptor(), ticket.status()));
  view.Add("kind", EnumWord(Ticket::Kind_descriptor(), ticket.kind()));
  view.AddIfSet("complaint class", EnumWord(Ticket::ComplaintClass_descriptor(),
                                            ticket.complaint_class()));
  view.Add("channel", EnumWord(Ticket::Channel_descriptor(), ticket.channel()));
  view.Add("priority",
           EnumWord(Ticket::Priority_descriptor(), ticket.priority()));
  view.Add("reporter", ticket.reporter().name());
  view.Add("phone", ticket.reporter().phone());
  view.AddIfSet("unit", ticket.reporter().unit());
  view.AddIfSet("location", ticket.reporter().location());
  view.Add("subject", ticket.subject());
  view.AddIfSet("description", ticket.description());
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
                  EnumWord(Ticket::Status_descriptor(), ticket.status()),
                  EnumWord(Ticket::Kind_descriptor(), ticket.kind()),
                  EnumWord(Ticket::Channel_descriptor(), ticket.channel()),
                  EnumWord(Ticket::Priority_descriptor(), ticket.priority()),
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
    view.Add(change.field(), ShowValue(change.old_value()) + " -> " +
                                 ShowValue(change.new_value()));
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
      add_line(change.field() + ": " + ShowValue(change.old_value()) + " -> " +
               ShowValue(change.new_value()));
    }
  }
  table.Print(out);
}

}  // namespace frontdesk::cli
