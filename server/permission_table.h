// Who may call which RPC: one entry per method of every service, declared in
// permission_table.cc and checked by the frame (server/handler.cc, through
// Authorize() in server/authorize.h) before the desk runs, so before anything
// is looked up [ACL-ONE-TABLE].
//
// An entry names the roles that may call the method and, for a site-scoped
// method, the request field holding a resource name under "sites/{site}"
// (the parent, the resource's name, or the name inside the resource sent):
// the caller must then also work at that site [D-SITE-SCOPE]. ADMIN may call
// every method at every site. A method without an entry is refused.
#ifndef FRONTDESK_SERVER_PERMISSION_TABLE_H_
#define FRONTDESK_SERVER_PERMISSION_TABLE_H_

#include <cstdint>
#include <initializer_list>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace frontdesk {

// A set of frontdesk.v1.StaffMember.Role numbers.
class RoleSet {
 public:
  constexpr RoleSet(std::initializer_list<int> roles) {
    for (int role : roles) bits_ |= uint32_t{1} << role;
  }
  constexpr bool Has(int role) const {
    return role >= 0 && role < 32 && (bits_ >> role) & 1;
  }
  constexpr RoleSet operator|(RoleSet other) const {
    RoleSet both = *this;
    both.bits_ |= other.bits_;
    return both;
  }

 private:
  uint32_t bits_ = 0;
};

struct Permission {
  absl::string_view method;      // "TicketService.CreateTicket"
  RoleSet roles;                 // who may call it (ADMIN always may)
  absl::string_view site_field;  // e.g. "parent", "ticket.name"; "" = company
  absl::string_view rule;        // the docs/rules.md id the entry applies
};

// Every entry, in the order declared.
absl::Span<const Permission> PermissionTable();

// The entry of `method` ("Service.Method"), nullptr when there is none.
const Permission* FindPermission(absl::string_view method);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_PERMISSION_TABLE_H_
