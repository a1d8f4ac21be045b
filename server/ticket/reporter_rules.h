// Who sees a ticket's reporter (name and phone, residents' personal data,
// 信息保密, also in the history's changes of them), over plain values;
// reporter_access.h applies them to what the TicketService desks return:
//   - the site's desk (RECEPTIONIST, SUPERVISOR or MANAGER at the ticket's
//     site) sees the reporter in clear [T-REPORTER-MASKED];
//   - so does the assignee of an open (OPEN or ARRIVED) work order of the
//     ticket, who has to call the resident (a vendor's contact for their
//     vendor's order [T-VENDOR-CONTACT]), and ADMIN; being outside the
//     site's desk, each such read is written to the access log in the same
//     transaction [T-REPORTER-AUDITED];
//   - everyone else gets the name and phone masked (MaskPersonName,
//     MaskPhone), and a masked value sent back is refused as input;
//   - a search by the reporter's phone reveals whose ticket carries it: at
//     one site it is the desk's (or ADMIN's); across sites ("sites/-") a
//     SUPERVISOR's, a MANAGER's or ADMIN's, and every ticket it returns is
//     written to the access log [T-PHONE-SEARCH-AUDITED].
#ifndef FRONTDESK_SERVER_TICKET_REPORTER_RULES_H_
#define FRONTDESK_SERVER_TICKET_REPORTER_RULES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"
#include "common/site_roles.h"
#include "frontdesk/v1/common.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

// How `who` sees the reporter of a ticket of `site_id`.
struct ReporterSight {
  bool clear = false;        // name and phone as they are, else masked
  std::string audit_reason;  // non-empty: the read is logged with this reason
};
// `assignee_of_open_order`: an OPEN or ARRIVED work order of the ticket is
// assigned to who.assignee_name().
ReporterSight ReporterSightFor(const Principal& who, absl::string_view site_id,
                               bool assignee_of_open_order);

// The access log's reason for a reporter found by a phone search across
// sites.
inline constexpr char kPhoneSearchAcrossSites[] =
    "search by reporter_phone across sites";

// Masks the reporter's name and phone in place (unit and location stay).
void MaskReporter(v1::Contact* reporter);

// Whether the contact still holds personal data (retention erases it).
bool HoldsPersonalData(const v1::Contact& reporter);

// The same for a history entry: the old and new values of its changes of
// the reporter's name and phone (common/reporter_fields.h).
void MaskReporterChanges(v1::TicketEvent* event);
bool HoldsPersonalData(const v1::TicketEvent& event);

// INVALID_ARGUMENT on `field` ("ticket.reporter.name") when `name` holds a
// '*': a masked name sent back (a read-modify-write of a masked ticket) is
// never stored.
absl::Status CheckNotMaskedName(absl::string_view field,
                                absl::string_view name);

// May `who` list tickets of `parent_site_id` ("-" for every site) by the
// reporter's phone? PERMISSION_DENIED (PHONE_SEARCH_NOT_PERMITTED)
// otherwise. Returns whether the search goes across sites (and is audited).
absl::StatusOr<bool> CheckPhoneSearch(const Principal& who,
                                      absl::string_view parent_site_id);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_REPORTER_RULES_H_
