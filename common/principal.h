// Who is calling: the staff member, service account or vendor's contact
// behind a bearer token, resolved by server/auth before any handler logic
// runs, with what they may do where: roles granted per site
// [D-GRANTS-PER-SITE], and the vendor a contact acts for [D-VENDOR-CONTACT].
#ifndef FRONTDESK_COMMON_PRINCIPAL_H_
#define FRONTDESK_COMMON_PRINCIPAL_H_

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace frontdesk {

// One role (a frontdesk.v1.StaffMember.Role number) held at one site, or at
// every site when `site_id` is empty (a company-wide grant).
struct Grant {
  int role = 0;
  std::string site_id;

  bool AtEverySite() const { return site_id.empty(); }
  bool Covers(absl::string_view site) const {
    return site_id.empty() || site_id == site;
  }
  bool operator==(const Grant& other) const {
    return role == other.role && site_id == other.site_id;
  }
};

struct Principal {
  std::string staff_id;  // e.g. "wang.li"
  std::vector<Grant> grants;
  // The vendor a VENDOR_CONTACT acts for ("otis"); empty for everyone else.
  std::string vendor_id;

  // The account itself: who acts, as the access log and histories name it.
  std::string name() const { return "staff/" + staff_id; }
  // Whose work orders they act on [T-VENDOR-CONTACT]: their vendor's
  // ("vendors/otis") for a vendor's contact, else their own ("staff/...").
  std::string assignee_name() const {
    return vendor_id.empty() ? name() : "vendors/" + vendor_id;
  }
  // Whether they hold `role` at some site (or at every site).
  bool HasRole(int role) const {
    return std::any_of(grants.begin(), grants.end(),
                       [&](const Grant& g) { return g.role == role; });
  }
  // Whether they hold `role` at `site_id`, or at every site.
  bool HasRoleAt(int role, absl::string_view site_id) const {
    return std::any_of(grants.begin(), grants.end(), [&](const Grant& g) {
      return g.role == role && g.Covers(site_id);
    });
  }
  // Whether they hold one of `roles` at `site_id`, or at every site.
  bool HasAnyRoleAt(std::initializer_list<int> roles,
                    absl::string_view site_id) const {
    return std::any_of(roles.begin(), roles.end(),
                       [&](int role) { return HasRoleAt(role, site_id); });
  }
  // Whether they hold any role at `site_id` (a colleague of its staff).
  bool WorksAt(absl::string_view site_id) const {
    return std::any_of(grants.begin(), grants.end(),
                       [&](const Grant& g) { return g.Covers(site_id); });
  }
};

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_PRINCIPAL_H_
