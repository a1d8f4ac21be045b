// Approvals [ACL-APPROVAL-BY-APPROVER] [ACL-APPROVAL-SINGLE-USE]: one
// approver's consent to one action at one site (frontdesk.v1.Approval). All
// SQL for the approvals table lives here. The code itself is never stored,
// only its SHA-256, unique across sites. A row changes once, when a call
// uses its code (the database refuses any other change, and deletes).
// Functions work inside the caller's transaction, like staff_store.h.
#ifndef FRONTDESK_DB_DIRECTORY_APPROVAL_STORE_H_
#define FRONTDESK_DB_DIRECTORY_APPROVAL_STORE_H_

#include <string>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk::db {

// What CreateApproval writes; validated by the caller
// (server/approval_rules.h).
struct NewApproval {
  std::string site_id;
  int action = 0;       // v1::Approval::Action
  std::string subject;  // canonical resource name, "" for none
  std::string reason;
  std::string approver;  // staff id
  long long expire_us = 0;
};

// NOT_FOUND (SITE_NOT_FOUND, STAFF_NOT_FOUND) when the site or the
// approver does not exist; ALREADY_EXISTS (APPROVAL_CODE_TAKEN) when the
// code's hash is taken (the caller draws another code). The result has no
// code.
absl::StatusOr<v1::Approval> InsertApproval(Tx& tx, const NewApproval& approval,
                                            const std::string& code_sha256,
                                            long long now_us);

// NOT_FOUND (APPROVAL_NOT_FOUND).
absl::StatusOr<v1::Approval> GetApproval(Tx& tx, const std::string& site_id,
                                         long long id);

// The approval whose code has this hash, at any site, its row locked until
// the transaction ends (MariaDB; SQLite write transactions are exclusive);
// NOT_FOUND (APPROVAL_NOT_FOUND) when there is none.
absl::StatusOr<v1::Approval> FindApprovalByCode(Tx& tx,
                                                const std::string& code_sha256);

// Marks the approval `name` ("sites/{site}/approvals/{id}") used now by
// `consumer` (staff id) in `method`. FAILED_PRECONDITION (APPROVAL_USED)
// when it was used already: an approval is used once.
absl::Status ConsumeApproval(Tx& tx, const std::string& name,
                             const std::string& consumer,
                             const std::string& method, long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_DIRECTORY_APPROVAL_STORE_H_
