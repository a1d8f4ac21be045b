// Where work is dispatched to: the departments of each site and the
// company's external vendors (with the sites they are restricted to). All
// SQL for these tables lives here.
//
// Functions work inside the caller's transaction, like site_store.h. Creates
// of an existing id are ALREADY_EXISTS; reads of a missing one NOT_FOUND
// naming the resource. Lists are keyset-paginated by id: pass the last id
// seen ("" for the first page) and get at most `limit` rows.
//
// Invariants kept here, whatever the caller validated:
// - a department's site exists, and its head exists (NOT_FOUND,
//   STAFF_NOT_FOUND) and works at that site (FAILED_PRECONDITION,
//   HEAD_NOT_AT_SITE) when the head is set — on create, and on an update that
//   changes it;
// - a vendor's sites exist (NOT_FOUND, SITE_NOT_FOUND, naming the entry);
// - an update applies only to the version it was computed from (ABORTED,
//   ETAG_MISMATCH otherwise) and increments it.
#ifndef FRONTDESK_DB_DIRECTORY_ORG_STORE_H_
#define FRONTDESK_DB_DIRECTORY_ORG_STORE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk::db {

// --- Departments ------------------------------------------------------------

// The fields of `department` must already be validated; its name is ignored.
absl::StatusOr<v1::Department> CreateDepartment(
    Tx& tx, const std::string& site_id, const std::string& department_id,
    const v1::Department& department, long long now_us);
// With for_update, locks the row until the transaction ends (MariaDB;
// SQLite write transactions are serialised already).
absl::StatusOr<v1::Department> GetDepartment(Tx& tx, const std::string& site_id,
                                             const std::string& department_id,
                                             bool for_update = false);
// NOT_FOUND when the site does not exist.
absl::StatusOr<std::vector<v1::Department>> ListDepartments(
    Tx& tx, const std::string& site_id, const std::string& after_id, int limit);
// Writes the mutable fields of `updated` (display_name, kind, head, phone;
// its name is ignored) to the department, if that is still at
// `expected_version`.
absl::StatusOr<v1::Department> UpdateDepartment(
    Tx& tx, const std::string& site_id, const std::string& department_id,
    const v1::Department& updated, long long expected_version,
    long long now_us);

// Whether `staff_id` heads a department of `site_id` (a department's head
// may approve its plans, server/approval_rules.h).
absl::StatusOr<bool> HeadsADepartment(Tx& tx, const std::string& site_id,
                                      const std::string& staff_id);

// --- Vendors ----------------------------------------------------------------

// The fields of `vendor` must already be validated; its name is ignored.
absl::StatusOr<v1::Vendor> CreateVendor(Tx& tx, const std::string& vendor_id,
                                        const v1::Vendor& vendor,
                                        long long now_us);
absl::StatusOr<v1::Vendor> GetVendor(Tx& tx, const std::string& vendor_id,
                                     bool for_update = false);

struct VendorQuery {
  // "" for any; otherwise the vendors serving this site: those restricted to
  // it and the company-wide ones. NOT_FOUND when the site does not exist.
  std::string site_id;
  int trade = 0;  // 0 for any
  std::string after_id;
  int limit = 50;
};
absl::StatusOr<std::vector<v1::Vendor>> ListVendors(Tx& tx,
                                                    const VendorQuery& query);

// Writes the mutable fields of `updated` (display_name, trade, contact_name,
// phone, response_deadline, sites — replaced as a whole; its name is
// ignored) to the vendor, if that is still at `expected_version`.
absl::StatusOr<v1::Vendor> UpdateVendor(Tx& tx, const std::string& vendor_id,
                                        const v1::Vendor& updated,
                                        long long expected_version,
                                        long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_DIRECTORY_ORG_STORE_H_
