// The input rules of directory_rules.h; pure functions over proto messages.
#include "server/directory/directory_rules.h"

#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "common/filter.h"
#include "common/grants.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

const FilterSchema& StaffFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"site",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return ParseSiteName("site", v).status(); }}},
      {"role", {FilterField::kEnum, v1::StaffMember::Role_descriptor()}},
  };
  return *schema;
}

absl::Status CheckUnitPart(absl::string_view field, absl::string_view v) {
  if (v.empty()) return InvalidField(field, "is required");
  if (v.size() > 16)
    return InvalidField(field, "must be at most 16 characters");
  for (char c : v) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      return InvalidField(field, "must contain only letters and digits");
    }
  }
  return absl::OkStatus();
}

// The shape of an IANA zone name ("Asia/Shanghai", "Etc/GMT-8", "UTC"):
// absl::LoadTimeZone alone also accepts file paths ("/etc/localtime",
// "../x", "file:..."), and "localtime" (the server's own zone).
bool LooksLikeIanaZone(absl::string_view name) {
  if (name.empty() ||
      !absl::ascii_isalpha(static_cast<unsigned char>(name[0])) ||
      name.back() == '/' || name == "localtime" ||
      name.find("//") != absl::string_view::npos) {
    return false;
  }
  for (char c : name) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '/' &&
        c != '_' && c != '-' && c != '+') {
      return false;
    }
  }
  return true;
}

// The rules of an explicit grant list: known roles, site names (or
// "sites/-"), ADMIN only at every site, no grant twice.
Violations CheckGrantList(const v1::StaffMember& staff) {
  Violations v;
  std::set<std::pair<int, std::string>> seen;
  for (int i = 0; i < staff.grants_size(); ++i) {
    const v1::RoleGrant& grant = staff.grants(i);
    std::string field = absl::StrCat("staff_member.grants[", i, "]");
    int r = grant.role();
    if (r == 0 || !v1::StaffMember::Role_IsValid(r)) {
      v.Add(field + ".role", "is not a known role");
    }
    auto site = ParseSiteName(field + ".site", grant.site(),
                              /*allow_wildcard=*/true);
    v.Merge(site.status());
    if (site.ok() && r == v1::StaffMember::ADMIN && *site != "-") {
      v.Add(field + ".site", "ADMIN is held at every site: sites/-");
    }
    if (!seen.emplace(r, grant.site()).second) {
      v.Add(field, "is listed twice");
    }
  }
  return v;
}

// A service account has one purpose and no person's role; SERVICE itself
// is retired [ACL-SERVICE-PURPOSE].
absl::Status CheckOnePurpose(const v1::StaffMember& staff) {
  std::string field =
      staff.grants_size() > 0 ? "staff_member.grants" : "staff_member.roles";
  std::set<int> purposes;
  bool person = false;
  for (const v1::RoleGrant& grant : StaffGrants(staff)) {
    if (grant.role() == v1::StaffMember::SERVICE) {
      return InvalidField(field,
                          "SERVICE is retired: grant one purpose, "
                          "RESIDENT_APP, CLOCK_TERMINAL or REPORT_JOB");
    }
    if (IsServicePurpose(grant.role())) {
      purposes.insert(grant.role());
    } else if (grant.role() != 0) {
      person = true;
    }
  }
  if (purposes.size() > 1 || (!purposes.empty() && person)) {
    return InvalidField(field,
                        "a service account has exactly one purpose and no "
                        "person's role");
  }
  return absl::OkStatus();
}

// A vendor's contact is an outside company's person: VENDOR_CONTACT is
// their only role, and `vendor` names the company; nobody else names one
// [D-VENDOR-CONTACT].
Violations CheckVendorContact(const v1::StaffMember& staff) {
  Violations v;
  std::string field =
      staff.grants_size() > 0 ? "staff_member.grants" : "staff_member.roles";
  bool contact = false;
  bool other_role = false;
  for (const v1::RoleGrant& grant : StaffGrants(staff)) {
    if (grant.role() == v1::StaffMember::VENDOR_CONTACT) {
      contact = true;
    } else if (grant.role() != 0) {
      other_role = true;
    }
  }
  if (contact && other_role) {
    v.Add(field, "a vendor's contact holds VENDOR_CONTACT and no other role");
  }
  if (contact && staff.vendor().empty()) {
    v.Add("staff_member.vendor",
          "is required for a VENDOR_CONTACT: the vendor they act for, "
          "\"vendors/{vendor}\"");
  } else if (contact) {
    v.Merge(ParseVendorName("staff_member.vendor", staff.vendor()).status());
  } else if (!staff.vendor().empty()) {
    v.Add("staff_member.vendor", "is only for a VENDOR_CONTACT");
  }
  return v;
}

}  // namespace

absl::Status ValidateNewSite(const std::string& site_id, const v1::Site& site) {
  Violations v;
  v.Merge(CheckSiteId("site_id", site_id));
  v.Merge(CheckText("site.display_name", site.display_name(), 1, 64));
  if (site.time_zone().empty()) {
    v.Add("site.time_zone", "is required (an IANA name such as Asia/Shanghai)");
  } else {
    absl::TimeZone tz;
    if (!LooksLikeIanaZone(site.time_zone()) ||
        !absl::LoadTimeZone(site.time_zone(), &tz)) {
      v.Add("site.time_zone",
            "must be an IANA time zone such as Asia/Shanghai");
    }
  }
  v.Merge(CheckText("site.address", site.address(), 0, 200));
  return v.ToStatus();
}

absl::StatusOr<std::string> ValidateNewUnit(const v1::Unit& unit) {
  Violations v;
  v.Merge(CheckUnitPart("unit.building", unit.building()));
  v.Merge(CheckUnitPart("unit.entrance", unit.entrance()));
  v.Merge(CheckUnitPart("unit.room", unit.room()));
  if (!v.empty()) return v.ToStatus();
  return absl::StrCat(unit.building(), "-", unit.entrance(), "-", unit.room());
}

absl::Status CheckGrant(const Principal& granter,
                        const v1::StaffMember& staff) {
  if (granter.HasRole(v1::StaffMember::ADMIN)) return absl::OkStatus();
  auto denied = [&](const v1::RoleGrant& grant, absl::string_view why) {
    return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                 absl::StrCat(granter.name(), " may not grant ",
                              v1::StaffMember::Role_Name(grant.role()), " at ",
                              grant.site(), ": ", why),
                 {{"rule", "D-GRANTS"}});
  };
  for (const v1::RoleGrant& grant : StaffGrants(staff)) {
    if (grant.role() == v1::StaffMember::ADMIN ||
        IsServicePurpose(grant.role())) {
      return denied(grant, "only ADMIN grants ADMIN and service purposes");
    }
    Grant wanted = ToGrant(grant);
    bool manages = std::any_of(
        granter.grants.begin(), granter.grants.end(), [&](const Grant& held) {
          return held.role == v1::StaffMember::MANAGER &&
                 held.Covers(wanted.site_id) &&
                 (held.AtEverySite() || !wanted.AtEverySite());
        });
    if (!manages) {
      return denied(grant, wanted.AtEverySite()
                               ? "only a manager of every site grants there"
                               : "not a site they manage");
    }
  }
  return absl::OkStatus();
}

absl::Status CheckVendorWriter(const Principal& writer,
                               const v1::Vendor& vendor) {
  if (writer.HasRole(v1::StaffMember::ADMIN)) return absl::OkStatus();
  auto denied = [&](absl::string_view where) {
    return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                 absl::StrCat(writer.name(), " may not write a vendor serving ",
                              where, ": they do not manage it"),
                 {{"rule", "D-VENDOR-SITES"}});
  };
  if (vendor.sites().empty()) {
    // Every site: only a manager of every site manages them all.
    bool everywhere = std::any_of(
        writer.grants.begin(), writer.grants.end(), [](const Grant& g) {
          return g.role == v1::StaffMember::MANAGER && g.AtEverySite();
        });
    return everywhere ? absl::OkStatus() : denied("every site");
  }
  for (const std::string& site : vendor.sites()) {
    if (!writer.HasRoleAt(v1::StaffMember::MANAGER, SiteOfName(site))) {
      return denied(site);
    }
  }
  return absl::OkStatus();
}

absl::Status CheckVendorServesContact(const v1::StaffMember& staff,
                                      const v1::Vendor& vendor) {
  if (vendor.sites().empty()) return absl::OkStatus();  // every site
  for (const v1::RoleGrant& grant : StaffGrants(staff)) {
    bool serves = std::find(vendor.sites().begin(), vendor.sites().end(),
                            grant.site()) != vendor.sites().end();
    if (serves) continue;
    return Error(
        absl::StatusCode::kFailedPrecondition, "VENDOR_NOT_SERVING_SITE",
        absl::StrCat(vendor.name(), " does not serve ",
                     grant.site() == "sites/-" ? "every site" : grant.site(),
                     ": its contact is granted only where it works"),
        {{"rule", "D-VENDOR-CONTACT"}});
  }
  return absl::OkStatus();
}

void MaskStaffPhoneFor(const Principal& reader, v1::StaffMember* staff) {
  if (staff->phone().empty() || reader.HasRole(v1::StaffMember::ADMIN) ||
      staff->name() == reader.name()) {
    return;
  }
  // Colleagues are people: a service account is nobody's colleague.
  for (const v1::RoleGrant& grant : staff->grants()) {
    Grant held = ToGrant(grant);
    for (const Grant& own : reader.grants) {
      if (IsServicePurpose(own.role)) continue;
      if (held.AtEverySite() || own.Covers(held.site_id)) return;
    }
  }
  staff->set_phone(MaskPhone(staff->phone()));
}

absl::Status ValidateNewStaffMember(const std::string& staff_id,
                                    const v1::StaffMember& staff) {
  Violations v;
  v.Merge(CheckStaffId("staff_id", staff_id));
  v.Merge(CheckText("staff_member.display_name", staff.display_name(), 1, 64));
  if (!staff.phone().empty()) {
    v.Merge(CheckPhone("staff_member.phone", staff.phone()));
  }
  v.Merge(CheckOnePurpose(staff));
  v.Merge(CheckVendorContact(staff).ToStatus());
  if (staff.grants_size() > 0) {
    if (staff.roles_size() > 0 || staff.sites_size() > 0) {
      v.Add("staff_member.grants",
            "give either grants, or the roles and sites shorthand, not both");
    }
    v.Merge(CheckGrantList(staff).ToStatus());
    return v.ToStatus();
  }
  if (staff.roles().empty()) {
    v.Add("staff_member.roles", "at least one role is required");
  }
  std::set<int> roles;
  bool held_at_a_site = false;
  for (int i = 0; i < staff.roles_size(); ++i) {
    int r = staff.roles(i);
    if (r == 0 || !v1::StaffMember::Role_IsValid(r)) {
      v.Add(absl::StrCat("staff_member.roles[", i, "]"), "is not a known role");
    } else if (!roles.insert(r).second) {
      v.Add(absl::StrCat("staff_member.roles[", i, "]"), "is listed twice");
    }
    held_at_a_site = held_at_a_site || r != v1::StaffMember::ADMIN;
  }
  std::set<std::string> sites;
  for (int i = 0; i < staff.sites_size(); ++i) {
    std::string field = absl::StrCat("staff_member.sites[", i, "]");
    v.Merge(ParseSiteName(field, staff.sites(i)).status());
    if (!sites.insert(staff.sites(i)).second) v.Add(field, "is listed twice");
  }
  if (held_at_a_site && staff.sites().empty()) {
    v.Add("staff_member.sites",
          "roles other than ADMIN are held at sites: list them, or grant the "
          "role at sites/- for every site");
  }
  return v.ToStatus();
}

absl::Status ValidateNewAccessToken(const v1::AccessToken& token) {
  return CheckText("access_token.display_name", token.display_name(), 0, 64);
}

absl::StatusOr<StaffFilter> ParseStaffFilter(absl::string_view filter) {
  auto terms = ParseFilter(filter, StaffFilterSchema());
  if (!terms.ok()) return terms.status();
  StaffFilter out;
  for (const FilterTerm& t : *terms) {
    if (t.op != FilterOp::kEq) {
      return InvalidField("filter", "staff filters support only = (site, role)",
                          "INVALID_FILTER");
    }
    if (t.field == "site") out.site_id = t.text.substr(t.text.rfind('/') + 1);
    if (t.field == "role") out.role = static_cast<int>(t.number);
  }
  out.canonical = CanonicalFilter(*terms);
  return out;
}

}  // namespace frontdesk
