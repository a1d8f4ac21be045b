// The staff report's arithmetic as plain functions [REP-STAFF-WORKLOAD]
// [REP-STAFF-ATTENDANCE]: the `staff` filter of GetStaffReportRequest, the
// order of the rows, the totals row, and folding one site's report into
// the "sites/-" report.
//
// - Filter: at most kMaxStaffFilter names, each "staff/{staff}";
//   INVALID_ARGUMENT naming `staff` otherwise. Empty: everyone.
// - Rows: one per person with any duty or activity, ordered by
//   display_name, then by name (people may share a display name).
// - Totals: every number column summed (worked_time too, leave_days in
//   halves); staff, display_name and roles empty.
// - "sites/-": each site's rows merged by person (a person who worked at
//   two sites is one row with the sum), and the totals the sum of the
//   sites' totals, which is the sum of the merged rows.
#ifndef FRONTDESK_SERVER_REPORT_STAFF_RULES_H_
#define FRONTDESK_SERVER_REPORT_STAFF_RULES_H_

#include <set>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "frontdesk/v1/report_service.pb.h"
#include "google/protobuf/repeated_field.h"

namespace frontdesk {

inline constexpr int kMaxStaffFilter = 100;

// The staff ids of the request's `staff` field ({} = everyone).
absl::StatusOr<std::set<std::string>> ParseStaffFilter(
    absl::string_view field,
    const google::protobuf::RepeatedPtrField<std::string>& names);

// `into` += `add`, every number column (worked_time as a duration); roles
// of `add` not yet in `into` are added, in order.
void AddStaffRow(const v1::StaffReportRow& add, v1::StaffReportRow* into);

// Orders `report`'s rows and sets its totals to their column sums.
void FinishStaffReport(v1::StaffReport* report);

// Folds one site's report into the "sites/-" report `total`: its rows
// merged by person, then ordered, and the totals summed again.
void AddStaffReport(const v1::StaffReport& site, v1::StaffReport* total);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_STAFF_RULES_H_
