#include "db/roster/leave_store.h"

#include <soci/soci.h>

#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/child_rows.h"
#include "db/internal/columns.h"
#include "db/internal/fetch.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

constexpr char kColumns[] =
    "SELECT id, staff_id, site_id, type, start_time_us, end_time_us, reason,"
    " status, current_step, return_time_us, returned_by, create_time_us,"
    " update_time_us, version FROM leave_applications";

struct LeaveColumns {
  long long id = 0, start_us = 0, end_us = 0, return_us = 0, create_us = 0,
            update_us = 0, version = 0;
  std::string staff_id, site_id, reason, returned_by;
  int type = 0, status = 0, current_step = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, staff_id, site_id, type, start_us, end_us, reason,
                status, current_step, return_us, returned_by, create_us,
                update_us, version);
  }

  LeaveRow ToRow() const {
    LeaveRow row;
    row.id = id;
    row.staff_id = staff_id;
    row.site_id = site_id;
    row.type = static_cast<v1::LeaveApplication::Type>(type);
    row.start_us = start_us;
    row.end_us = end_us;
    row.reason = reason;
    row.status = static_cast<v1::LeaveApplication::Status>(status);
    row.current_step = current_step;
    row.return_us = return_us;
    row.returned_by = returned_by;
    row.create_us = create_us;
    row.update_us = update_us;
    row.version = version;
    return row;
  }
};

// Fills the steps of `rows` with one query.
void LoadSteps(Tx& tx, std::vector<LeaveRow>& rows) {
  std::vector<std::string> ids;
  for (const LeaveRow& r : rows) ids.push_back(absl::StrCat(r.id));
  // The key is read as text (ForEachChildRow keys are strings).
  ForEachChildRow<int, int, std::string, long long, std::string>(
      tx,
      tx.mysql() ? "SELECT CAST(leave_application_id AS CHAR), role, decision,"
                   " decided_by, decide_time_us, comment FROM"
                   " leave_approval_steps"
                 : "SELECT CAST(leave_application_id AS TEXT), role, decision,"
                   " decided_by, decide_time_us, comment FROM"
                   " leave_approval_steps",
      "leave_application_id", ids, "leave_application_id, ordinal",
      [&](size_t i, int role, int decision, const std::string& by, long long at,
          const std::string& comment) {
        LeaveStepRow step;
        step.role = static_cast<v1::StaffMember::Role>(role);
        step.decision = static_cast<v1::ApprovalStep::Decision>(decision);
        step.decided_by = by;
        step.decide_us = at;
        step.comment = comment;
        rows[i].steps.push_back(std::move(step));
      });
}

absl::StatusOr<std::vector<LeaveRow>> Fetch(Tx& tx, Params& params,
                                            const std::string& sql) {
  LeaveColumns r;
  auto rows = FetchAll(tx, params, r, sql, [](const LeaveColumns& c) {
    return absl::StatusOr<LeaveRow>(c.ToRow());
  });
  if (!rows.ok()) return rows.status();
  LoadSteps(tx, *rows);
  return rows;
}

bool Exists(Tx& tx, const char* table, const std::string& id) {
  int n = 0;
  tx.sql << absl::StrCat("SELECT COUNT(*) FROM ", table, " WHERE id = :id"),
      soci::use(id), soci::into(n);
  return n > 0;
}

absl::Status EtagMismatch() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the leave application was changed by someone else; read it "
               "again");
}

}  // namespace

std::string LeaveRow::name() const {
  return absl::StrCat(StaffName(staff_id), "/leaveApplications/", id);
}

v1::LeaveApplication LeaveRow::ToProto() const {
  v1::LeaveApplication out;
  out.set_name(name());
  out.set_site(SiteName(site_id));
  out.set_type(type);
  SetTimestamp(out.mutable_start_time(), start_us);
  SetTimestamp(out.mutable_end_time(), end_us);
  out.set_reason(reason);
  out.set_status(status);
  for (const LeaveStepRow& s : steps) {
    v1::ApprovalStep* step = out.add_steps();
    step->set_role(s.role);
    step->set_decision(s.decision);
    if (!s.decided_by.empty()) step->set_decided_by(StaffName(s.decided_by));
    if (s.decide_us != 0)
      SetTimestamp(step->mutable_decide_time(), s.decide_us);
    step->set_comment(s.comment);
  }
  out.set_current_step(current_step);
  SetTimestamp(out.mutable_create_time(), create_us);
  SetTimestamp(out.mutable_update_time(), update_us);
  out.set_etag(Etag(version));
  if (return_us != 0) {
    SetTimestamp(out.mutable_return_time(), return_us);
    out.set_returned_by(StaffName(returned_by));
  }
  return out;
}

absl::StatusOr<LeaveRow> InsertLeave(Tx& tx, const LeaveRow& row,
                                     long long now_us) {
  if (row.type == v1::LeaveApplication::TYPE_UNSPECIFIED ||
      !v1::LeaveApplication::Type_IsValid(row.type)) {
    return InvalidField("leave_application.type", "must be set");
  }
  if (row.status == v1::LeaveApplication::STATUS_UNSPECIFIED ||
      !v1::LeaveApplication::Status_IsValid(row.status)) {
    return InvalidField("leave_application.status", "must be set");
  }
  if (!Exists(tx, "staff", row.staff_id)) {
    return Error(absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
                 absl::StrCat("staff member \"", StaffName(row.staff_id),
                              "\" does not exist"));
  }
  if (!Exists(tx, "sites", row.site_id)) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(row.site_id), "\" does not exist"));
  }
  int type = row.type, status = row.status;
  tx.sql << "INSERT INTO leave_applications (staff_id, site_id, type,"
            " start_time_us, end_time_us, reason, status, current_step,"
            " return_time_us, returned_by, create_time_us, update_time_us,"
            " version) VALUES (:st, :si, :t, :b, :e, :r, :s, :c, :rt, :rb,"
            " :ct, :ut, 1)",
      soci::use(row.staff_id), soci::use(row.site_id), soci::use(type),
      soci::use(row.start_us), soci::use(row.end_us), soci::use(row.reason),
      soci::use(status), soci::use(row.current_step), soci::use(row.return_us),
      soci::use(row.returned_by), soci::use(now_us), soci::use(now_us);
  const long long id = InsertedId(tx, "leave_applications");
  for (size_t i = 0; i < row.steps.size(); ++i) {
    const LeaveStepRow& s = row.steps[i];
    int ordinal = static_cast<int>(i), role = s.role, decision = s.decision;
    tx.sql << "INSERT INTO leave_approval_steps (leave_application_id,"
              " ordinal, role, decision, decided_by, decide_time_us, comment)"
              " VALUES (:l, :o, :r, :d, :b, :t, :c)",
        soci::use(id), soci::use(ordinal), soci::use(role), soci::use(decision),
        soci::use(s.decided_by), soci::use(s.decide_us), soci::use(s.comment);
  }
  return GetLeave(tx, row.staff_id, id);
}

absl::StatusOr<LeaveRow> GetLeave(Tx& tx, const std::string& staff_id,
                                  long long id, bool for_update) {
  Params params;
  std::string sql = absl::StrCat(kColumns, " WHERE id = ", params.Int(id),
                                 " AND staff_id = ", params.Text(staff_id),
                                 for_update && tx.mysql() ? " FOR UPDATE" : "");
  auto rows = Fetch(tx, params, sql);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    return Error(absl::StatusCode::kNotFound, "LEAVE_APPLICATION_NOT_FOUND",
                 absl::StrCat("leave application \"", StaffName(staff_id),
                              "/leaveApplications/", id, "\" does not exist"));
  }
  return rows->front();
}

absl::StatusOr<LeaveRow> UpdateLeaveState(Tx& tx, const LeaveRow& row,
                                          long long expected_version,
                                          long long now_us) {
  auto current = GetLeave(tx, row.staff_id, row.id, true);
  if (!current.ok()) return current.status();
  if (current->version != expected_version) return EtagMismatch();
  if (current->steps.size() != row.steps.size()) {
    return InvalidField("leave_application.steps",
                        "the steps of an application do not change");
  }
  int status = row.status;
  soci::statement st =
      (tx.sql.prepare << "UPDATE leave_applications SET status = :s,"
                         " current_step = :c, return_time_us = :rt,"
                         " returned_by = :rb, update_time_us = :u,"
                         " version = version + 1 WHERE id = :id AND"
                         " version = :v",
       soci::use(status), soci::use(row.current_step), soci::use(row.return_us),
       soci::use(row.returned_by), soci::use(now_us), soci::use(row.id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return EtagMismatch();
  for (size_t i = 0; i < row.steps.size(); ++i) {
    const LeaveStepRow& s = row.steps[i];
    int ordinal = static_cast<int>(i), decision = s.decision;
    tx.sql << "UPDATE leave_approval_steps SET decision = :d,"
              " decided_by = :b, decide_time_us = :t, comment = :c"
              " WHERE leave_application_id = :l AND ordinal = :o",
        soci::use(decision), soci::use(s.decided_by), soci::use(s.decide_us),
        soci::use(s.comment), soci::use(row.id), soci::use(ordinal);
  }
  return GetLeave(tx, row.staff_id, row.id);
}

absl::StatusOr<std::vector<LeaveRow>> ListLeave(Tx& tx, const LeaveQuery& q) {
  Params params;
  std::string sql =
      absl::StrCat(kColumns, " WHERE id > ", params.Int(q.after_id));
  if (!q.all_sites) {
    std::string visible = "(1 = 0";
    if (!q.site_ids.empty()) {
      absl::StrAppend(&visible, " OR site_id IN ", params.TextList(q.site_ids));
    }
    if (!q.visible_staff.empty()) {
      absl::StrAppend(&visible,
                      " OR staff_id = ", params.Text(q.visible_staff));
    }
    absl::StrAppend(&sql, " AND ", visible, ")");
  }
  if (!q.staff_id.empty()) {
    absl::StrAppend(&sql, " AND staff_id = ", params.Text(q.staff_id));
  }
  if (!q.site_id.empty()) {
    absl::StrAppend(&sql, " AND site_id = ", params.Text(q.site_id));
  }
  if (!q.statuses.empty()) {
    absl::StrAppend(&sql, " AND status IN (");
    for (size_t i = 0; i < q.statuses.size(); ++i) {
      absl::StrAppend(&sql, i ? ", " : "", params.Int(q.statuses[i]));
    }
    absl::StrAppend(&sql, ")");
  }
  if (q.type != 0) absl::StrAppend(&sql, " AND type = ", params.Int(q.type));
  if (q.overlap_to_us > 0) {
    absl::StrAppend(&sql, " AND start_time_us < ", params.Int(q.overlap_to_us),
                    " AND end_time_us > ", params.Int(q.overlap_from_us));
  }
  if (q.ended_by_us > 0) {
    absl::StrAppend(&sql, " AND end_time_us <= ", params.Int(q.ended_by_us));
  }
  for (const LeaveQuery::TimeTerm& t : q.times) {
    absl::StrAppend(&sql, " AND ", t.end ? "end_time_us" : "start_time_us",
                    SqlOp(t.op), params.Int(t.us));
  }
  if (!q.awaiting_staff.empty()) {
    std::string roles = "(1 = 0";
    for (auto [role, everywhere, sites] :
         {std::make_tuple(int{v1::StaffMember::SUPERVISOR},
                          q.supervisor_everywhere, &q.supervisor_sites),
          std::make_tuple(int{v1::StaffMember::MANAGER}, q.manager_everywhere,
                          &q.manager_sites)}) {
      if (!everywhere && sites->empty()) continue;
      absl::StrAppend(&roles, " OR (s.role = ", params.Int(role));
      if (!everywhere) {
        absl::StrAppend(&roles, " AND leave_applications.site_id IN ",
                        params.TextList(*sites));
      }
      absl::StrAppend(&roles, ")");
    }
    absl::StrAppend(
        &sql, " AND status = ", params.Int(v1::LeaveApplication::PENDING),
        " AND staff_id <> ", params.Text(q.awaiting_staff),
        " AND EXISTS (SELECT 1 FROM leave_approval_steps s WHERE"
        " s.leave_application_id = leave_applications.id AND s.ordinal ="
        " leave_applications.current_step AND ",
        roles, "))");
  }
  absl::StrAppend(&sql, " ORDER BY id LIMIT ", params.Int(q.limit));
  return Fetch(tx, params, sql);
}

}  // namespace frontdesk::db
