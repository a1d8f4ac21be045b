#include "db/directory/staff_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
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
// child table (roles, sites) for the whole page, never one per member.
constexpr char kStaffColumns[] =
    "SELECT s.id, s.display_name, s.phone, s.create_time_us,"
    " s.update_time_us, s.version FROM staff s";

// Runs `sql` (selecting kStaffColumns, binding `params`); the members found,
// with their roles and sites.
std::vector<v1::StaffMember> ReadStaffPage(Tx& tx, const std::string& sql,
                                           Params& params) {
  std::string id, display_name, phone;
  long long create_us = 0, update_us = 0, version = 0;
  soci::statement st(tx.sql);
  IntoColumns(st, id, display_name, phone, create_us, update_us, version);
  params.Execute(st, sql);
  std::vector<std::string> ids;
  std::vector<v1::StaffMember> members;
  while (st.fetch()) {
    v1::StaffMember m;
    m.set_name(StaffName(id));
    m.set_display_name(display_name);
    m.set_phone(phone);
    SetTimestamp(m.mutable_create_time(), create_us);
    SetTimestamp(m.mutable_update_time(), update_us);
    m.set_etag(Etag(version));
    ids.push_back(id);
    members.push_back(std::move(m));
  }
  ForEachChildRow<int>(
      tx, "SELECT staff_id, role FROM staff_roles", "staff_id", ids,
      "staff_id, role", [&](size_t i, int role) {
        members[i].add_roles(static_cast<v1::StaffMember::Role>(role));
      });
  ForEachChildRow<std::string>(tx, "SELECT staff_id, site_id FROM staff_sites",
                               "staff_id", ids, "staff_id, site_id",
                               [&](size_t i, const std::string& site_id) {
                                 members[i].add_sites(SiteName(site_id));
                               });
  return members;
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
  std::vector<std::string> site_ids;
  for (int i = 0; i < staff.sites_size(); ++i) {
    auto site_id = ParseSiteName(absl::StrCat("staff_member.sites[", i, "]"),
                                 staff.sites(i));
    if (!site_id.ok()) return site_id.status();
    tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(*site_id),
        soci::into(exists);
    if (!exists) {
      return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
                   absl::StrCat("staff_member.sites[", i, "]: site \"",
                                staff.sites(i), "\" does not exist"));
    }
    site_ids.push_back(*site_id);
  }
  tx.sql << "INSERT INTO staff (id, display_name, phone, create_time_us,"
            " update_time_us, version) VALUES (:id, :dn, :ph, :c, :u, 1)",
      soci::use(staff_id), soci::use(staff.display_name()),
      soci::use(staff.phone()), soci::use(now_us), soci::use(now_us);
  for (int role : staff.roles()) {
    tx.sql << "INSERT INTO staff_roles (staff_id, role) VALUES (:s, :r)",
        soci::use(staff_id), soci::use(role);
  }
  for (const std::string& site_id : site_ids) {
    tx.sql << "INSERT INTO staff_sites (staff_id, site_id) VALUES (:s, :x)",
        soci::use(staff_id), soci::use(site_id);
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
  if (!query.site_id.empty()) {
    absl::StrAppend(
        &sql,
        " AND EXISTS (SELECT 1 FROM staff_sites x WHERE x.staff_id = s.id"
        " AND x.site_id = ",
        params.Text(query.site_id), ")");
  }
  if (query.role != 0) {
    absl::StrAppend(
        &sql,
        " AND EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id"
        " AND r.role = ",
        params.Int(query.role), ")");
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
  std::string staff_id;
  soci::indicator revoked = soci::i_null;
  long long revoke_us = 0;
  tx.sql << "SELECT staff_id, revoke_time_us FROM access_tokens"
            " WHERE secret_sha256 = :h",
      soci::use(secret_sha256), soci::into(staff_id),
      soci::into(revoke_us, revoked);
  if (!tx.sql.got_data() || revoked == soci::i_ok) {
    return std::optional<Principal>();
  }
  Principal p;
  p.staff_id = staff_id;
  int role = 0;
  soci::statement roles =
      (tx.sql.prepare << "SELECT role FROM staff_roles WHERE staff_id = :s",
       soci::use(staff_id), soci::into(role));
  roles.execute();
  while (roles.fetch()) p.roles.push_back(role);
  std::string site;
  soci::statement sites =
      (tx.sql.prepare << "SELECT site_id FROM staff_sites WHERE staff_id = :s",
       soci::use(staff_id), soci::into(site));
  sites.execute();
  while (sites.fetch()) p.sites.push_back(site);
  return p;
}

absl::StatusOr<long long> CountAccessTokens(Tx& tx) {
  long long n = 0;
  tx.sql << "SELECT COUNT(*) FROM access_tokens", soci::into(n);
  return n;
}

}  // namespace frontdesk::db
