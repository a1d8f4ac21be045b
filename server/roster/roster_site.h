// What every roster desk reads first about a site: its zone and its policy
// (the defaults until the manager saves one), and the shifts and duties in
// the shapes the rules (server/roster/*.h) take. Shared by the roster
// desks, which run these inside their own transaction.
//
// Contract:
// - A site that does not exist is NOT_FOUND (SITE_NOT_FOUND); a site whose
//   zone does not load is treated as UTC (the directory validates zones).
// - A shift exists on every date for every definition of the policy: one
//   not yet materialised is computed from the current policy (materialized
//   false); a materialised one keeps its definition whatever the policy
//   says later. A definition the policy lacks and no materialised shift
//   has is NOT_FOUND (SHIFT_NOT_FOUND).
#ifndef FRONTDESK_SERVER_ROSTER_ROSTER_SITE_H_
#define FRONTDESK_SERVER_ROSTER_ROSTER_SITE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/shift_store.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/roster/coverage.h"
#include "server/roster/duty_schedule.h"
#include "server/roster/roster_names.h"
#include "server/roster/working_days.h"

namespace frontdesk {

struct RosterSite {
  std::string id;
  absl::TimeZone zone;
  v1::RosterPolicy policy;
};

absl::StatusOr<RosterSite> LoadRosterSite(db::Tx& tx,
                                          const std::string& site_id);

// A shift and whether it is stored (see above).
struct ResolvedShift {
  db::ShiftRow row;
  bool materialized = false;
};
absl::StatusOr<ResolvedShift> ResolveShift(db::Tx& tx, const RosterSite& site,
                                           const ShiftRef& ref,
                                           bool for_update = false);
// The shift, materialised now if it was not (first definition wins).
absl::StatusOr<db::ShiftRow> MaterializeShiftAt(db::Tx& tx,
                                                const RosterSite& site,
                                                const ShiftRef& ref,
                                                long long now_us);

// The shifts of local dates [first, last] in start order: the stored ones
// and, for the other dates and definitions, the policy's.
absl::StatusOr<std::vector<ResolvedShift>> ShiftsOfDates(db::Tx& tx,
                                                         const RosterSite& site,
                                                         absl::CivilDay first,
                                                         absl::CivilDay last);

ShiftOccurrence OccurrenceOf(const db::ShiftRow& shift);
RosterDuty DutyOf(const db::DutyAssignmentRow& row);
db::DutyAssignmentRef RefOf(const DutyAssignmentName& name);

// The site's duties on shifts of local dates [first, last] (any status).
absl::StatusOr<std::vector<RosterDuty>> SiteDuties(db::Tx& tx,
                                                   const std::string& site_id,
                                                   absl::CivilDay first,
                                                   absl::CivilDay last);

// The site's working-day calendar around [first, last] (a month either
// side, enough for any notice the rules count).
absl::StatusOr<WorkingCalendar> LoadWorkingCalendar(db::Tx& tx,
                                                    const std::string& site_id,
                                                    absl::CivilDay first,
                                                    absl::CivilDay last);

// The shift as the API shows it, with the working assignments given.
v1::Shift ShiftToProto(const ResolvedShift& shift,
                       const std::vector<db::DutyAssignmentRow>& assignments);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_SITE_H_
