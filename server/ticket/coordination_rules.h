// Rules for matters that involve several parties [T-COORDINATION-PARTIES]
// [T-COORDINATION-PROMISE] [T-SAME-DAY-NOTICE]: pure functions over plain
// values.
//
// The coordination route (沟通类) needs several parties and is expected to
// take more than two days. So a coordination dispatch is a promise to the
// resident that respects it:
//   - a promised time given is at least kCoordinationMinPromise (2 days)
//     after the coordination dispatch, else FAILED_PRECONDITION
//     COORDINATION_PROMISE_TOO_SHORT (the desk must not promise what
//     several parties cannot keep; finishing earlier is always welcome);
//     this holds for ChangePromise and a plan's finish time too while the
//     ticket is on the coordination route;
//   - without one, the promise is create_time + the policy's coordination
//     window (3 days by default, sla.h), but never less than 2 days after
//     the dispatch (a matter re-routed late still gets its two days).
//
// The resident is told the same day when several departments are involved
// ([001]): a notice is owed once a ticket is dispatched on the coordination
// route or involves two or more departments (its work orders' and its
// plan's), due by the end of the site's local day on which that happened.
#ifndef FRONTDESK_SERVER_TICKET_COORDINATION_RULES_H_
#define FRONTDESK_SERVER_TICKET_COORDINATION_RULES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

inline constexpr absl::Duration kCoordinationMinPromise = absl::Hours(48);

// max(created + window, dispatched + kCoordinationMinPromise).
absl::Time DefaultCoordinationPromise(absl::Time created, absl::Time dispatched,
                                      absl::Duration window);

// OK when promised >= dispatched + kCoordinationMinPromise.
absl::Status CheckCoordinationPromise(absl::Time promised,
                                      absl::Time dispatched);

// The number of distinct departments ("sites/{site}/departments/{id}") among
// `names`; other names (staff, vendors) and "" do not count.
int CountDepartments(const std::vector<std::string>& names);

// A notice is owed on the coordination route or with 2+ departments.
bool ResidentNoticeOwed(bool coordination_route, int departments);

// The end of the local day of `at` in `tz`: the next local midnight (the
// first instant of the following day).
absl::Time EndOfLocalDay(absl::Time at, absl::TimeZone tz);

// INVALID_ARGUMENT naming each bad field of a notice: note 1..500
// characters, channel PHONE, WALK_IN, LETTER or APP.
absl::Status ValidateNoticeRequest(
    const v1::RecordResidentNoticeRequest& request);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_COORDINATION_RULES_H_
