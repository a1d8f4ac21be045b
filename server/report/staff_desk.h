// ReportService.GetStaffReport: each person's workload and attendance over
// a period at a site, or at every site the caller may see ("sites/-": each
// site cut by its own zone, rows merged by person) [REP-STAFF-WORKLOAD]
// [REP-STAFF-ATTENDANCE].
//
// Contract (report_service.proto StaffReportRow; definitions
// docs/metrics.md "Staff report"):
// - period required, as every explicit period [REP-PERIODS]; `staff` at
//   most 100 "staff/{staff}" names (staff_rules.h), INVALID_ARGUMENT
//   naming `staff` otherwise, checked before anything is read.
// - Workload from what was recorded in the period's instants and by whom
//   (db/report/staff_figures.h CountStaffWorkload); attendance from the
//   duties of the period's local dates (CountStaffAttendance), judged now;
//   leave from the APPROVED and RETURNED leave filed at the site, cut at
//   the report back and at the period's ends, in local days counted in
//   halves (leave_rules.h LeaveDaysBetween).
// - One row per person with any duty or activity, named by their current
//   display name and roles; ordered and totalled by staff_rules.h.
// - All of it in one read transaction (report_compute.h).
#ifndef FRONTDESK_SERVER_REPORT_STAFF_DESK_H_
#define FRONTDESK_SERVER_REPORT_STAFF_DESK_H_

#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class StaffReportDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetStaffReport(const Call& call,
                              const v1::GetStaffReportRequest& request,
                              v1::StaffReport* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_STAFF_DESK_H_
