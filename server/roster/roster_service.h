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
#include "server/roster/handover_desk.h"
#include "server/roster/leave_desk.h"
#include "server/roster/policy_desk.h"
#include "server/roster/swap_desk.h"

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
  FRONTDESK_SERVE(CreateHandover, v1::CreateHandoverRequest, v1::Handover,
                  handover_)
  FRONTDESK_SERVE(GetHandover, v1::GetHandoverRequest, v1::Handover, handover_)
  FRONTDESK_SERVE(ListHandovers, v1::ListHandoversRequest,
                  v1::ListHandoversResponse, handover_)
  FRONTDESK_SERVE(UpdateHandover, v1::UpdateHandoverRequest, v1::Handover,
                  handover_)
  FRONTDESK_SERVE(SubmitHandover, v1::SubmitHandoverRequest, v1::Handover,
                  handover_)
  FRONTDESK_SERVE(ConsentHandoverItem, v1::ConsentHandoverItemRequest,
                  v1::Handover, handover_)
  FRONTDESK_SERVE(AcceptHandover, v1::AcceptHandoverRequest, v1::Handover,
                  handover_)
  FRONTDESK_SERVE(ReleaseFromDuty, v1::ReleaseFromDutyRequest,
                  v1::DutyAssignment, handover_)
  FRONTDESK_SERVE(CountersignHandover, v1::CountersignHandoverRequest,
                  v1::Handover, handover_)
  FRONTDESK_SERVE(CreateShiftSwap, v1::CreateShiftSwapRequest, v1::ShiftSwap,
                  swaps_)
  FRONTDESK_SERVE(GetShiftSwap, v1::GetShiftSwapRequest, v1::ShiftSwap, swaps_)
  FRONTDESK_SERVE(ListShiftSwaps, v1::ListShiftSwapsRequest,
                  v1::ListShiftSwapsResponse, swaps_)
  FRONTDESK_SERVE(AgreeShiftSwap, v1::AgreeShiftSwapRequest, v1::ShiftSwap,
                  swaps_)
  FRONTDESK_SERVE(DeclineShiftSwap, v1::DeclineShiftSwapRequest, v1::ShiftSwap,
                  swaps_)
  FRONTDESK_SERVE(ApproveShiftSwap, v1::ApproveShiftSwapRequest, v1::ShiftSwap,
                  swaps_)
  FRONTDESK_SERVE(RejectShiftSwap, v1::RejectShiftSwapRequest, v1::ShiftSwap,
                  swaps_)
  FRONTDESK_SERVE(CancelShiftSwap, v1::CancelShiftSwapRequest, v1::ShiftSwap,
                  swaps_)
  FRONTDESK_SERVE(CreateLeaveApplication, v1::CreateLeaveApplicationRequest,
                  v1::LeaveApplication, leave_)
  FRONTDESK_SERVE(GetLeaveApplication, v1::GetLeaveApplicationRequest,
                  v1::LeaveApplication, leave_)
  FRONTDESK_SERVE(ListLeaveApplications, v1::ListLeaveApplicationsRequest,
                  v1::ListLeaveApplicationsResponse, leave_)
  FRONTDESK_SERVE(ApproveLeaveApplication, v1::ApproveLeaveApplicationRequest,
                  v1::LeaveApplication, leave_)
  FRONTDESK_SERVE(RejectLeaveApplication, v1::RejectLeaveApplicationRequest,
                  v1::LeaveApplication, leave_)
  FRONTDESK_SERVE(CancelLeaveApplication, v1::CancelLeaveApplicationRequest,
                  v1::LeaveApplication, leave_)
  FRONTDESK_SERVE(ReturnFromLeave, v1::ReturnFromLeaveRequest,
                  v1::LeaveApplication, leave_)
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
  HandoverDesk handover_{services_};
  SwapDesk swaps_{services_};
  LeaveDesk leave_{services_};
  ClockDesk clock_;
  AttendanceRecordDesk attendance_records_;
  AttendanceCorrectionDesk attendance_corrections_;
  AttendanceSummaryDesk attendance_summaries_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
