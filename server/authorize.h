// The one permission check of every RPC [ACL-ONE-TABLE]: the frame calls it
// with the authenticated caller, the method ("TicketService.CreateTicket")
// and the request, after authentication and before the desk runs, so a
// refusal never depends on, nor reveals, what is stored.
//
// OK when `who` is ADMIN; otherwise the method's entry in the permission
// table (permission_table.h) must name a role the caller holds, and for a
// site-scoped method whose request names a site ("sites/hx/...") hold it at
// that site or at every site [D-SITE-SCOPE] [D-GRANTS-PER-SITE]. A request
// naming every site
// ("sites/-/...") or none yet (an empty or malformed name, refused by the
// desk's own validation) is left to the desk, which narrows lists to the
// caller's sites. Refusals are PERMISSION_DENIED, reason PERMISSION_DENIED,
// with the rule id and the method in the ErrorInfo metadata.
#ifndef FRONTDESK_SERVER_AUTHORIZE_H_
#define FRONTDESK_SERVER_AUTHORIZE_H_

#include <google/protobuf/message.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"
#include "server/call.h"

namespace frontdesk {

absl::Status Authorize(const Principal& who, absl::string_view method,
                       const google::protobuf::Message& request);

// The sites a list of `parent_site` ("-" or one site id, checked by
// Authorize) covers for `call`: that site, or for "-" the sites where the
// caller holds a role the method's entry allows; empty means every site
// (ADMIN, or such a role held at every site).
std::vector<std::string> SitesOf(const Call& call,
                                 const std::string& parent_site);

// The sites where `who` holds one of `roles`, in the same form: empty for
// every site (ADMIN, or one of them held at every site). A search that
// needs more than the method's roles (a phone search across sites is a
// supervisor's) narrows "sites/-" with it.
std::vector<std::string> SitesWhereHeld(const Principal& who,
                                        std::initializer_list<int> roles);

// Whether `call`'s caller reaches `site_id` only as one of `roles`: of the
// roles the method's entry allows, those they hold there are all among
// `roles` (at least one), and they are not ADMIN. A desk asks where those
// roles' reach is narrower than the entry's: a maintenance worker reads
// only the tickets of their own work orders, a vendor's contact only those
// of their vendor's [T-WORK-ORDER-ASSIGNEE] [T-VENDOR-CONTACT].
bool ReachesOnlyAs(const Call& call, std::initializer_list<int> roles,
                   absl::string_view site_id);

// The site a request is about, read from `field_path` ("parent",
// "ticket.name"): "" when the field is empty or names no site, "-" for
// every site; a ticket named by its number is at the site of the number.
std::string RequestSite(const google::protobuf::Message& request,
                        absl::string_view field_path);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_AUTHORIZE_H_
