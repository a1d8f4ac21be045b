// Intake rules of TicketService: pure functions over messages, no database,
// no gRPC. Existence of the site and unit is the store's to check.
#ifndef FRONTDESK_SERVER_TICKET_TICKET_RULES_H_
#define FRONTDESK_SERVER_TICKET_TICKET_RULES_H_

#include <google/protobuf/field_mask.pb.h>

#include <vector>

#include "absl/status/statusor.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

// Every rule a recorded ticket must satisfy; all violations at once, field
// names prefixed "ticket.".
absl::Status ValidateTicketFields(const v1::Ticket& ticket);

struct TicketUpdate {
  v1::Ticket ticket;                     // current with the mask applied
  std::vector<v1::FieldChange> changes;  // only fields whose value changed
};

// Applies the fields of `patch` named in `mask` to `current`. Mutable paths:
// channel, kind, complaint_class, priority, subject, description, reporter,
// reporter.name, reporter.phone, reporter.unit, reporter.location,
// important.
// INVALID_ARGUMENT on "update_mask" for an empty mask or any other path, and
// on the fields if the result breaks a rule.
absl::StatusOr<TicketUpdate> ApplyTicketUpdate(
    const v1::Ticket& current, const v1::Ticket& patch,
    const google::protobuf::FieldMask& mask);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_TICKET_RULES_H_
