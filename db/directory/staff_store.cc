#include "db/directory/staff_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

absl::Status StaffNotFound(const std::string& staff_id) {
  return Error(
      absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
      absl::StrCat("staff member \"staff/", staff_id, "\" does not exist"));
}

void LoadRolesAndSites(Tx& tx, const std::string& staff_id,
                       v1::StaffMember* out) {
  int role = 0;
  soci::statement roles =
      (tx.sql.prepare << "SELECT role FROM staff_roles WHERE staff_id = :s"
                         " ORDER BY role",
       soci::use(staff_id), soci::into(role));
  roles.execute();
  while (roles.fetch())
    out->add_roles(static_cast<v1::StaffMember::Role>(role));
  std::string site;
  soci::statement sites =
      (tx.sql.prepare << "SELECT site_id FROM staff_sites WHERE staff_id = :s"
                         " ORDER BY site_id",
       soci::use(staff_id), soci::into(site));
  sites.execute();
  while (sites.fetch()) out->add_sites(SiteName(site));
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
  std::string display_name, phone;
  long long create_us = 0, update_us = 0, version = 0;
  tx.sql << "SELECT display_name, phone, create_time_us, update_time_us,"
            " version FROM staff WHERE id = :id",
      soci::use(staff_id), soci::into(display_name), soci::into(phone),
      soci::into(create_us), soci::into(update_us), soci::into(version);
  if (!tx.sql.got_data()) return StaffNotFound(staff_id);
  v1::StaffMember out;
  out.set_name(StaffName(staff_id));
  out.set_display_name(display_name);
  out.set_phone(phone);
  LoadRolesAndSites(tx, staff_id, &out);
  SetTimestamp(out.mutable_create_time(), create_us);
  SetTimestamp(out.mutable_update_time(), update_us);
  out.set_etag(Etag(version));
  return out;
}

absl::StatusOr<std::vector<v1::StaffMember>> ListStaffMembers(
    Tx& tx, const StaffQuery& query) {
  std::string sql = "SELECT s.id FROM staff s WHERE s.id > :after";
  if (!query.site_id.empty()) {
    sql +=
        " AND EXISTS (SELECT 1 FROM staff_sites x WHERE x.staff_id = s.id"
        " AND x.site_id = :site)";
  }
  if (query.role != 0) {
    sql +=
        " AND EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id"
        " AND r.role = :role)";
  }
  sql += " ORDER BY s.id LIMIT :lim";
  std::string id;
  soci::statement st(tx.sql);
  st.exchange(soci::into(id));
  st.exchange(soci::use(query.after_id, "after"));
  if (!query.site_id.empty()) st.exchange(soci::use(query.site_id, "site"));
  if (query.role != 0) st.exchange(soci::use(query.role, "role"));
  st.exchange(soci::use(query.limit, "lim"));
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  std::vector<std::string> ids;
  while (st.fetch()) ids.push_back(id);
  std::vector<v1::StaffMember> out;
  for (const std::string& staff_id : ids) {
    auto member = GetStaffMember(tx, staff_id);
    if (!member.ok()) return member.status();
    out.push_back(*std::move(member));
  }
  return out;
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
  long long id = 0;
  if (!tx.sql.get_last_insert_id("access_tokens", id)) {
    tx.sql << "SELECT id FROM access_tokens WHERE secret_sha256 = :h",
        soci::use(secret_sha256), soci::into(id);
  }
  v1::AccessToken token;
  token.set_name(absl::StrCat(StaffName(staff_id), "/tokens/", id));
  token.set_display_name(display_name);
  SetTimestamp(token.mutable_create_time(), now_us);
  return token;
}

std::optional<Principal> FindPrincipalByToken(
    Tx& tx, const std::string& secret_sha256) {
  std::string staff_id;
  soci::indicator revoked = soci::i_null;
  long long revoke_us = 0;
  tx.sql << "SELECT staff_id, revoke_time_us FROM access_tokens"
            " WHERE secret_sha256 = :h",
      soci::use(secret_sha256), soci::into(staff_id),
      soci::into(revoke_us, revoked);
  if (!tx.sql.got_data() || revoked == soci::i_ok) return std::nullopt;
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

long long CountAccessTokens(Tx& tx) {
  long long n = 0;
  tx.sql << "SELECT COUNT(*) FROM access_tokens", soci::into(n);
  return n;
}

}  // namespace frontdesk::db
