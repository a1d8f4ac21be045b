#include "common/grants.h"

#include <set>

#include "common/names.h"

namespace frontdesk {
namespace {

constexpr char kEverySite[] = "sites/-";

v1::RoleGrant MakeGrant(int role, const std::string& site) {
  v1::RoleGrant grant;
  grant.set_role(static_cast<v1::StaffMember::Role>(role));
  grant.set_site(site);
  return grant;
}

}  // namespace

std::vector<v1::RoleGrant> StaffGrants(const v1::StaffMember& staff) {
  if (staff.grants_size() > 0) {
    return {staff.grants().begin(), staff.grants().end()};
  }
  std::vector<v1::RoleGrant> grants;
  for (int role : staff.roles()) {
    if (role == v1::StaffMember::ADMIN || staff.sites().empty()) {
      grants.push_back(MakeGrant(role, kEverySite));
      continue;
    }
    for (const std::string& site : staff.sites()) {
      grants.push_back(MakeGrant(role, site));
    }
  }
  return grants;
}

bool IsServicePurpose(int role) {
  return role == v1::StaffMember::RESIDENT_APP ||
         role == v1::StaffMember::CLOCK_TERMINAL ||
         role == v1::StaffMember::REPORT_JOB;
}

Grant ToGrant(const v1::RoleGrant& grant) {
  std::string site_id = SiteOfName(grant.site());
  return Grant{grant.role(), site_id == "-" ? "" : site_id};
}

v1::RoleGrant ToRoleGrant(const Grant& grant) {
  return MakeGrant(grant.role, grant.AtEverySite() ? std::string(kEverySite)
                                                   : SiteName(grant.site_id));
}

void SummarizeGrants(v1::StaffMember* staff) {
  std::set<int> roles;
  std::set<std::string> sites;
  for (const v1::RoleGrant& grant : staff->grants()) {
    roles.insert(grant.role());
    if (grant.site() != kEverySite) sites.insert(grant.site());
  }
  staff->clear_roles();
  staff->clear_sites();
  for (int role : roles) {
    staff->add_roles(static_cast<v1::StaffMember::Role>(role));
  }
  for (const std::string& site : sites) staff->add_sites(site);
}

}  // namespace frontdesk
