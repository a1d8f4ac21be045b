#include "db/roster/shift_swap_store.h"

#include <soci/soci.h>

#include <string>
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
    "SELECT id, site_id, requester_id, requester_assignment, counterpart_id,"
    " counterpart_assignment, reason, status, month_key, first_start_time_us,"
    " agree_time_us, decided_by, decide_time_us, decision_comment,"
    " create_time_us, update_time_us, version FROM shift_swaps";

struct SwapColumns {
  long long id = 0, first_start_us = 0, agree_us = 0, decide_us = 0,
            create_us = 0, update_us = 0, version = 0;
  std::string site_id, requester_id, requester_assignment, counterpart_id,
      counterpart_assignment, reason, decided_by, decision_comment;
  int status = 0, month_key = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, requester_id, requester_assignment,
                counterpart_id, counterpart_assignment, reason, status,
                month_key, first_start_us, agree_us, decided_by, decide_us,
                decision_comment, create_us, update_us, version);
  }

  ShiftSwapRow ToRow() const {
    ShiftSwapRow row;
    row.id = id;
    row.site_id = site_id;
    row.requester_id = requester_id;
    row.requester_assignment = requester_assignment;
    row.counterpart_id = counterpart_id;
    row.counterpart_assignment = counterpart_assignment;
    row.reason = reason;
    row.status = static_cast<v1::ShiftSwap::Status>(status);
    row.month_key = month_key;
    row.first_start_us = first_start_us;
    row.agree_us = agree_us;
    row.decided_by = decided_by;
    row.decide_us = decide_us;
    row.decision_comment = decision_comment;
    row.create_us = create_us;
    row.update_us = update_us;
    row.version = version;
    return row;
  }
};

absl::StatusOr<std::vector<ShiftSwapRow>> Fetch(Tx& tx, Params& params,
                                                const std::string& sql) {
  SwapColumns r;
  return FetchAll(tx, params, r, sql, [](const SwapColumns& c) {
    return absl::StatusOr<ShiftSwapRow>(c.ToRow());
  });
}

absl::Status CheckStatus(v1::ShiftSwap::Status status) {
  if (status == v1::ShiftSwap::STATUS_UNSPECIFIED ||
      !v1::ShiftSwap::Status_IsValid(status)) {
    return InvalidField("shift_swap.status", "must be set");
  }
  return absl::OkStatus();
}

bool Exists(Tx& tx, const char* table, const std::string& id) {
  int n = 0;
  tx.sql << absl::StrCat("SELECT COUNT(*) FROM ", table, " WHERE id = :id"),
      soci::use(id), soci::into(n);
  return n > 0;
}

}  // namespace

std::string ShiftSwapRow::name() const {
  return absl::StrCat(SiteName(site_id), "/shiftSwaps/", id);
}

v1::ShiftSwap ShiftSwapRow::ToProto() const {
  v1::ShiftSwap out;
  out.set_name(name());
  out.set_requester(StaffName(requester_id));
  out.set_requester_assignment(requester_assignment);
  out.set_counterpart(StaffName(counterpart_id));
  out.set_counterpart_assignment(counterpart_assignment);
  out.set_reason(reason);
  out.set_status(status);
  if (agree_us != 0) SetTimestamp(out.mutable_agree_time(), agree_us);
  if (!decided_by.empty()) out.set_decided_by(StaffName(decided_by));
  if (decide_us != 0) SetTimestamp(out.mutable_decide_time(), decide_us);
  out.set_decision_comment(decision_comment);
  SetTimestamp(out.mutable_create_time(), create_us);
  SetTimestamp(out.mutable_update_time(), update_us);
  out.set_etag(Etag(version));
  return out;
}

absl::StatusOr<ShiftSwapRow> InsertShiftSwap(Tx& tx, const ShiftSwapRow& row,
                                             long long now_us) {
  if (absl::Status s = CheckStatus(row.status); !s.ok()) return s;
  if (!Exists(tx, "sites", row.site_id)) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(row.site_id), "\" does not exist"));
  }
  for (const std::string* staff : {&row.requester_id, &row.counterpart_id}) {
    if (!Exists(tx, "staff", *staff)) {
      return Error(absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
                   absl::StrCat("staff member \"", StaffName(*staff),
                                "\" does not exist"));
    }
  }
  int status = row.status;
  tx.sql << "INSERT INTO shift_swaps (site_id, requester_id,"
            " requester_assignment, counterpart_id, counterpart_assignment,"
            " reason, status, month_key, first_start_time_us, agree_time_us,"
            " decided_by, decide_time_us, decision_comment, create_time_us,"
            " update_time_us, version) VALUES (:s, :r, :ra, :c, :ca, :why,"
            " :st, :m, :f, :a, :db, :dt, :dc, :ct, :ut, 1)",
      soci::use(row.site_id), soci::use(row.requester_id),
      soci::use(row.requester_assignment), soci::use(row.counterpart_id),
      soci::use(row.counterpart_assignment), soci::use(row.reason),
      soci::use(status), soci::use(row.month_key),
      soci::use(row.first_start_us), soci::use(row.agree_us),
      soci::use(row.decided_by), soci::use(row.decide_us),
      soci::use(row.decision_comment), soci::use(now_us), soci::use(now_us);
  return GetShiftSwap(tx, row.site_id, InsertedId(tx, "shift_swaps"));
}

absl::StatusOr<ShiftSwapRow> GetShiftSwap(Tx& tx, const std::string& site_id,
                                          long long id, bool for_update) {
  Params params;
  std::string sql = absl::StrCat(kColumns, " WHERE id = ", params.Int(id),
                                 " AND site_id = ", params.Text(site_id),
                                 for_update && tx.mysql() ? " FOR UPDATE" : "");
  auto rows = Fetch(tx, params, sql);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    return Error(absl::StatusCode::kNotFound, "SHIFT_SWAP_NOT_FOUND",
                 absl::StrCat("shift swap \"", SiteName(site_id),
                              "/shiftSwaps/", id, "\" does not exist"));
  }
  return rows->front();
}

absl::StatusOr<ShiftSwapRow> ChangeShiftSwap(Tx& tx, const std::string& site_id,
                                             long long id,
                                             const ShiftSwapChange& change,
                                             long long expected_version,
                                             long long now_us) {
  if (absl::Status s = CheckStatus(change.status); !s.ok()) return s;
  auto current = GetShiftSwap(tx, site_id, id, true);
  if (!current.ok()) return current.status();
  const absl::Status mismatch =
      Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
            "the shift swap was changed by someone else; read it again");
  if (current->version != expected_version) return mismatch;
  int status = change.status;
  long long agree_us = change.agree_us.value_or(current->agree_us);
  std::string decided_by = change.decided_by.value_or(current->decided_by);
  long long decide_us = change.decide_us.value_or(current->decide_us);
  std::string comment =
      change.decision_comment.value_or(current->decision_comment);
  soci::statement st =
      (tx.sql.prepare << "UPDATE shift_swaps SET status = :st,"
                         " agree_time_us = :a, decided_by = :db,"
                         " decide_time_us = :dt, decision_comment = :dc,"
                         " update_time_us = :u, version = version + 1"
                         " WHERE id = :id AND version = :v",
       soci::use(status), soci::use(agree_us), soci::use(decided_by),
       soci::use(decide_us), soci::use(comment), soci::use(now_us),
       soci::use(id), soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return mismatch;
  return GetShiftSwap(tx, site_id, id);
}

absl::StatusOr<std::vector<ShiftSwapRow>> ListPartySwaps(
    Tx& tx, const std::vector<std::string>& staff_ids, int first_month_key,
    int last_month_key) {
  if (staff_ids.empty()) return std::vector<ShiftSwapRow>{};
  Params params;
  std::string parties = params.TextList(staff_ids);
  std::string sql = absl::StrCat(
      kColumns, " WHERE (requester_id IN ", parties, " OR counterpart_id IN ",
      params.TextList(staff_ids),
      ") AND month_key >= ", params.Int(first_month_key),
      " AND month_key <= ", params.Int(last_month_key), " ORDER BY id");
  return Fetch(tx, params, sql);
}

absl::StatusOr<std::vector<ShiftSwapRow>> ListShiftSwaps(
    Tx& tx, const ShiftSwapQuery& q) {
  Params params;
  std::string sql =
      absl::StrCat(kColumns, " WHERE id > ", params.Int(q.after_id));
  if (!q.all_sites) {
    std::string visible = "(1 = 0";
    if (!q.site_ids.empty()) {
      absl::StrAppend(&visible, " OR site_id IN ", params.TextList(q.site_ids));
    }
    if (!q.visible_party.empty()) {
      absl::StrAppend(&visible,
                      " OR requester_id = ", params.Text(q.visible_party),
                      " OR counterpart_id = ", params.Text(q.visible_party));
    }
    absl::StrAppend(&sql, " AND ", visible, ")");
  }
  if (!q.site_id.empty()) {
    absl::StrAppend(&sql, " AND site_id = ", params.Text(q.site_id));
  }
  if (q.status == v1::ShiftSwap::PROPOSED ||
      q.status == v1::ShiftSwap::AGREED) {
    absl::StrAppend(&sql, " AND status = ", params.Int(q.status),
                    " AND first_start_time_us > ", params.Int(q.now_us));
  } else if (q.status == v1::ShiftSwap::EXPIRED) {
    absl::StrAppend(&sql, " AND (status = ", params.Int(q.status),
                    " OR (status IN (", params.Int(v1::ShiftSwap::PROPOSED),
                    ", ", params.Int(v1::ShiftSwap::AGREED),
                    ") AND first_start_time_us <= ", params.Int(q.now_us),
                    "))");
  } else if (q.status != 0) {
    absl::StrAppend(&sql, " AND status = ", params.Int(q.status));
  }
  if (!q.party.empty()) {
    absl::StrAppend(&sql, " AND (requester_id = ", params.Text(q.party),
                    " OR counterpart_id = ", params.Text(q.party), ")");
  }
  if (q.month_key != 0) {
    absl::StrAppend(&sql, " AND month_key = ", params.Int(q.month_key));
  }
  absl::StrAppend(&sql, " ORDER BY id LIMIT ", params.Int(q.limit));
  return Fetch(tx, params, sql);
}

}  // namespace frontdesk::db
