// gRPC adapter of RosterService: authenticates (server/handler.h) and hands
// each call to the desk class that owns its rules. No logic here. An RPC
// without a line here answers UNIMPLEMENTED (issue 13 serves it in steps).
#ifndef FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
#define FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_

#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "server/handler.h"
#include "server/roster/calendar_desk.h"
#include "server/roster/duty_desk.h"
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
        calendar_(services) {}

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

 private:
  ServiceContext services_;
  PolicyDesk policy_;
  DutyDesk duties_;
  CalendarDesk calendar_;
  SwapDesk swaps_{services_};
  LeaveDesk leave_{services_};
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_SERVICE_H_
