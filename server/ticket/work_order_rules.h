// The rules of dispatching a ticket and of its work orders, over plain
// values (the desk, work_order_desk.h, looks up the assignee and the order):
//   - a dispatch names a known route and an assignee; instructions up to 2000
//     characters, parties 1..64 each, a promise in the future, and at least
//     two parties on the coordination route;
//   - a repair, or a complaint about a facility, needs a route;
//   - staff and departments take the internal routes only: an external-vendor
//     or warranty route goes to a vendor, one that serves the ticket's site,
//     and a warranty repair to the developer's project team;
//   - arrival is confirmed on an OPEN order; an OPEN or ARRIVED one can be
//     completed, with what was done, the hours (0..1000) and the materials.
#ifndef FRONTDESK_SERVER_TICKET_WORK_ORDER_RULES_H_
#define FRONTDESK_SERVER_TICKET_WORK_ORDER_RULES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "common/principal.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

// INVALID_ARGUMENT listing every field of `request` that breaks the rules
// above that need no stored data.
absl::Status ValidateDispatchRequest(const v1::DispatchTicketRequest& request,
                                     absl::Time now);

// Who reports on a work order (its arrival, its completion)
// [T-WORK-ORDER-ASSIGNEE] [T-VENDOR-CONTACT]: the desk (receptionist,
// supervisor, manager; ADMIN) records what is phoned in for any order of its
// site; anyone else only for an order assigned to who.assignee_name(): a
// maintenance worker their own, a vendor's contact their vendor's.
// PERMISSION_DENIED otherwise.
absl::Status CheckWorkOrderReporter(const Principal& who,
                                    const v1::WorkOrder& order);

// `status` of a call on work order `order_name` as `who` may hear it: to
// anyone outside the site's desk, NOT_FOUND (no such ticket or order)
// becomes the refusal CheckWorkOrderReporter gives for another's order, so
// that a refusal never reveals whether an order exists.
absl::Status HideMissingWorkOrder(const Principal& who,
                                  absl::string_view order_name,
                                  absl::Status status);

// A maintenance worker or a vendor's contact reads a ticket only when a work
// order of it, in any state, is assigned to who.assignee_name()
// (`assigned_an_order`) [T-WORK-ORDER-ASSIGNEE] [T-VENDOR-CONTACT]:
// PERMISSION_DENIED otherwise, the same whether `ticket_name` exists or not.
absl::Status CheckWorkerReadsTicket(const Principal& who,
                                    absl::string_view ticket_name,
                                    bool assigned_an_order);

// Whose work orders `who` sees at `site_id` [T-WORK-ORDER-ASSIGNEE]
// [T-VENDOR-CONTACT]: "" (every order) for the site's desk and ADMIN; for
// anyone else who.assignee_name(): a maintenance worker only the orders
// assigned to them, a vendor's contact only their vendor's.
std::string VisibleWorkOrderAssignee(const Principal& who,
                                     absl::string_view site_id);

// A repair or a facility complaint needs a route.
bool NeedsRoute(v1::Ticket::Kind kind, v1::Ticket::ComplaintClass complaint);

// INVALID_ARGUMENT on route when the ticket needs one and none was chosen.
absl::Status CheckRouteChosen(v1::Ticket::Kind kind,
                              v1::Ticket::ComplaintClass complaint,
                              v1::RepairRoute route);

// A staff member assigned a work order is one of the company's people: not
// a vendor's contact, whose orders go to their vendor ("vendors/{vendor}",
// where they see them) [T-VENDOR-CONTACT], nor a service account
// [ACL-SERVICE-PURPOSE]. INVALID_ARGUMENT on assignee otherwise.
absl::Status CheckStaffAssignee(const v1::StaffMember& staff);

// A staff member or a department as assignee: INVALID_ARGUMENT on assignee
// for the external-vendor and warranty routes.
absl::Status CheckInternalAssignee(v1::RepairRoute route);

// A vendor as assignee: FAILED_PRECONDITION VENDOR_NOT_SERVING_SITE unless
// it serves the site; INVALID_ARGUMENT on assignee for a warranty repair
// sent to another trade than DEVELOPER_PROJECT_TEAM.
absl::Status CheckVendorAssignee(v1::RepairRoute route, v1::Vendor::Trade trade,
                                 bool serves_site, const std::string& assignee,
                                 const std::string& site_id);

// FAILED_PRECONDITION WORK_ORDER_NOT_OPEN unless arrival may be confirmed
// (OPEN), or the order completed (OPEN or ARRIVED).
absl::Status CheckArrivalAllowed(v1::WorkOrder::State state);
absl::Status CheckCompletionAllowed(v1::WorkOrder::State state);

// INVALID_ARGUMENT listing the fields of a completion that break the rules.
absl::Status ValidateCompletion(const v1::CompleteWorkOrderRequest& request);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_WORK_ORDER_RULES_H_
