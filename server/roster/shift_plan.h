// A site's shift plan (RosterPolicy.shifts): the shifts of one local day,
// which together must cover the 24 hours with no gap and no overlap
// [R-NO-COVERAGE-GAP].
//
// Each definition: id 1..16 of [a-z0-9], unique in the plan; display_name
// 1..32 characters; kind DAY or NIGHT; start_local_time "HH:MM"; duration
// whole minutes, 1 h..24 h; min_headcount 1..20. Bad fields are
// INVALID_ARGUMENT naming each one ("shifts[1].start_local_time").
//
// Tiling is checked in local civil minutes: sorted by start, each shift ends
// where the next begins and the last where the first begins the next day.
// Otherwise FAILED_PRECONDITION SHIFT_PLAN_NOT_CONTIGUOUS (rule metadata
// R-NO-COVERAGE-GAP, "shift" the definition after which the plan breaks).
// A plan that tiles the local day tiles the real timeline too, across
// daylight-saving changes (shift_time.h).
#ifndef FRONTDESK_SERVER_ROSTER_SHIFT_PLAN_H_
#define FRONTDESK_SERVER_ROSTER_SHIFT_PLAN_H_

#include <vector>

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "google/protobuf/repeated_ptr_field.h"

namespace frontdesk {

inline constexpr int kMaxShiftHeadcount = 20;

// OK when `shifts` is a valid plan (see above).
absl::Status ValidateShiftPlan(
    const google::protobuf::RepeatedPtrField<v1::ShiftDefinition>& shifts);

// The plan a site that never set one reads: "day" 08:00 for 12 h and
// "night" 20:00 for 12 h, one receptionist each.
std::vector<v1::ShiftDefinition> DefaultShiftPlan();

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_SHIFT_PLAN_H_
