#include "db/directory/staff_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/grants.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/child_rows.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

absl::Status StaffNotFound(const std::string& staff_id) {
  return Error(
      absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
      absl::StrCat("staff member \"staff/", staff_id, "\" does not exist"));
}

// Staff members read page by page: one query for the members, then one per
// child table (grants) for the whole page, never one per member.
constexpr char kStaffColumns[] =
    "SELECT s.id, s.display_name, s.phone, s.vendor_id, s.create_time_us,"
    " s.update_time_us, s.version FROM staff s";

// Runs `sql` (selecting kStaffColumns, binding `params`); the members found,
// with their grants.
std::vector<v1::StaffMember> ReadStaffPage(Tx& tx, const std::string& sql,
                                           Params& params) {
  std::string id, display_name, phone, vendor_id;
  long long create_us = 0, update_us = 0, version = 0;
  soci::statement st(tx.sql);
  IntoColumns(st, id, display_name, phone, vendor_id, create_us, update_us,
              version);
  params.Execute(st, sql);
  std::vector<std::string> ids;
  std::vector<v1::StaffMember> members;
  while (st.fetch()) {
    v1::StaffMember m;
    m.set_name(StaffName(id));
    m.set_display_name(display_name);
    m.set_phone(phone);
    if (!vendor_id.empty()) m.set_vendor(VendorName(vendor_id));
    SetTimestamp(m.mutable_create_time(), create_us);
    SetTimestamp(m.mutable_update_time(), update_us);
    m.set_etag(Etag(version));
    ids.push_back(id);
    members.push_back(std::move(m));
  }
  ForEachChildRow<int, std::string>(
      tx, "SELECT staff_id, role, site_id FROM staff_grants", "staff_id", ids,
      "staff_id, role, site_id",
      [&](size_t i, int role, const std::string& site_id) {
        *members[i].add_grants() = ToRoleGrant(Grant{role, site_id});
      });
  for (v1::StaffMember& m : members) SummarizeGrants(&m);
  return members;
}

// NOT_FOUND naming the field of the first site `staff` names (in its grants
// or its shorthand sites) that is not registered.
absl::Status CheckSitesExist(Tx& tx, const v1::StaffMember& staff) {
  std::vector<std::pair<std::string, std::string>> named;  // field, name
  for (int i = 0; i < staff.grants_size(); ++i) {
    named.emplace_back(absl::StrCat("staff_member.grants[", i, "].site"),
                       staff.grants(i).site());
  }
  for (int i = 0; i < staff.sites_size(); ++i) {
    named.emplace_back(absl::StrCat("staff_member.sites[", i, "]"),
                       staff.sites(i));
  }
  for (const auto& [field, name] : named) {
    auto site_id = ParseSiteName(field, name, /*allow_wildcard=*/true);
    if (!site_id.ok()) return site_id.status();
    if (*site_id == "-") continue;
    int exists = 0;
    tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(*site_id),
        soci::into(exists);
    if (!exists) {
      return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
                   absl::StrCat(field, ": site \"", name, "\" does not exist"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::StaffMember> CreateStaffMember(Tx& tx,
                                                  const std::string& staff_id,
                                                  const v1::StaffMember& staff,
                                                  long long now_us) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM staff WHERE id = :id", soci::use(staff_id),
      soci::into(exists);
  if (exists) {
    return Error(
        absl::StatusCode::kAlreadyExists, "STAFF_EXISTS",
        absl::StrCat("staff member \"staff/", staff_id, "\" already exists"));
  }
  absl::Status sites = CheckSitesExist(tx, staff);
  if (!sites.ok()) return sites;
  // The vendor's id, "" for anyone but a vendor's contact; the desk checked
  // the name.
  std::string vendor_id;
  if (!staff.vendor().empty()) {
    auto parsed = ParseVendorName("staff_member.vendor", staff.vendor());
    if (!parsed.ok()) return parsed.status();
    vendor_id = *parsed;
  }
  tx.sql << "INSERT INTO staff (id, display_name, phone, vendor_id,"
            " create_time_us, update_time_us, version)"
            " VALUES (:id, :dn, :ph, :v, :c, :u, 1)",
      soci::use(staff_id), soci::use(staff.display_name()),
      soci::use(staff.phone()), soci::use(vendor_id), soci::use(now_us),
      soci::use(now_us);
  for (const v1::RoleGrant& role_grant : StaffGrants(staff)) {
    Grant grant = ToGrant(role_grant);
    tx.sql << "INSERT INTO staff_grants (staff_id, role, site_id)"
              " VALUES (:s, :r, :x)",
        soci::use(staff_id), soci::use(grant.role), soci::use(grant.site_id);
  }
  return GetStaffMember(tx, staff_id);
}

absl::StatusOr<v1::StaffMember> GetStaffMember(Tx& tx,
                                               const std::string& staff_id) {
  Params params;
  std::vector<v1::StaffMember> found = ReadStaffPage(
      tx, absl::StrCat(kStaffColumns, " WHERE s.id = ", params.Text(staff_id)),
      params);
  if (found.empty()) return StaffNotFound(staff_id);
  return std::move(found.front());
}

absl::StatusOr<std::vector<v1::StaffMember>> ListStaffMembers(
    Tx& tx, const StaffQuery& query) {
  Params params;
  std::string sql = absl::StrCat(kStaffColumns, " WHERE s.id > ",
                                 params.Text(query.after_id));
  if (!query.site_id.empty() || query.role != 0) {
    // One grant holds both: the role at that site.
    absl::StrAppend(&sql,
                    " AND EXISTS (SELECT 1 FROM staff_grants g"
                    " WHERE g.staff_id = s.id");
    if (!query.site_id.empty()) {
      absl::StrAppend(&sql, " AND g.site_id = ", params.Text(query.site_id));
    }
    if (query.role != 0) {
      absl::StrAppend(&sql, " AND g.role = ", params.Int(query.role));
    }
    absl::StrAppend(&sql, ")");
  }
  absl::StrAppend(&sql, " ORDER BY s.id LIMIT ", params.Int(query.limit));
  return ReadStaffPage(tx, sql, params);
}

absl::StatusOr<v1::AccessToken> CreateAccessToken(
    Tx& tx, const std::string& staff_id, const std::string& secret_sha256,
    const std::string& display_name, long long now_us) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM staff WHERE id = :id", soci::use(staff_id),
      soci::into(exists);
  if (!exists) return StaffNotFound(staff_id);
  tx.sql << "INSERT INTO access_tokens (staff_id, secret_sha256, display_name,"
            " create_time_us) VALUES (:s, :h, :d, :c)",
      soci::use(staff_id), soci::use(secret_sha256), soci::use(display_name),
      soci::use(now_us);
  long long id = InsertedId(tx, "access_tokens");
  v1::AccessToken token;
  token.set_name(absl::StrCat(StaffName(staff_id), "/tokens/", id));
  token.set_display_name(display_name);
  SetTimestamp(token.mutable_create_time(), now_us);
  return token;
}

absl::StatusOr<std::optional<Principal>> FindPrincipalByToken(
    Tx& tx, const std::string& secret_sha256) {
  std::string staff_id, vendor_id;
  soci::indicator revoked = soci::i_null;
  long long revoke_us = 0;
  tx.sql << "SELECT t.staff_id, t.revoke_time_us, s.vendor_id"
            " FROM access_tokens t JOIN staff s ON s.id = t.staff_id"
            " WHERE t.secret_sha256 = :h",
      soci::use(secret_sha256), soci::into(staff_id),
      soci::into(revoke_us, revoked), soci::into(vendor_id);
  if (!tx.sql.got_data() || revoked == soci::i_ok) {
    return std::optional<Principal>();
  }
  Principal p;
  p.staff_id = staff_id;
  p.vendor_id = vendor_id;
  Grant grant;
  soci::statement grants =
      (tx.sql.prepare << "SELECT role, site_id FROM staff_grants"
                         " WHERE staff_id = :s",
       soci::use(staff_id), soci::into(grant.role), soci::into(grant.site_id));
  grants.execute();
  while (grants.fetch()) p.grants.push_back(grant);
  return p;
}

absl::StatusOr<long long> CountAccessTokens(Tx& tx) {
  long long n = 0;
  tx.sql << "SELECT COUNT(*) FROM access_tokens", soci::into(n);
  return n;
}

}  // namespace frontdesk::db
