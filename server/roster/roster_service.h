// gRPC adapter of RosterService: authenticates (server/handler.h) and hands
// each call to the desk class that owns its rules. No logic here. An RPC
// without a line here answers UNIMPLEMENTED (issue 13 serves it in steps).
#ifndef FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
#define FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_

#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "server/handler.h"
#include "server/roster/attendance_correction_desk.h"
#include "server/roster/attendance_record_desk.h"
#include "server/roster/attendance_summary_desk.h"
#include "server/roster/calendar_desk.h"
#include "server/roster/clock_desk.h"
#include "server/roster/duty_desk.h"
#include "server/roster/policy_desk.h"

namespace frontdesk {

class RosterServiceImpl final : public v1::RosterService::Service {
 public:
  static constexpr absl::string_view kService = "RosterService";

  explicit RosterServiceImpl(ServiceContext services)
      : services_(services),
        policy_(services),
        duties_(services),
        calendar_(services),
        clock_(services),
        attendance_records_(services),
        attendance_corrections_(services),
        attendance_summaries_(services) {}

  FRONTDESK_SERVE(GetRosterPolicy, v1::GetRosterPolicyRequest, v1::RosterPolicy,
                  policy_)
  FRONTDESK_SERVE(UpdateRosterPolicy, v1::UpdateRosterPolicyRequest,
                  v1::RosterPolicy, policy_)
  FRONTDESK_SERVE(GetShift, v1::GetShiftRequest, v1::Shift, duties_)
  FRONTDESK_SERVE(ListShifts, v1::ListShiftsRequest, v1::ListShiftsResponse,
                  duties_)
  FRONTDESK_SERVE(CreateDutyAssignment, v1::CreateDutyAssignmentRequest,
                  v1::DutyAssignment, duties_)
  FRONTDESK_SERVE(DeleteDutyAssignment, v1::DeleteDutyAssignmentRequest,
                  v1::DutyAssignment, duties_)
  FRONTDESK_SERVE(ListDutyAssignments, v1::ListDutyAssignmentsRequest,
                  v1::ListDutyAssignmentsResponse, duties_)
  FRONTDESK_SERVE(ListCalendarDays, v1::ListCalendarDaysRequest,
                  v1::ListCalendarDaysResponse, calendar_)
  FRONTDESK_SERVE(UpdateCalendarDay, v1::UpdateCalendarDayRequest,
                  v1::CalendarDay, calendar_)
  FRONTDESK_SERVE(DeleteCalendarDay, v1::DeleteCalendarDayRequest,
                  v1::CalendarDay, calendar_)
  FRONTDESK_SERVE(ClockIn, v1::ClockInRequest, v1::AttendanceRecord, clock_)
  FRONTDESK_SERVE(ClockOut, v1::ClockOutRequest, v1::AttendanceRecord, clock_)
  FRONTDESK_SERVE(GetAttendanceRecord, v1::GetAttendanceRecordRequest,
                  v1::AttendanceRecord, attendance_records_)
  FRONTDESK_SERVE(ListAttendanceRecords, v1::ListAttendanceRecordsRequest,
                  v1::ListAttendanceRecordsResponse, attendance_records_)
  FRONTDESK_SERVE(CreateAttendanceCorrection,
                  v1::CreateAttendanceCorrectionRequest,
                  v1::AttendanceCorrection, attendance_corrections_)
  FRONTDESK_SERVE(ListAttendanceCorrections,
                  v1::ListAttendanceCorrectionsRequest,
                  v1::ListAttendanceCorrectionsResponse,
                  attendance_corrections_)
  FRONTDESK_SERVE(ApproveAttendanceCorrection,
                  v1::ApproveAttendanceCorrectionRequest,
                  v1::AttendanceCorrection, attendance_corrections_)
  FRONTDESK_SERVE(RejectAttendanceCorrection,
                  v1::RejectAttendanceCorrectionRequest,
                  v1::AttendanceCorrection, attendance_corrections_)
  FRONTDESK_SERVE(GetAttendanceSummary, v1::GetAttendanceSummaryRequest,
                  v1::AttendanceSummary, attendance_summaries_)
  FRONTDESK_SERVE(ListAttendanceSummaries, v1::ListAttendanceSummariesRequest,
                  v1::ListAttendanceSummariesResponse, attendance_summaries_)

 private:
  ServiceContext services_;
  PolicyDesk policy_;
  DutyDesk duties_;
  CalendarDesk calendar_;
  ClockDesk clock_;
  AttendanceRecordDesk attendance_records_;
  AttendanceCorrectionDesk attendance_corrections_;
  AttendanceSummaryDesk attendance_summaries_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
