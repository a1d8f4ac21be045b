#include "db/directory/approval_store.h"

#include <soci/soci.h>

#include <vector>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/fetch.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

constexpr char kColumns[] =
    "SELECT id, site_id, action, subject, reason, approver, create_time_us,"
    " expire_time_us, consume_time_us, consumed_by, consumed_method"
    " FROM approvals";

struct ApprovalRow {
  long long id = 0;
  std::string site_id;
  int action = 0;
  std::string subject, reason, approver;
  long long create_us = 0, expire_us = 0, consume_us = 0;
  soci::indicator consume_ind = soci::i_null;
  std::string consumed_by, consumed_method;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, action, subject, reason, approver, create_us,
                expire_us, Nullable(consume_us, consume_ind), consumed_by,
                consumed_method);
  }

  absl::StatusOr<v1::Approval> ToProto() const {
    v1::Approval a;
    a.set_name(absl::StrCat(SiteName(site_id), "/approvals/", id));
    a.set_action(static_cast<v1::Approval::Action>(action));
    a.set_subject(subject);
    a.set_reason(reason);
    a.set_approver(StaffName(approver));
    SetTimestamp(a.mutable_create_time(), create_us);
    SetTimestamp(a.mutable_expire_time(), expire_us);
    if (auto used = ValueIfNotNull(consume_us, consume_ind)) {
      SetTimestamp(a.mutable_consume_time(), *used);
      a.set_consumed_by(StaffName(consumed_by));
      a.set_consumed_method(consumed_method);
    }
    return a;
  }
};

absl::StatusOr<std::vector<v1::Approval>> Query(Tx& tx, Params& params,
                                                const std::string& where) {
  ApprovalRow row;
  return FetchAll(tx, params, row, absl::StrCat(kColumns, where),
                  [](const ApprovalRow& r) { return r.ToProto(); });
}

absl::Status ApprovalNotFound(absl::string_view what) {
  return Error(absl::StatusCode::kNotFound, "APPROVAL_NOT_FOUND",
               absl::StrCat("approval ", what, " does not exist"));
}

}  // namespace

absl::StatusOr<v1::Approval> InsertApproval(Tx& tx, const NewApproval& a,
                                            const std::string& code_sha256,
                                            long long now_us) {
  int site = 0, staff = 0, taken = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(a.site_id),
      soci::into(site);
  if (!site) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(a.site_id), "\" does not exist"));
  }
  tx.sql << "SELECT COUNT(*) FROM staff WHERE id = :id", soci::use(a.approver),
      soci::into(staff);
  if (!staff) {
    return Error(absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
                 absl::StrCat("staff member \"", StaffName(a.approver),
                              "\" does not exist"));
  }
  tx.sql << "SELECT COUNT(*) FROM approvals WHERE code_sha256 = :h",
      soci::use(code_sha256), soci::into(taken);
  if (taken) {
    return Error(absl::StatusCode::kAlreadyExists, "APPROVAL_CODE_TAKEN",
                 "approval code collision; draw another");
  }
  int action = a.action;
  tx.sql << "INSERT INTO approvals (site_id, code_sha256, action, subject,"
            " reason, approver, create_time_us, expire_time_us)"
            " VALUES (:s, :h, :a, :sub, :r, :by, :c, :e)",
      soci::use(a.site_id), soci::use(code_sha256), soci::use(action),
      soci::use(a.subject), soci::use(a.reason), soci::use(a.approver),
      soci::use(now_us), soci::use(a.expire_us);
  return GetApproval(tx, a.site_id, InsertedId(tx, "approvals"));
}

absl::StatusOr<v1::Approval> GetApproval(Tx& tx, const std::string& site_id,
                                         long long id) {
  Params params;
  auto found = Query(tx, params,
                     absl::StrCat(" WHERE site_id = ", params.Text(site_id),
                                  " AND id = ", params.Int(id)));
  if (!found.ok()) return found.status();
  if (found->empty()) {
    return ApprovalNotFound(
        absl::StrCat("\"", SiteName(site_id), "/approvals/", id, "\""));
  }
  return std::move(found->front());
}

absl::StatusOr<v1::Approval> FindApprovalByCode(
    Tx& tx, const std::string& code_sha256) {
  Params params;
  auto found =
      Query(tx, params,
            absl::StrCat(" WHERE code_sha256 = ", params.Text(code_sha256),
                         tx.mysql() ? " FOR UPDATE" : ""));
  if (!found.ok()) return found.status();
  if (found->empty()) return ApprovalNotFound("with this code");
  return std::move(found->front());
}

absl::Status ConsumeApproval(Tx& tx, const std::string& name,
                             const std::string& consumer,
                             const std::string& method, long long now_us) {
  const long long id = IdOfName(name);
  const std::string site_id = SiteOfName(name);
  soci::statement st =
      (tx.sql.prepare << "UPDATE approvals SET consume_time_us = :u,"
                         " consumed_by = :by, consumed_method = :m"
                         " WHERE site_id = :s AND id = :id"
                         " AND consume_time_us IS NULL",
       soci::use(now_us), soci::use(consumer), soci::use(method),
       soci::use(site_id), soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error(absl::StatusCode::kFailedPrecondition, "APPROVAL_USED",
                 absl::StrCat("approval ", name,
                              " was used already: an approval is used once"));
  }
  return absl::OkStatus();
}

}  // namespace frontdesk::db
