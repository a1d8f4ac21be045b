// Approved leave as the roster rules see it (duty_schedule.h LeavePeriod):
// the APPROVED and RETURNED applications of some people, or of a site's
// people, overlapping a period, each cut at its report back (leave_rules.h
// EffectiveLeave). Shared by the swap and leave desks and anything that
// checks a duty against leave or counts coverage.
#ifndef FRONTDESK_SERVER_ROSTER_LEAVE_PERIODS_H_
#define FRONTDESK_SERVER_ROSTER_LEAVE_PERIODS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "db/roster/leave_store.h"
#include "server/roster/duty_schedule.h"

namespace frontdesk {

// The leave of `staff_ids` (any site) overlapping [from, to).
absl::StatusOr<std::vector<LeavePeriod>> StaffLeave(
    db::Tx& tx, const std::vector<std::string>& staff_ids, absl::Time from,
    absl::Time to);

// The leave filed at `site_id` overlapping [from, to).
absl::StatusOr<std::vector<LeavePeriod>> SiteLeave(db::Tx& tx,
                                                   const std::string& site_id,
                                                   absl::Time from,
                                                   absl::Time to);

// The period `row` keeps its applicant away (empty unless approved).
LeavePeriod PeriodOf(const db::LeaveRow& row);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_LEAVE_PERIODS_H_
