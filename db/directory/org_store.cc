#include "db/directory/org_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/child_rows.h"
#include "db/internal/columns.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

constexpr const char* kDepartmentColumns =
    "SELECT site_id, id, display_name, kind, head_staff_id, phone,"
    " create_time_us, update_time_us, version FROM departments";

struct DepartmentRow {
  std::string site_id, id, display_name, head_staff_id, phone;
  int kind = 0;
  long long create_us = 0, update_us = 0, version = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, site_id, id, display_name, kind, head_staff_id, phone,
                create_us, update_us, version);
  }

  v1::Department ToProto() const {
    v1::Department d;
    d.set_name(DepartmentName(site_id, id));
    d.set_display_name(display_name);
    d.set_kind(static_cast<v1::Department::Kind>(kind));
    d.set_head(StaffName(head_staff_id));
    d.set_phone(phone);
    SetTimestamp(d.mutable_create_time(), create_us);
    SetTimestamp(d.mutable_update_time(), update_us);
    d.set_etag(Etag(version));
    return d;
  }
};

absl::Status SiteNotFound(const std::string& site_id) {
  return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
               absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
}

bool SiteExists(Tx& tx, const std::string& site_id) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(exists);
  return exists != 0;
}

absl::Status DepartmentNotFound(const std::string& site_id,
                                const std::string& department_id) {
  return Error(
      absl::StatusCode::kNotFound, "DEPARTMENT_NOT_FOUND",
      absl::StrCat("department \"", DepartmentName(site_id, department_id),
                   "\" does not exist"));
}

absl::Status VendorNotFound(const std::string& vendor_id) {
  return Error(
      absl::StatusCode::kNotFound, "VENDOR_NOT_FOUND",
      absl::StrCat("vendor \"", VendorName(vendor_id), "\" does not exist"));
}

absl::Status EtagMismatch(absl::string_view what) {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               absl::StrCat("the ", what,
                            " was changed by someone else; read it again"));
}

// The staff id of `head` ("staff/{staff}"), which must exist and work at
// `site_id`.
absl::StatusOr<std::string> CheckHead(Tx& tx, const std::string& site_id,
                                      const std::string& head) {
  auto staff_id = ParseStaffName("department.head", head);
  if (!staff_id.ok()) return staff_id.status();
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM staff WHERE id = :id", soci::use(*staff_id),
      soci::into(exists);
  if (!exists) {
    return Error(absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
                 absl::StrCat("department.head: staff member \"", head,
                              "\" does not exist"));
  }
  tx.sql << "SELECT COUNT(*) FROM staff_grants"
            " WHERE staff_id = :s AND (site_id = :x OR site_id = '')",
      soci::use(*staff_id), soci::use(site_id), soci::into(exists);
  if (!exists) {
    return Error(
        absl::StatusCode::kFailedPrecondition, "HEAD_NOT_AT_SITE",
        absl::StrCat("department.head: staff member \"", head,
                     "\" does not work at site \"", SiteName(site_id), "\""));
  }
  return staff_id;
}

// The site ids of `vendor.sites`, each of which must exist.
absl::StatusOr<std::vector<std::string>> VendorSiteIds(
    Tx& tx, const v1::Vendor& vendor) {
  std::vector<std::string> site_ids;
  for (int i = 0; i < vendor.sites_size(); ++i) {
    std::string field = absl::StrCat("vendor.sites[", i, "]");
    auto site_id = ParseSiteName(field, vendor.sites(i));
    if (!site_id.ok()) return site_id.status();
    if (!SiteExists(tx, *site_id)) {
      return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
                   absl::StrCat(field, ": site \"", vendor.sites(i),
                                "\" does not exist"));
    }
    site_ids.push_back(*site_id);
  }
  return site_ids;
}

void InsertVendorSites(Tx& tx, const std::string& vendor_id,
                       const std::vector<std::string>& site_ids) {
  for (const std::string& site_id : site_ids) {
    tx.sql << "INSERT INTO vendor_sites (vendor_id, site_id) VALUES (:v, :s)",
        soci::use(vendor_id), soci::use(site_id);
  }
}

// Vendors read page by page: one query for the vendors and one for the
// sites of the whole page, never one per vendor.
constexpr char kVendorColumns[] =
    "SELECT v.id, v.display_name, v.trade, v.contact_name, v.phone,"
    " v.response_deadline_s, v.create_time_us, v.update_time_us, v.version"
    " FROM vendors v";

// Runs `sql` (selecting kVendorColumns, binding `params`); the vendors found,
// with their sites.
std::vector<v1::Vendor> ReadVendorPage(Tx& tx, const std::string& sql,
                                       Params& params) {
  std::string id, display_name, contact_name, phone;
  int trade = 0;
  long long deadline_s = 0, create_us = 0, update_us = 0, version = 0;
  soci::statement st(tx.sql);
  IntoColumns(st, id, display_name, trade, contact_name, phone, deadline_s,
              create_us, update_us, version);
  params.Execute(st, sql);
  std::vector<std::string> ids;
  std::vector<v1::Vendor> vendors;
  while (st.fetch()) {
    v1::Vendor v;
    v.set_name(VendorName(id));
    v.set_display_name(display_name);
    v.set_trade(static_cast<v1::Vendor::Trade>(trade));
    v.set_contact_name(contact_name);
    v.set_phone(phone);
    v.mutable_response_deadline()->set_seconds(deadline_s);
    SetTimestamp(v.mutable_create_time(), create_us);
    SetTimestamp(v.mutable_update_time(), update_us);
    v.set_etag(Etag(version));
    ids.push_back(id);
    vendors.push_back(std::move(v));
  }
  ForEachChildRow<std::string>(
      tx, "SELECT vendor_id, site_id FROM vendor_sites", "vendor_id", ids,
      "vendor_id, site_id", [&](size_t i, const std::string& site_id) {
        vendors[i].add_sites(SiteName(site_id));
      });
  return vendors;
}

}  // namespace

// --- Departments ------------------------------------------------------------

absl::StatusOr<v1::Department> CreateDepartment(
    Tx& tx, const std::string& site_id, const std::string& department_id,
    const v1::Department& department, long long now_us) {
  if (!SiteExists(tx, site_id)) return SiteNotFound(site_id);
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM departments WHERE site_id = :s AND id = :id",
      soci::use(site_id), soci::use(department_id), soci::into(exists);
  if (exists) {
    return Error(
        absl::StatusCode::kAlreadyExists, "DEPARTMENT_EXISTS",
        absl::StrCat("department \"", DepartmentName(site_id, department_id),
                     "\" already exists"));
  }
  auto head = CheckHead(tx, site_id, department.head());
  if (!head.ok()) return head.status();
  int kind = department.kind();
  tx.sql << "INSERT INTO departments (site_id, id, display_name, kind,"
            " head_staff_id, phone, create_time_us, update_time_us, version)"
            " VALUES (:s, :id, :dn, :k, :h, :ph, :c, :u, 1)",
      soci::use(site_id), soci::use(department_id),
      soci::use(department.display_name()), soci::use(kind), soci::use(*head),
      soci::use(department.phone()), soci::use(now_us), soci::use(now_us);
  return GetDepartment(tx, site_id, department_id);
}

absl::StatusOr<v1::Department> GetDepartment(Tx& tx, const std::string& site_id,
                                             const std::string& department_id,
                                             bool for_update) {
  DepartmentRow r;
  tx.sql << std::string(kDepartmentColumns) +
                " WHERE site_id = :s AND id = :id" +
                (for_update && tx.mysql() ? " FOR UPDATE" : ""),
      soci::use(site_id), soci::use(department_id), soci::into(r.site_id),
      soci::into(r.id), soci::into(r.display_name), soci::into(r.kind),
      soci::into(r.head_staff_id), soci::into(r.phone), soci::into(r.create_us),
      soci::into(r.update_us), soci::into(r.version);
  if (!tx.sql.got_data()) return DepartmentNotFound(site_id, department_id);
  return r.ToProto();
}

absl::StatusOr<std::vector<v1::Department>> ListDepartments(
    Tx& tx, const std::string& site_id, const std::string& after_id,
    int limit) {
  if (!SiteExists(tx, site_id)) return SiteNotFound(site_id);
  DepartmentRow r;
  soci::statement st(tx.sql);
  r.Bind(st);
  st.exchange(soci::use(site_id, "s"));
  st.exchange(soci::use(after_id, "after"));
  st.exchange(soci::use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kDepartmentColumns) +
             " WHERE site_id = :s AND id > :after ORDER BY id LIMIT :lim");
  st.define_and_bind();
  st.execute();
  std::vector<v1::Department> out;
  while (st.fetch()) out.push_back(r.ToProto());
  return out;
}

absl::StatusOr<v1::Department> UpdateDepartment(
    Tx& tx, const std::string& site_id, const std::string& department_id,
    const v1::Department& updated, long long expected_version,
    long long now_us) {
  auto current = GetDepartment(tx, site_id, department_id, true);
  if (!current.ok()) return current.status();
  std::string head_staff_id;
  if (updated.head() == current->head()) {
    head_staff_id = current->head().substr(current->head().find('/') + 1);
  } else {
    auto head = CheckHead(tx, site_id, updated.head());
    if (!head.ok()) return head.status();
    head_staff_id = *head;
  }
  int kind = updated.kind();
  soci::statement st =
      (tx.sql.prepare << "UPDATE departments SET display_name = :dn,"
                         " kind = :k, head_staff_id = :h, phone = :ph,"
                         " update_time_us = :u, version = version + 1"
                         " WHERE site_id = :s AND id = :id AND version = :v",
       soci::use(updated.display_name()), soci::use(kind),
       soci::use(head_staff_id), soci::use(updated.phone()), soci::use(now_us),
       soci::use(site_id), soci::use(department_id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return EtagMismatch("department");
  return GetDepartment(tx, site_id, department_id);
}

absl::StatusOr<bool> HeadsADepartment(Tx& tx, const std::string& site_id,
                                      const std::string& staff_id) {
  int headed = 0;
  tx.sql << "SELECT COUNT(*) FROM departments WHERE site_id = :s"
            " AND head_staff_id = :h",
      soci::use(site_id), soci::use(staff_id), soci::into(headed);
  return headed > 0;
}

// --- Vendors ----------------------------------------------------------------

absl::StatusOr<v1::Vendor> CreateVendor(Tx& tx, const std::string& vendor_id,
                                        const v1::Vendor& vendor,
                                        long long now_us) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM vendors WHERE id = :id", soci::use(vendor_id),
      soci::into(exists);
  if (exists) {
    return Error(
        absl::StatusCode::kAlreadyExists, "VENDOR_EXISTS",
        absl::StrCat("vendor \"", VendorName(vendor_id), "\" already exists"));
  }
  auto site_ids = VendorSiteIds(tx, vendor);
  if (!site_ids.ok()) return site_ids.status();
  int trade = vendor.trade();
  long long deadline_s = vendor.response_deadline().seconds();
  tx.sql << "INSERT INTO vendors (id, display_name, trade, contact_name, phone,"
            " response_deadline_s, create_time_us, update_time_us, version)"
            " VALUES (:id, :dn, :t, :cn, :ph, :rd, :c, :u, 1)",
      soci::use(vendor_id), soci::use(vendor.display_name()), soci::use(trade),
      soci::use(vendor.contact_name()), soci::use(vendor.phone()),
      soci::use(deadline_s), soci::use(now_us), soci::use(now_us);
  InsertVendorSites(tx, vendor_id, *site_ids);
  return GetVendor(tx, vendor_id);
}

absl::StatusOr<v1::Vendor> GetVendor(Tx& tx, const std::string& vendor_id,
                                     bool for_update) {
  Params params;
  std::vector<v1::Vendor> found = ReadVendorPage(
      tx,
      absl::StrCat(kVendorColumns, " WHERE v.id = ", params.Text(vendor_id),
                   for_update && tx.mysql() ? " FOR UPDATE" : ""),
      params);
  if (found.empty()) return VendorNotFound(vendor_id);
  return std::move(found.front());
}

absl::StatusOr<std::vector<v1::Vendor>> ListVendors(Tx& tx,
                                                    const VendorQuery& query) {
  if (!query.site_id.empty() && !SiteExists(tx, query.site_id)) {
    return SiteNotFound(query.site_id);
  }
  Params params;
  std::string sql = absl::StrCat(kVendorColumns, " WHERE v.id > ",
                                 params.Text(query.after_id));
  if (!query.site_id.empty()) {
    absl::StrAppend(&sql,
                    " AND (NOT EXISTS (SELECT 1 FROM vendor_sites a"
                    " WHERE a.vendor_id = v.id)"
                    " OR EXISTS (SELECT 1 FROM vendor_sites x"
                    " WHERE x.vendor_id = v.id AND x.site_id = ",
                    params.Text(query.site_id), "))");
  }
  if (query.trade != 0) {
    absl::StrAppend(&sql, " AND v.trade = ", params.Int(query.trade));
  }
  absl::StrAppend(&sql, " ORDER BY v.id LIMIT ", params.Int(query.limit));
  return ReadVendorPage(tx, sql, params);
}

absl::StatusOr<v1::Vendor> UpdateVendor(Tx& tx, const std::string& vendor_id,
                                        const v1::Vendor& updated,
                                        long long expected_version,
                                        long long now_us) {
  auto current = GetVendor(tx, vendor_id, true);
  if (!current.ok()) return current.status();
  auto site_ids = VendorSiteIds(tx, updated);
  if (!site_ids.ok()) return site_ids.status();
  int trade = updated.trade();
  long long deadline_s = updated.response_deadline().seconds();
  soci::statement st =
      (tx.sql.prepare << "UPDATE vendors SET display_name = :dn, trade = :t,"
                         " contact_name = :cn, phone = :ph,"
                         " response_deadline_s = :rd, update_time_us = :u,"
                         " version = version + 1"
                         " WHERE id = :id AND version = :v",
       soci::use(updated.display_name()), soci::use(trade),
       soci::use(updated.contact_name()), soci::use(updated.phone()),
       soci::use(deadline_s), soci::use(now_us), soci::use(vendor_id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return EtagMismatch("vendor");
  tx.sql << "DELETE FROM vendor_sites WHERE vendor_id = :v",
      soci::use(vendor_id);
  InsertVendorSites(tx, vendor_id, *site_ids);
  return GetVendor(tx, vendor_id);
}

}  // namespace frontdesk::db
