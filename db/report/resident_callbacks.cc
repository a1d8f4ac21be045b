#include "db/report/resident_callbacks.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "db/internal/columns.h"
#include "db/internal/params.h"

namespace frontdesk::db {
namespace {

// REACHED (ResidentCallback.Result): the value the duty counts.
constexpr int kReached = 1;

// The units due joined with their callbacks of the period grouped per unit
// (pc), and with `extra_join` (placed before WHERE, so that the parameters
// appear in the order they were made).
std::string DueUnitsWithPeriod(const ReportWindow& w, Params& p,
                               bool with_last) {
  std::string sql = absl::StrCat(
      " FROM units u LEFT JOIN (SELECT unit_id,"
      " SUM(CASE WHEN result = ",
      p.Int(kReached),
      " THEN 1 ELSE 0 END) AS reached, COUNT(*) AS n"
      " FROM resident_callbacks WHERE site_id = ",
      p.Text(w.site_id), " AND create_time_us >= ", p.Int(w.start_us),
      " AND create_time_us < ", p.Int(w.end_us),
      " GROUP BY unit_id) pc ON pc.unit_id = u.id");
  if (with_last) {
    // The latest callback per unit: one group per unit on the (site, unit,
    // time) index.
    absl::StrAppend(&sql,
                    " LEFT JOIN (SELECT unit_id, MAX(create_time_us) AS last_us"
                    " FROM resident_callbacks WHERE site_id = ",
                    p.Text(w.site_id), " AND create_time_us < ",
                    p.Int(w.end_us),
                    " GROUP BY unit_id) lc ON lc.unit_id = u.id");
  }
  absl::StrAppend(&sql, " WHERE u.site_id = ", p.Text(w.site_id),
                  " AND u.create_time_us < ", p.Int(w.start_us));
  return sql;
}

}  // namespace

absl::StatusOr<CallbackPlanRows> ReadCallbackPlan(Tx& tx, const ReportWindow& w,
                                                  int unit_limit) {
  CallbackPlanRows out;
  {
    Params p;
    const std::string sql = absl::StrCat(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN pc.reached > 0 THEN 1"
        " ELSE 0 END), 0)",
        DueUnitsWithPeriod(w, p, false));
    soci::statement st(tx.sql);
    IntoColumns(st, out.due, out.done);
    p.Execute(st, sql);
    st.fetch();
  }
  Params p;
  const std::string sql = absl::StrCat(
      "SELECT u.id, COALESCE(pc.reached, 0), COALESCE(pc.n, 0), lc.last_us",
      DueUnitsWithPeriod(w, p, true), " ORDER BY u.id LIMIT ", unit_limit + 1);
  std::string unit_id;
  long long reached = 0, n = 0, last_us = 0;
  soci::indicator last_ind = soci::i_null;
  soci::statement st(tx.sql);
  IntoColumns(st, unit_id, reached, n, Nullable(last_us, last_ind));
  p.Execute(st, sql);
  while (st.fetch()) {
    if (static_cast<int>(out.units.size()) == unit_limit) {
      out.truncated = true;
      break;
    }
    UnitCallbackRow row;
    row.unit_id = unit_id;
    row.done = reached > 0;
    row.callbacks_in_period = static_cast<int>(n);
    if (last_ind == soci::i_ok) row.last_callback_us = last_us;
    out.units.push_back(std::move(row));
  }
  return out;
}

}  // namespace frontdesk::db
