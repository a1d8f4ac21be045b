#include "server/roster/leave_periods.h"

#include <string>
#include <vector>

#include "common/clock.h"
#include "common/names.h"
#include "server/roster/leave_rules.h"

namespace frontdesk {
namespace {

absl::StatusOr<std::vector<LeavePeriod>> Approved(db::Tx& tx,
                                                  db::LeaveQuery query,
                                                  absl::Time from,
                                                  absl::Time to) {
  query.all_sites = true;
  query.statuses = {v1::LeaveApplication::APPROVED,
                    v1::LeaveApplication::RETURNED};
  query.overlap_from_us = ToMicros(from);
  query.overlap_to_us = ToMicros(to);
  query.limit = 100000;
  auto rows = db::ListLeave(tx, query);
  if (!rows.ok()) return rows.status();
  std::vector<LeavePeriod> out;
  for (const db::LeaveRow& row : *rows) {
    LeavePeriod p = PeriodOf(row);
    if (p.end > p.start && p.start < to && p.end > from) out.push_back(p);
  }
  return out;
}

}  // namespace

LeavePeriod PeriodOf(const db::LeaveRow& row) {
  const LeaveSpan span =
      EffectiveLeave(row.status, FromMicros(row.start_us),
                     FromMicros(row.end_us), FromMicros(row.return_us));
  return {StaffName(row.staff_id), span.start, span.end};
}

absl::StatusOr<std::vector<LeavePeriod>> StaffLeave(
    db::Tx& tx, const std::vector<std::string>& staff_ids, absl::Time from,
    absl::Time to) {
  std::vector<LeavePeriod> out;
  for (const std::string& staff : staff_ids) {
    db::LeaveQuery query;
    query.staff_id = staff;
    auto some = Approved(tx, query, from, to);
    if (!some.ok()) return some.status();
    out.insert(out.end(), some->begin(), some->end());
  }
  return out;
}

absl::StatusOr<std::vector<LeavePeriod>> SiteLeave(db::Tx& tx,
                                                   const std::string& site_id,
                                                   absl::Time from,
                                                   absl::Time to) {
  db::LeaveQuery query;
  query.site_id = site_id;
  return Approved(tx, query, from, to);
}

}  // namespace frontdesk
