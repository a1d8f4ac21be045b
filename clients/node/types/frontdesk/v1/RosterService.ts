// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcceptHandoverRequest as _frontdesk_v1_AcceptHandoverRequest, AcceptHandoverRequest__Output as _frontdesk_v1_AcceptHandoverRequest__Output } from '../../frontdesk/v1/AcceptHandoverRequest';
import type { AgreeShiftSwapRequest as _frontdesk_v1_AgreeShiftSwapRequest, AgreeShiftSwapRequest__Output as _frontdesk_v1_AgreeShiftSwapRequest__Output } from '../../frontdesk/v1/AgreeShiftSwapRequest';
import type { ApproveAttendanceCorrectionRequest as _frontdesk_v1_ApproveAttendanceCorrectionRequest, ApproveAttendanceCorrectionRequest__Output as _frontdesk_v1_ApproveAttendanceCorrectionRequest__Output } from '../../frontdesk/v1/ApproveAttendanceCorrectionRequest';
import type { ApproveLeaveApplicationRequest as _frontdesk_v1_ApproveLeaveApplicationRequest, ApproveLeaveApplicationRequest__Output as _frontdesk_v1_ApproveLeaveApplicationRequest__Output } from '../../frontdesk/v1/ApproveLeaveApplicationRequest';
import type { ApproveShiftSwapRequest as _frontdesk_v1_ApproveShiftSwapRequest, ApproveShiftSwapRequest__Output as _frontdesk_v1_ApproveShiftSwapRequest__Output } from '../../frontdesk/v1/ApproveShiftSwapRequest';
import type { AttendanceCorrection as _frontdesk_v1_AttendanceCorrection, AttendanceCorrection__Output as _frontdesk_v1_AttendanceCorrection__Output } from '../../frontdesk/v1/AttendanceCorrection';
import type { AttendanceRecord as _frontdesk_v1_AttendanceRecord, AttendanceRecord__Output as _frontdesk_v1_AttendanceRecord__Output } from '../../frontdesk/v1/AttendanceRecord';
import type { AttendanceSummary as _frontdesk_v1_AttendanceSummary, AttendanceSummary__Output as _frontdesk_v1_AttendanceSummary__Output } from '../../frontdesk/v1/AttendanceSummary';
import type { CalendarDay as _frontdesk_v1_CalendarDay, CalendarDay__Output as _frontdesk_v1_CalendarDay__Output } from '../../frontdesk/v1/CalendarDay';
import type { CancelLeaveApplicationRequest as _frontdesk_v1_CancelLeaveApplicationRequest, CancelLeaveApplicationRequest__Output as _frontdesk_v1_CancelLeaveApplicationRequest__Output } from '../../frontdesk/v1/CancelLeaveApplicationRequest';
import type { CancelShiftSwapRequest as _frontdesk_v1_CancelShiftSwapRequest, CancelShiftSwapRequest__Output as _frontdesk_v1_CancelShiftSwapRequest__Output } from '../../frontdesk/v1/CancelShiftSwapRequest';
import type { ClockInRequest as _frontdesk_v1_ClockInRequest, ClockInRequest__Output as _frontdesk_v1_ClockInRequest__Output } from '../../frontdesk/v1/ClockInRequest';
import type { ClockOutRequest as _frontdesk_v1_ClockOutRequest, ClockOutRequest__Output as _frontdesk_v1_ClockOutRequest__Output } from '../../frontdesk/v1/ClockOutRequest';
import type { ConsentHandoverItemRequest as _frontdesk_v1_ConsentHandoverItemRequest, ConsentHandoverItemRequest__Output as _frontdesk_v1_ConsentHandoverItemRequest__Output } from '../../frontdesk/v1/ConsentHandoverItemRequest';
import type { CountersignHandoverRequest as _frontdesk_v1_CountersignHandoverRequest, CountersignHandoverRequest__Output as _frontdesk_v1_CountersignHandoverRequest__Output } from '../../frontdesk/v1/CountersignHandoverRequest';
import type { CreateAttendanceCorrectionRequest as _frontdesk_v1_CreateAttendanceCorrectionRequest, CreateAttendanceCorrectionRequest__Output as _frontdesk_v1_CreateAttendanceCorrectionRequest__Output } from '../../frontdesk/v1/CreateAttendanceCorrectionRequest';
import type { CreateDutyAssignmentRequest as _frontdesk_v1_CreateDutyAssignmentRequest, CreateDutyAssignmentRequest__Output as _frontdesk_v1_CreateDutyAssignmentRequest__Output } from '../../frontdesk/v1/CreateDutyAssignmentRequest';
import type { CreateHandoverRequest as _frontdesk_v1_CreateHandoverRequest, CreateHandoverRequest__Output as _frontdesk_v1_CreateHandoverRequest__Output } from '../../frontdesk/v1/CreateHandoverRequest';
import type { CreateLeaveApplicationRequest as _frontdesk_v1_CreateLeaveApplicationRequest, CreateLeaveApplicationRequest__Output as _frontdesk_v1_CreateLeaveApplicationRequest__Output } from '../../frontdesk/v1/CreateLeaveApplicationRequest';
import type { CreateShiftSwapRequest as _frontdesk_v1_CreateShiftSwapRequest, CreateShiftSwapRequest__Output as _frontdesk_v1_CreateShiftSwapRequest__Output } from '../../frontdesk/v1/CreateShiftSwapRequest';
import type { DeclineShiftSwapRequest as _frontdesk_v1_DeclineShiftSwapRequest, DeclineShiftSwapRequest__Output as _frontdesk_v1_DeclineShiftSwapRequest__Output } from '../../frontdesk/v1/DeclineShiftSwapRequest';
import type { DeleteCalendarDayRequest as _frontdesk_v1_DeleteCalendarDayRequest, DeleteCalendarDayRequest__Output as _frontdesk_v1_DeleteCalendarDayRequest__Output } from '../../frontdesk/v1/DeleteCalendarDayRequest';
import type { DeleteDutyAssignmentRequest as _frontdesk_v1_DeleteDutyAssignmentRequest, DeleteDutyAssignmentRequest__Output as _frontdesk_v1_DeleteDutyAssignmentRequest__Output } from '../../frontdesk/v1/DeleteDutyAssignmentRequest';
import type { DutyAssignment as _frontdesk_v1_DutyAssignment, DutyAssignment__Output as _frontdesk_v1_DutyAssignment__Output } from '../../frontdesk/v1/DutyAssignment';
import type { GetAttendanceRecordRequest as _frontdesk_v1_GetAttendanceRecordRequest, GetAttendanceRecordRequest__Output as _frontdesk_v1_GetAttendanceRecordRequest__Output } from '../../frontdesk/v1/GetAttendanceRecordRequest';
import type { GetAttendanceSummaryRequest as _frontdesk_v1_GetAttendanceSummaryRequest, GetAttendanceSummaryRequest__Output as _frontdesk_v1_GetAttendanceSummaryRequest__Output } from '../../frontdesk/v1/GetAttendanceSummaryRequest';
import type { GetHandoverRequest as _frontdesk_v1_GetHandoverRequest, GetHandoverRequest__Output as _frontdesk_v1_GetHandoverRequest__Output } from '../../frontdesk/v1/GetHandoverRequest';
import type { GetLeaveApplicationRequest as _frontdesk_v1_GetLeaveApplicationRequest, GetLeaveApplicationRequest__Output as _frontdesk_v1_GetLeaveApplicationRequest__Output } from '../../frontdesk/v1/GetLeaveApplicationRequest';
import type { GetRosterPolicyRequest as _frontdesk_v1_GetRosterPolicyRequest, GetRosterPolicyRequest__Output as _frontdesk_v1_GetRosterPolicyRequest__Output } from '../../frontdesk/v1/GetRosterPolicyRequest';
import type { GetShiftRequest as _frontdesk_v1_GetShiftRequest, GetShiftRequest__Output as _frontdesk_v1_GetShiftRequest__Output } from '../../frontdesk/v1/GetShiftRequest';
import type { GetShiftSwapRequest as _frontdesk_v1_GetShiftSwapRequest, GetShiftSwapRequest__Output as _frontdesk_v1_GetShiftSwapRequest__Output } from '../../frontdesk/v1/GetShiftSwapRequest';
import type { Handover as _frontdesk_v1_Handover, Handover__Output as _frontdesk_v1_Handover__Output } from '../../frontdesk/v1/Handover';
import type { LeaveApplication as _frontdesk_v1_LeaveApplication, LeaveApplication__Output as _frontdesk_v1_LeaveApplication__Output } from '../../frontdesk/v1/LeaveApplication';
import type { ListAttendanceCorrectionsRequest as _frontdesk_v1_ListAttendanceCorrectionsRequest, ListAttendanceCorrectionsRequest__Output as _frontdesk_v1_ListAttendanceCorrectionsRequest__Output } from '../../frontdesk/v1/ListAttendanceCorrectionsRequest';
import type { ListAttendanceCorrectionsResponse as _frontdesk_v1_ListAttendanceCorrectionsResponse, ListAttendanceCorrectionsResponse__Output as _frontdesk_v1_ListAttendanceCorrectionsResponse__Output } from '../../frontdesk/v1/ListAttendanceCorrectionsResponse';
import type { ListAttendanceRecordsRequest as _frontdesk_v1_ListAttendanceRecordsRequest, ListAttendanceRecordsRequest__Output as _frontdesk_v1_ListAttendanceRecordsRequest__Output } from '../../frontdesk/v1/ListAttendanceRecordsRequest';
import type { ListAttendanceRecordsResponse as _frontdesk_v1_ListAttendanceRecordsResponse, ListAttendanceRecordsResponse__Output as _frontdesk_v1_ListAttendanceRecordsResponse__Output } from '../../frontdesk/v1/ListAttendanceRecordsResponse';
import type { ListAttendanceSummariesRequest as _frontdesk_v1_ListAttendanceSummariesRequest, ListAttendanceSummariesRequest__Output as _frontdesk_v1_ListAttendanceSummariesRequest__Output } from '../../frontdesk/v1/ListAttendanceSummariesRequest';
import type { ListAttendanceSummariesResponse as _frontdesk_v1_ListAttendanceSummariesResponse, ListAttendanceSummariesResponse__Output as _frontdesk_v1_ListAttendanceSummariesResponse__Output } from '../../frontdesk/v1/ListAttendanceSummariesResponse';
import type { ListCalendarDaysRequest as _frontdesk_v1_ListCalendarDaysRequest, ListCalendarDaysRequest__Output as _frontdesk_v1_ListCalendarDaysRequest__Output } from '../../frontdesk/v1/ListCalendarDaysRequest';
import type { ListCalendarDaysResponse as _frontdesk_v1_ListCalendarDaysResponse, ListCalendarDaysResponse__Output as _frontdesk_v1_ListCalendarDaysResponse__Output } from '../../frontdesk/v1/ListCalendarDaysResponse';
import type { ListDutyAssignmentsRequest as _frontdesk_v1_ListDutyAssignmentsRequest, ListDutyAssignmentsRequest__Output as _frontdesk_v1_ListDutyAssignmentsRequest__Output } from '../../frontdesk/v1/ListDutyAssignmentsRequest';
import type { ListDutyAssignmentsResponse as _frontdesk_v1_ListDutyAssignmentsResponse, ListDutyAssignmentsResponse__Output as _frontdesk_v1_ListDutyAssignmentsResponse__Output } from '../../frontdesk/v1/ListDutyAssignmentsResponse';
import type { ListHandoversRequest as _frontdesk_v1_ListHandoversRequest, ListHandoversRequest__Output as _frontdesk_v1_ListHandoversRequest__Output } from '../../frontdesk/v1/ListHandoversRequest';
import type { ListHandoversResponse as _frontdesk_v1_ListHandoversResponse, ListHandoversResponse__Output as _frontdesk_v1_ListHandoversResponse__Output } from '../../frontdesk/v1/ListHandoversResponse';
import type { ListLeaveApplicationsRequest as _frontdesk_v1_ListLeaveApplicationsRequest, ListLeaveApplicationsRequest__Output as _frontdesk_v1_ListLeaveApplicationsRequest__Output } from '../../frontdesk/v1/ListLeaveApplicationsRequest';
import type { ListLeaveApplicationsResponse as _frontdesk_v1_ListLeaveApplicationsResponse, ListLeaveApplicationsResponse__Output as _frontdesk_v1_ListLeaveApplicationsResponse__Output } from '../../frontdesk/v1/ListLeaveApplicationsResponse';
import type { ListShiftSwapsRequest as _frontdesk_v1_ListShiftSwapsRequest, ListShiftSwapsRequest__Output as _frontdesk_v1_ListShiftSwapsRequest__Output } from '../../frontdesk/v1/ListShiftSwapsRequest';
import type { ListShiftSwapsResponse as _frontdesk_v1_ListShiftSwapsResponse, ListShiftSwapsResponse__Output as _frontdesk_v1_ListShiftSwapsResponse__Output } from '../../frontdesk/v1/ListShiftSwapsResponse';
import type { ListShiftsRequest as _frontdesk_v1_ListShiftsRequest, ListShiftsRequest__Output as _frontdesk_v1_ListShiftsRequest__Output } from '../../frontdesk/v1/ListShiftsRequest';
import type { ListShiftsResponse as _frontdesk_v1_ListShiftsResponse, ListShiftsResponse__Output as _frontdesk_v1_ListShiftsResponse__Output } from '../../frontdesk/v1/ListShiftsResponse';
import type { RejectAttendanceCorrectionRequest as _frontdesk_v1_RejectAttendanceCorrectionRequest, RejectAttendanceCorrectionRequest__Output as _frontdesk_v1_RejectAttendanceCorrectionRequest__Output } from '../../frontdesk/v1/RejectAttendanceCorrectionRequest';
import type { RejectLeaveApplicationRequest as _frontdesk_v1_RejectLeaveApplicationRequest, RejectLeaveApplicationRequest__Output as _frontdesk_v1_RejectLeaveApplicationRequest__Output } from '../../frontdesk/v1/RejectLeaveApplicationRequest';
import type { RejectShiftSwapRequest as _frontdesk_v1_RejectShiftSwapRequest, RejectShiftSwapRequest__Output as _frontdesk_v1_RejectShiftSwapRequest__Output } from '../../frontdesk/v1/RejectShiftSwapRequest';
import type { ReleaseFromDutyRequest as _frontdesk_v1_ReleaseFromDutyRequest, ReleaseFromDutyRequest__Output as _frontdesk_v1_ReleaseFromDutyRequest__Output } from '../../frontdesk/v1/ReleaseFromDutyRequest';
import type { ReturnFromLeaveRequest as _frontdesk_v1_ReturnFromLeaveRequest, ReturnFromLeaveRequest__Output as _frontdesk_v1_ReturnFromLeaveRequest__Output } from '../../frontdesk/v1/ReturnFromLeaveRequest';
import type { RosterPolicy as _frontdesk_v1_RosterPolicy, RosterPolicy__Output as _frontdesk_v1_RosterPolicy__Output } from '../../frontdesk/v1/RosterPolicy';
import type { Shift as _frontdesk_v1_Shift, Shift__Output as _frontdesk_v1_Shift__Output } from '../../frontdesk/v1/Shift';
import type { ShiftSwap as _frontdesk_v1_ShiftSwap, ShiftSwap__Output as _frontdesk_v1_ShiftSwap__Output } from '../../frontdesk/v1/ShiftSwap';
import type { SubmitHandoverRequest as _frontdesk_v1_SubmitHandoverRequest, SubmitHandoverRequest__Output as _frontdesk_v1_SubmitHandoverRequest__Output } from '../../frontdesk/v1/SubmitHandoverRequest';
import type { UpdateCalendarDayRequest as _frontdesk_v1_UpdateCalendarDayRequest, UpdateCalendarDayRequest__Output as _frontdesk_v1_UpdateCalendarDayRequest__Output } from '../../frontdesk/v1/UpdateCalendarDayRequest';
import type { UpdateHandoverRequest as _frontdesk_v1_UpdateHandoverRequest, UpdateHandoverRequest__Output as _frontdesk_v1_UpdateHandoverRequest__Output } from '../../frontdesk/v1/UpdateHandoverRequest';
import type { UpdateRosterPolicyRequest as _frontdesk_v1_UpdateRosterPolicyRequest, UpdateRosterPolicyRequest__Output as _frontdesk_v1_UpdateRosterPolicyRequest__Output } from '../../frontdesk/v1/UpdateRosterPolicyRequest';

export interface RosterServiceClient extends grpc.Client {
  /**
   * The incoming receptionist signs. Rules: status SUBMITTED
   * (HANDOVER_WRONG_STATE); the caller has an assignment on incoming_shift
   * and has clocked in (NOT_CLOCKED_IN); acknowledged_item_ids lists every
   * item (INVALID_ARGUMENT otherwise: each item is checked); every
   * significant item is either in finished_together_item_ids or has a
   * consent (SIGNIFICANT_ITEM_NOT_CONSENTED, ErrorInfo metadata "item_ids").
   */
  AcceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  AcceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  AcceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  AcceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  /**
   * The incoming receptionist signs. Rules: status SUBMITTED
   * (HANDOVER_WRONG_STATE); the caller has an assignment on incoming_shift
   * and has clocked in (NOT_CLOCKED_IN); acknowledged_item_ids lists every
   * item (INVALID_ARGUMENT otherwise: each item is checked); every
   * significant item is either in finished_together_item_ids or has a
   * consent (SIGNIFICANT_ITEM_NOT_CONSENTED, ErrorInfo metadata "item_ids").
   */
  acceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  acceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  acceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  acceptHandover(argument: _frontdesk_v1_AcceptHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  /**
   * The counterpart agrees: PROPOSED -> AGREED.
   */
  AgreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  AgreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  AgreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  AgreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  /**
   * The counterpart agrees: PROPOSED -> AGREED.
   */
  agreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  agreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  agreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  agreeShiftSwap(argument: _frontdesk_v1_AgreeShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  /**
   * SUPERVISOR or MANAGER of the record's site: PENDING -> APPROVED; the
   * record takes the claimed time (source CORRECTION) and its
   * irregularities are recomputed.
   */
  ApproveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  ApproveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  ApproveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  ApproveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  /**
   * SUPERVISOR or MANAGER of the record's site: PENDING -> APPROVED; the
   * record takes the claimed time (source CORRECTION) and its
   * irregularities are recomputed.
   */
  approveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  approveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  approveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  approveAttendanceCorrection(argument: _frontdesk_v1_ApproveAttendanceCorrectionRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  
  /**
   * Approves the current step. At the last step the application becomes
   * APPROVED and the person's overlapping assignments become ON_LEAVE —
   * COVERAGE_GAP if that leaves a fully staffed shift understaffed (assign
   * the relief first, origin LEAVE_COVER).
   */
  ApproveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  ApproveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  ApproveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  ApproveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  /**
   * Approves the current step. At the last step the application becomes
   * APPROVED and the person's overlapping assignments become ON_LEAVE —
   * COVERAGE_GAP if that leaves a fully staffed shift understaffed (assign
   * the relief first, origin LEAVE_COVER).
   */
  approveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  approveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  approveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  approveLeaveApplication(argument: _frontdesk_v1_ApproveLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  
  /**
   * The department manager approves: AGREED -> APPROVED, and in the same
   * transaction the assignments change hands (each given-away assignment
   * becomes SWAPPED_OUT, a new one with origin SWAP is made for the other
   * party).
   */
  ApproveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  ApproveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  ApproveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  ApproveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  /**
   * The department manager approves: AGREED -> APPROVED, and in the same
   * transaction the assignments change hands (each given-away assignment
   * becomes SWAPPED_OUT, a new one with origin SWAP is made for the other
   * party).
   */
  approveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  approveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  approveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  approveShiftSwap(argument: _frontdesk_v1_ApproveShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  /**
   * The applicant withdraws: PENDING, or APPROVED before the leave starts
   * (the ON_LEAVE assignments return to SCHEDULED) -> CANCELLED.
   */
  CancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  CancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  CancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  CancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  /**
   * The applicant withdraws: PENDING, or APPROVED before the leave starts
   * (the ON_LEAVE assignments return to SCHEDULED) -> CANCELLED.
   */
  cancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  cancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  cancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  cancelLeaveApplication(argument: _frontdesk_v1_CancelLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  
  /**
   * The requester withdraws: PROPOSED or AGREED -> CANCELLED.
   */
  CancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  CancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  CancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  CancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  /**
   * The requester withdraws: PROPOSED or AGREED -> CANCELLED.
   */
  cancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  cancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  cancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  cancelShiftSwap(argument: _frontdesk_v1_CancelShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  /**
   * Clocks in at the server's time (never the client's). Picks the caller's
   * SCHEDULED assignment at the site whose window [start - 2 h, end)
   * contains now (NO_DUTY_ASSIGNMENT otherwise: nobody covers a post
   * unofficially, 不得擅自代班); ALREADY_CLOCKED_IN if it has a clock-in.
   * The assignment becomes ON_DUTY.
   */
  ClockIn(argument: _frontdesk_v1_ClockInRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  ClockIn(argument: _frontdesk_v1_ClockInRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  ClockIn(argument: _frontdesk_v1_ClockInRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  ClockIn(argument: _frontdesk_v1_ClockInRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  /**
   * Clocks in at the server's time (never the client's). Picks the caller's
   * SCHEDULED assignment at the site whose window [start - 2 h, end)
   * contains now (NO_DUTY_ASSIGNMENT otherwise: nobody covers a post
   * unofficially, 不得擅自代班); ALREADY_CLOCKED_IN if it has a clock-in.
   * The assignment becomes ON_DUTY.
   */
  clockIn(argument: _frontdesk_v1_ClockInRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  clockIn(argument: _frontdesk_v1_ClockInRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  clockIn(argument: _frontdesk_v1_ClockInRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  clockIn(argument: _frontdesk_v1_ClockInRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  
  /**
   * Clocks out at the server's time. NOT_CLOCKED_IN without a clock-in.
   * When the shift ends with a handover (front-desk duty), the handover must
   * be ACCEPTED first (RELIEF_NOT_ON_DUTY), except when a SUPERVISOR or
   * MANAGER clocks the person out with override_reason (e.g. taken ill).
   */
  ClockOut(argument: _frontdesk_v1_ClockOutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  ClockOut(argument: _frontdesk_v1_ClockOutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  ClockOut(argument: _frontdesk_v1_ClockOutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  ClockOut(argument: _frontdesk_v1_ClockOutRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  /**
   * Clocks out at the server's time. NOT_CLOCKED_IN without a clock-in.
   * When the shift ends with a handover (front-desk duty), the handover must
   * be ACCEPTED first (RELIEF_NOT_ON_DUTY), except when a SUPERVISOR or
   * MANAGER clocks the person out with override_reason (e.g. taken ill).
   */
  clockOut(argument: _frontdesk_v1_ClockOutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  clockOut(argument: _frontdesk_v1_ClockOutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  clockOut(argument: _frontdesk_v1_ClockOutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  clockOut(argument: _frontdesk_v1_ClockOutRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  
  /**
   * A supervisor (SUPERVISOR or MANAGER at the site) consents to passing a
   * significant item on, not on a handover they wrote (SELF_APPROVAL).
   * DRAFT or SUBMITTED only; an item that is not significant is
   * INVALID_ARGUMENT, one already consented to ALREADY_CONSENTED, an
   * unknown id NOT_FOUND (HANDOVER_ITEM_NOT_FOUND).
   */
  ConsentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  ConsentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  ConsentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  ConsentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  /**
   * A supervisor (SUPERVISOR or MANAGER at the site) consents to passing a
   * significant item on, not on a handover they wrote (SELF_APPROVAL).
   * DRAFT or SUBMITTED only; an item that is not significant is
   * INVALID_ARGUMENT, one already consented to ALREADY_CONSENTED, an
   * unknown id NOT_FOUND (HANDOVER_ITEM_NOT_FOUND).
   */
  consentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  consentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  consentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  consentHandoverItem(argument: _frontdesk_v1_ConsentHandoverItemRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  /**
   * The direct supervisor countersigns (阅签) a SUBMITTED or ACCEPTED
   * handover record and its duty log (001: every record is signed by its
   * writer and countersigned by the supervisor). Once only; nobody
   * countersigns a handover they wrote or accepted (SELF_APPROVAL). The
   * records awaiting countersignature are ListHandovers with filter
   * `countersigned = false`.
   */
  CountersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  CountersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  CountersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  CountersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  /**
   * The direct supervisor countersigns (阅签) a SUBMITTED or ACCEPTED
   * handover record and its duty log (001: every record is signed by its
   * writer and countersigned by the supervisor). Once only; nobody
   * countersigns a handover they wrote or accepted (SELF_APPROVAL). The
   * records awaiting countersignature are ListHandovers with filter
   * `countersigned = false`.
   */
  countersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  countersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  countersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  countersignHandover(argument: _frontdesk_v1_CountersignHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  /**
   * Files a missed clock-in or clock-out correction (补卡).
   */
  CreateAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  CreateAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  CreateAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  CreateAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  /**
   * Files a missed clock-in or clock-out correction (补卡).
   */
  createAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  createAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  createAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  createAttendanceCorrection(argument: _frontdesk_v1_CreateAttendanceCorrectionRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  
  /**
   * Puts a staff member on a shift (materialising the shift). Rules:
   * STAFF_NOT_QUALIFIED, DUTY_OVERLAP, BACK_TO_BACK_SHIFTS, STAFF_ON_LEAVE,
   * SHIFT_ALREADY_STARTED (a shift that has started, e.g. when someone falls
   * ill on duty, accepts only origin LEAVE_COVER: an emergency relief).
   */
  CreateDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  CreateDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  CreateDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  CreateDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  /**
   * Puts a staff member on a shift (materialising the shift). Rules:
   * STAFF_NOT_QUALIFIED, DUTY_OVERLAP, BACK_TO_BACK_SHIFTS, STAFF_ON_LEAVE,
   * SHIFT_ALREADY_STARTED (a shift that has started, e.g. when someone falls
   * ill on duty, accepts only origin LEAVE_COVER: an emergency relief).
   */
  createDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  createDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  createDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  createDutyAssignment(argument: _frontdesk_v1_CreateDutyAssignmentRequest, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts the handover of `handover.outgoing_shift` as DRAFT. The caller
   * must be ON_DUTY on that shift (NOT_ON_DUTY); a second handover for the
   * same shift is ALREADY_EXISTS (HANDOVER_ALREADY_EXISTS); a shift the
   * site's plan does not have is INVALID_ARGUMENT on outgoing_shift
   * (SHIFT_NOT_FOUND). incoming_shift is the next shift of the plan. The
   * server pulls in the site's open matters as the first items (see
   * HandoverItem.Source): tickets overdue, new (not yet dispatched) or with
   * a callback due before the incoming shift ends, work orders past their
   * promise, keys on loan, visitors on the premises, and unused visitor
   * passes valid from before the incoming shift ends; one item per matter,
   * at most 200 in all (the rest stay in their own lists). They name the
   * matter by ticket number, unit, key tag or resource name, never by a
   * resident's or visitor's name or phone. The request's items follow as
   * WRITTEN items.
   */
  CreateHandover(argument: _frontdesk_v1_CreateHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  CreateHandover(argument: _frontdesk_v1_CreateHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  CreateHandover(argument: _frontdesk_v1_CreateHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  CreateHandover(argument: _frontdesk_v1_CreateHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  /**
   * Starts the handover of `handover.outgoing_shift` as DRAFT. The caller
   * must be ON_DUTY on that shift (NOT_ON_DUTY); a second handover for the
   * same shift is ALREADY_EXISTS (HANDOVER_ALREADY_EXISTS); a shift the
   * site's plan does not have is INVALID_ARGUMENT on outgoing_shift
   * (SHIFT_NOT_FOUND). incoming_shift is the next shift of the plan. The
   * server pulls in the site's open matters as the first items (see
   * HandoverItem.Source): tickets overdue, new (not yet dispatched) or with
   * a callback due before the incoming shift ends, work orders past their
   * promise, keys on loan, visitors on the premises, and unused visitor
   * passes valid from before the incoming shift ends; one item per matter,
   * at most 200 in all (the rest stay in their own lists). They name the
   * matter by ticket number, unit, key tag or resource name, never by a
   * resident's or visitor's name or phone. The request's items follow as
   * WRITTEN items.
   */
  createHandover(argument: _frontdesk_v1_CreateHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  createHandover(argument: _frontdesk_v1_CreateHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  createHandover(argument: _frontdesk_v1_CreateHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  createHandover(argument: _frontdesk_v1_CreateHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  /**
   * Applies for leave (status PENDING at the first approval step).
   */
  CreateLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  CreateLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  CreateLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  CreateLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  /**
   * Applies for leave (status PENDING at the first approval step).
   */
  createLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  createLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  createLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  createLeaveApplication(argument: _frontdesk_v1_CreateLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  
  /**
   * Proposes a swap (status PROPOSED). All ShiftSwap rules are checked here
   * and again at AgreeShiftSwap and ApproveShiftSwap.
   */
  CreateShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  CreateShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  CreateShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  CreateShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  /**
   * Proposes a swap (status PROPOSED). All ShiftSwap rules are checked here
   * and again at AgreeShiftSwap and ApproveShiftSwap.
   */
  createShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  createShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  createShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  createShiftSwap(argument: _frontdesk_v1_CreateShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  /**
   * The counterpart declines: PROPOSED -> DECLINED.
   */
  DeclineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  DeclineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  DeclineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  DeclineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  /**
   * The counterpart declines: PROPOSED -> DECLINED.
   */
  declineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  declineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  declineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  declineShiftSwap(argument: _frontdesk_v1_DeclineShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the day to what its weekday says (MANAGER of the site).
   */
  DeleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  DeleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  DeleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  DeleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the day to what its weekday says (MANAGER of the site).
   */
  deleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  deleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  deleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  deleteCalendarDay(argument: _frontdesk_v1_DeleteCalendarDayRequest, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a SCHEDULED assignment of a shift that has not started
   * (SHIFT_ALREADY_STARTED); COVERAGE_GAP if it would leave the shift
   * understaffed. Kept as status CANCELLED, not erased.
   */
  DeleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  DeleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  DeleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  DeleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a SCHEDULED assignment of a shift that has not started
   * (SHIFT_ALREADY_STARTED); COVERAGE_GAP if it would leave the shift
   * understaffed. Kept as status CANCELLED, not erased.
   */
  deleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  deleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  deleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  deleteDutyAssignment(argument: _frontdesk_v1_DeleteDutyAssignmentRequest, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  
  GetAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  GetAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  GetAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  GetAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  getAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  getAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  getAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  getAttendanceRecord(argument: _frontdesk_v1_GetAttendanceRecordRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceRecord__Output>): grpc.ClientUnaryCall;
  
  /**
   * One person's month, "staff/{staff}/attendanceSummaries/{yyyy-mm}",
   * computed from the records (and leave, swaps, corrections) at read time.
   */
  GetAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  GetAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  GetAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  GetAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  /**
   * One person's month, "staff/{staff}/attendanceSummaries/{yyyy-mm}",
   * computed from the records (and leave, swaps, corrections) at read time.
   */
  getAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _frontdesk_v1_GetAttendanceSummaryRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  
  GetHandover(argument: _frontdesk_v1_GetHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  GetHandover(argument: _frontdesk_v1_GetHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  GetHandover(argument: _frontdesk_v1_GetHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  GetHandover(argument: _frontdesk_v1_GetHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  getHandover(argument: _frontdesk_v1_GetHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  getHandover(argument: _frontdesk_v1_GetHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  getHandover(argument: _frontdesk_v1_GetHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  getHandover(argument: _frontdesk_v1_GetHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  GetLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  GetLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  GetLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  GetLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  getLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  getLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  getLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  getLeaveApplication(argument: _frontdesk_v1_GetLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  
  /**
   * The site's singleton "sites/{site}/rosterPolicy": its shift definitions
   * and the limits below. A site that never set it reads the defaults: "day"
   * 08:00 for 12 h and "night" 20:00 for 12 h, one receptionist each.
   */
  GetRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  GetRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  GetRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  GetRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  /**
   * The site's singleton "sites/{site}/rosterPolicy": its shift definitions
   * and the limits below. A site that never set it reads the defaults: "day"
   * 08:00 for 12 h and "night" 20:00 for 12 h, one receptionist each.
   */
  getRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  getRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  getRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  getRosterPolicy(argument: _frontdesk_v1_GetRosterPolicyRequest, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  
  /**
   * One shift, "sites/{site}/shifts/{yyyymmdd}-{definition}", e.g.
   * "sites/hx/shifts/20261123-night". Every date has its shifts: one not yet
   * materialised is computed from the policy and returned with no
   * assignments.
   */
  GetShift(argument: _frontdesk_v1_GetShiftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  GetShift(argument: _frontdesk_v1_GetShiftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  GetShift(argument: _frontdesk_v1_GetShiftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  GetShift(argument: _frontdesk_v1_GetShiftRequest, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  /**
   * One shift, "sites/{site}/shifts/{yyyymmdd}-{definition}", e.g.
   * "sites/hx/shifts/20261123-night". Every date has its shifts: one not yet
   * materialised is computed from the policy and returned with no
   * assignments.
   */
  getShift(argument: _frontdesk_v1_GetShiftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  getShift(argument: _frontdesk_v1_GetShiftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  getShift(argument: _frontdesk_v1_GetShiftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  getShift(argument: _frontdesk_v1_GetShiftRequest, callback: grpc.requestCallback<_frontdesk_v1_Shift__Output>): grpc.ClientUnaryCall;
  
  GetShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  GetShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  GetShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  GetShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  getShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  getShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  getShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  getShiftSwap(argument: _frontdesk_v1_GetShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  ListAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceCorrections(argument: _frontdesk_v1_ListAttendanceCorrectionsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceCorrectionsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Newest scheduled_start first.
   */
  ListAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Newest scheduled_start first.
   */
  listAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceRecords(argument: _frontdesk_v1_ListAttendanceRecordsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceRecordsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A site's month for everyone: parent "staff/-" with filter
   * `site = "sites/hx" AND month = "2026-11"`.
   */
  ListAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  ListAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A site's month for everyone: parent "staff/-" with filter
   * `site = "sites/hx" AND month = "2026-11"`.
   */
  listAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  listAttendanceSummaries(argument: _frontdesk_v1_ListAttendanceSummariesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListAttendanceSummariesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The days of a date range that are not what their weekday says, in date
   * order. Anyone at the site reads it.
   */
  ListCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  ListCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  ListCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  ListCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The days of a date range that are not what their weekday says, in date
   * order. Anyone at the site reads it.
   */
  listCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  listCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  listCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  listCalendarDays(argument: _frontdesk_v1_ListCalendarDaysRequest, callback: grpc.requestCallback<_frontdesk_v1_ListCalendarDaysResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Assignments of one shift, or of "sites/{site}/shifts/-" /
   * "sites/-/shifts/-" filtered by staff and dates (a person's schedule).
   */
  ListDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Assignments of one shift, or of "sites/{site}/shifts/-" /
   * "sites/-/shifts/-" filtered by staff and dates (a person's schedule).
   */
  listDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listDutyAssignments(argument: _frontdesk_v1_ListDutyAssignmentsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListDutyAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Newest first.
   */
  ListHandovers(argument: _frontdesk_v1_ListHandoversRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  ListHandovers(argument: _frontdesk_v1_ListHandoversRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  ListHandovers(argument: _frontdesk_v1_ListHandoversRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  ListHandovers(argument: _frontdesk_v1_ListHandoversRequest, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Newest first.
   */
  listHandovers(argument: _frontdesk_v1_ListHandoversRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  listHandovers(argument: _frontdesk_v1_ListHandoversRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  listHandovers(argument: _frontdesk_v1_ListHandoversRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  listHandovers(argument: _frontdesk_v1_ListHandoversRequest, callback: grpc.requestCallback<_frontdesk_v1_ListHandoversResponse__Output>): grpc.ClientUnaryCall;
  
  ListLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listLeaveApplications(argument: _frontdesk_v1_ListLeaveApplicationsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListLeaveApplicationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  ListShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  ListShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  ListShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  listShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  listShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  listShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  listShiftSwaps(argument: _frontdesk_v1_ListShiftSwapsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListShiftSwapsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Shifts of a date range in start order, with their assignments; the way
   * a supervisor sees the roster and its gaps (filter understaffed = true).
   */
  ListShifts(argument: _frontdesk_v1_ListShiftsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  ListShifts(argument: _frontdesk_v1_ListShiftsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  ListShifts(argument: _frontdesk_v1_ListShiftsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  ListShifts(argument: _frontdesk_v1_ListShiftsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Shifts of a date range in start order, with their assignments; the way
   * a supervisor sees the roster and its gaps (filter understaffed = true).
   */
  listShifts(argument: _frontdesk_v1_ListShiftsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  listShifts(argument: _frontdesk_v1_ListShiftsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  listShifts(argument: _frontdesk_v1_ListShiftsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  listShifts(argument: _frontdesk_v1_ListShiftsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListShiftsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * PENDING -> REJECTED.
   */
  RejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  RejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  RejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  RejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  /**
   * PENDING -> REJECTED.
   */
  rejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  rejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  rejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  rejectAttendanceCorrection(argument: _frontdesk_v1_RejectAttendanceCorrectionRequest, callback: grpc.requestCallback<_frontdesk_v1_AttendanceCorrection__Output>): grpc.ClientUnaryCall;
  
  /**
   * Rejects at the current step: PENDING -> REJECTED.
   */
  RejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  RejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  RejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  RejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  /**
   * Rejects at the current step: PENDING -> REJECTED.
   */
  rejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  rejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  rejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  rejectLeaveApplication(argument: _frontdesk_v1_RejectLeaveApplicationRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  
  /**
   * The department manager refuses: PROPOSED or AGREED -> REJECTED.
   */
  RejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  RejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  RejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  RejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  /**
   * The department manager refuses: PROPOSED or AGREED -> REJECTED.
   */
  rejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  rejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  rejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  rejectShiftSwap(argument: _frontdesk_v1_RejectShiftSwapRequest, callback: grpc.requestCallback<_frontdesk_v1_ShiftSwap__Output>): grpc.ClientUnaryCall;
  
  /**
   * A supervisor (SUPERVISOR or MANAGER at the site) releases an outgoing
   * receptionist whose relief has not taken over (taken ill, a family
   * emergency): their ON_DUTY assignment becomes RELIEVED with the reason
   * and the releasing supervisor recorded, so they may clock out
   * (接班人员未上岗,不准下岗 — unless released). Only an ON_DUTY assignment
   * of a shift whose handover is not ACCEPTED (HANDOVER_WRONG_STATE; not
   * ON_DUTY: NOT_ON_DUTY). Nobody releases themself (SELF_APPROVAL).
   */
  ReleaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  ReleaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  ReleaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  ReleaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  /**
   * A supervisor (SUPERVISOR or MANAGER at the site) releases an outgoing
   * receptionist whose relief has not taken over (taken ill, a family
   * emergency): their ON_DUTY assignment becomes RELIEVED with the reason
   * and the releasing supervisor recorded, so they may clock out
   * (接班人员未上岗,不准下岗 — unless released). Only an ON_DUTY assignment
   * of a shift whose handover is not ACCEPTED (HANDOVER_WRONG_STATE; not
   * ON_DUTY: NOT_ON_DUTY). Nobody releases themself (SELF_APPROVAL).
   */
  releaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  releaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  releaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  releaseFromDuty(argument: _frontdesk_v1_ReleaseFromDutyRequest, callback: grpc.requestCallback<_frontdesk_v1_DutyAssignment__Output>): grpc.ClientUnaryCall;
  
  /**
   * The person reports back (销假): APPROVED -> RETURNED at the server's
   * time, by the applicant or a SUPERVISOR/MANAGER of the site on their
   * behalf, once the leave has started (before: LEAVE_WRONG_STATE, cancel
   * it instead). Returning before end_time gives back the assignments of shifts
   * that start after the return (ON_LEAVE -> SCHEDULED) where the shift
   * still needs them; an APPROVED leave whose end has passed without a
   * report back is listed with filter `awaiting_return = true`.
   */
  ReturnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  ReturnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  ReturnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  ReturnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  /**
   * The person reports back (销假): APPROVED -> RETURNED at the server's
   * time, by the applicant or a SUPERVISOR/MANAGER of the site on their
   * behalf, once the leave has started (before: LEAVE_WRONG_STATE, cancel
   * it instead). Returning before end_time gives back the assignments of shifts
   * that start after the return (ON_LEAVE -> SCHEDULED) where the shift
   * still needs them; an APPROVED leave whose end has passed without a
   * report back is listed with filter `awaiting_return = true`.
   */
  returnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  returnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  returnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  returnFromLeave(argument: _frontdesk_v1_ReturnFromLeaveRequest, callback: grpc.requestCallback<_frontdesk_v1_LeaveApplication__Output>): grpc.ClientUnaryCall;
  
  /**
   * DRAFT -> SUBMITTED, by someone ON_DUTY on the outgoing shift
   * (NOT_ON_DUTY) once the duty log is written (DUTY_LOG_REQUIRED). From
   * then on the record is not edited; a later remark is the incoming side's
   * remarks or a ticket note.
   */
  SubmitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  SubmitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  SubmitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  SubmitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  /**
   * DRAFT -> SUBMITTED, by someone ON_DUTY on the outgoing shift
   * (NOT_ON_DUTY) once the duty log is written (DUTY_LOG_REQUIRED). From
   * then on the record is not edited; a later remark is the incoming side's
   * remarks or a ticket note.
   */
  submitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  submitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  submitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  submitHandover(argument: _frontdesk_v1_SubmitHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets one day (MANAGER of the site). With allow_missing a day not yet
   * in the calendar is added (AIP-134 upsert); a weekday marked
   * MAKEUP_WORKDAY is INVALID_ARGUMENT. Swaps already agreed keep the
   * notice they were checked with; later checks read the new calendar.
   */
  UpdateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  UpdateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  UpdateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  UpdateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  /**
   * Sets one day (MANAGER of the site). With allow_missing a day not yet
   * in the calendar is added (AIP-134 upsert); a weekday marked
   * MAKEUP_WORKDAY is INVALID_ARGUMENT. Swaps already agreed keep the
   * notice they were checked with; later checks read the new calendar.
   */
  updateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  updateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  updateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  updateCalendarDay(argument: _frontdesk_v1_UpdateCalendarDayRequest, callback: grpc.requestCallback<_frontdesk_v1_CalendarDay__Output>): grpc.ClientUnaryCall;
  
  /**
   * Edits duty_log and items while DRAFT (HANDOVER_WRONG_STATE otherwise);
   * any receptionist ON_DUTY on the outgoing shift (NOT_ON_DUTY). Only the
   * WRITTEN items are replaced; pulled-in items stay as they are.
   */
  UpdateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  UpdateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  UpdateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  UpdateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  /**
   * Edits duty_log and items while DRAFT (HANDOVER_WRONG_STATE otherwise);
   * any receptionist ON_DUTY on the outgoing shift (NOT_ON_DUTY). Only the
   * WRITTEN items are replaced; pulled-in items stay as they are.
   */
  updateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  updateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  updateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  updateHandover(argument: _frontdesk_v1_UpdateHandoverRequest, callback: grpc.requestCallback<_frontdesk_v1_Handover__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces the fields in update_mask. `shifts` is validated as a whole
   * (SHIFT_PLAN_NOT_CONTIGUOUS) and applies to shifts not yet materialised;
   * materialised shifts keep the definition they were created with.
   */
  UpdateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  UpdateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  UpdateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  UpdateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces the fields in update_mask. `shifts` is validated as a whole
   * (SHIFT_PLAN_NOT_CONTIGUOUS) and applies to shifts not yet materialised;
   * materialised shifts keep the definition they were created with.
   */
  updateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  updateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  updateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  updateRosterPolicy(argument: _frontdesk_v1_UpdateRosterPolicyRequest, callback: grpc.requestCallback<_frontdesk_v1_RosterPolicy__Output>): grpc.ClientUnaryCall;
  
}

export interface RosterServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The incoming receptionist signs. Rules: status SUBMITTED
   * (HANDOVER_WRONG_STATE); the caller has an assignment on incoming_shift
   * and has clocked in (NOT_CLOCKED_IN); acknowledged_item_ids lists every
   * item (INVALID_ARGUMENT otherwise: each item is checked); every
   * significant item is either in finished_together_item_ids or has a
   * consent (SIGNIFICANT_ITEM_NOT_CONSENTED, ErrorInfo metadata "item_ids").
   */
  AcceptHandover: grpc.handleUnaryCall<_frontdesk_v1_AcceptHandoverRequest__Output, _frontdesk_v1_Handover>;
  
  /**
   * The counterpart agrees: PROPOSED -> AGREED.
   */
  AgreeShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_AgreeShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  /**
   * SUPERVISOR or MANAGER of the record's site: PENDING -> APPROVED; the
   * record takes the claimed time (source CORRECTION) and its
   * irregularities are recomputed.
   */
  ApproveAttendanceCorrection: grpc.handleUnaryCall<_frontdesk_v1_ApproveAttendanceCorrectionRequest__Output, _frontdesk_v1_AttendanceCorrection>;
  
  /**
   * Approves the current step. At the last step the application becomes
   * APPROVED and the person's overlapping assignments become ON_LEAVE —
   * COVERAGE_GAP if that leaves a fully staffed shift understaffed (assign
   * the relief first, origin LEAVE_COVER).
   */
  ApproveLeaveApplication: grpc.handleUnaryCall<_frontdesk_v1_ApproveLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication>;
  
  /**
   * The department manager approves: AGREED -> APPROVED, and in the same
   * transaction the assignments change hands (each given-away assignment
   * becomes SWAPPED_OUT, a new one with origin SWAP is made for the other
   * party).
   */
  ApproveShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_ApproveShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  /**
   * The applicant withdraws: PENDING, or APPROVED before the leave starts
   * (the ON_LEAVE assignments return to SCHEDULED) -> CANCELLED.
   */
  CancelLeaveApplication: grpc.handleUnaryCall<_frontdesk_v1_CancelLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication>;
  
  /**
   * The requester withdraws: PROPOSED or AGREED -> CANCELLED.
   */
  CancelShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_CancelShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  /**
   * Clocks in at the server's time (never the client's). Picks the caller's
   * SCHEDULED assignment at the site whose window [start - 2 h, end)
   * contains now (NO_DUTY_ASSIGNMENT otherwise: nobody covers a post
   * unofficially, 不得擅自代班); ALREADY_CLOCKED_IN if it has a clock-in.
   * The assignment becomes ON_DUTY.
   */
  ClockIn: grpc.handleUnaryCall<_frontdesk_v1_ClockInRequest__Output, _frontdesk_v1_AttendanceRecord>;
  
  /**
   * Clocks out at the server's time. NOT_CLOCKED_IN without a clock-in.
   * When the shift ends with a handover (front-desk duty), the handover must
   * be ACCEPTED first (RELIEF_NOT_ON_DUTY), except when a SUPERVISOR or
   * MANAGER clocks the person out with override_reason (e.g. taken ill).
   */
  ClockOut: grpc.handleUnaryCall<_frontdesk_v1_ClockOutRequest__Output, _frontdesk_v1_AttendanceRecord>;
  
  /**
   * A supervisor (SUPERVISOR or MANAGER at the site) consents to passing a
   * significant item on, not on a handover they wrote (SELF_APPROVAL).
   * DRAFT or SUBMITTED only; an item that is not significant is
   * INVALID_ARGUMENT, one already consented to ALREADY_CONSENTED, an
   * unknown id NOT_FOUND (HANDOVER_ITEM_NOT_FOUND).
   */
  ConsentHandoverItem: grpc.handleUnaryCall<_frontdesk_v1_ConsentHandoverItemRequest__Output, _frontdesk_v1_Handover>;
  
  /**
   * The direct supervisor countersigns (阅签) a SUBMITTED or ACCEPTED
   * handover record and its duty log (001: every record is signed by its
   * writer and countersigned by the supervisor). Once only; nobody
   * countersigns a handover they wrote or accepted (SELF_APPROVAL). The
   * records awaiting countersignature are ListHandovers with filter
   * `countersigned = false`.
   */
  CountersignHandover: grpc.handleUnaryCall<_frontdesk_v1_CountersignHandoverRequest__Output, _frontdesk_v1_Handover>;
  
  /**
   * Files a missed clock-in or clock-out correction (补卡).
   */
  CreateAttendanceCorrection: grpc.handleUnaryCall<_frontdesk_v1_CreateAttendanceCorrectionRequest__Output, _frontdesk_v1_AttendanceCorrection>;
  
  /**
   * Puts a staff member on a shift (materialising the shift). Rules:
   * STAFF_NOT_QUALIFIED, DUTY_OVERLAP, BACK_TO_BACK_SHIFTS, STAFF_ON_LEAVE,
   * SHIFT_ALREADY_STARTED (a shift that has started, e.g. when someone falls
   * ill on duty, accepts only origin LEAVE_COVER: an emergency relief).
   */
  CreateDutyAssignment: grpc.handleUnaryCall<_frontdesk_v1_CreateDutyAssignmentRequest__Output, _frontdesk_v1_DutyAssignment>;
  
  /**
   * Starts the handover of `handover.outgoing_shift` as DRAFT. The caller
   * must be ON_DUTY on that shift (NOT_ON_DUTY); a second handover for the
   * same shift is ALREADY_EXISTS (HANDOVER_ALREADY_EXISTS); a shift the
   * site's plan does not have is INVALID_ARGUMENT on outgoing_shift
   * (SHIFT_NOT_FOUND). incoming_shift is the next shift of the plan. The
   * server pulls in the site's open matters as the first items (see
   * HandoverItem.Source): tickets overdue, new (not yet dispatched) or with
   * a callback due before the incoming shift ends, work orders past their
   * promise, keys on loan, visitors on the premises, and unused visitor
   * passes valid from before the incoming shift ends; one item per matter,
   * at most 200 in all (the rest stay in their own lists). They name the
   * matter by ticket number, unit, key tag or resource name, never by a
   * resident's or visitor's name or phone. The request's items follow as
   * WRITTEN items.
   */
  CreateHandover: grpc.handleUnaryCall<_frontdesk_v1_CreateHandoverRequest__Output, _frontdesk_v1_Handover>;
  
  /**
   * Applies for leave (status PENDING at the first approval step).
   */
  CreateLeaveApplication: grpc.handleUnaryCall<_frontdesk_v1_CreateLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication>;
  
  /**
   * Proposes a swap (status PROPOSED). All ShiftSwap rules are checked here
   * and again at AgreeShiftSwap and ApproveShiftSwap.
   */
  CreateShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_CreateShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  /**
   * The counterpart declines: PROPOSED -> DECLINED.
   */
  DeclineShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_DeclineShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  /**
   * Returns the day to what its weekday says (MANAGER of the site).
   */
  DeleteCalendarDay: grpc.handleUnaryCall<_frontdesk_v1_DeleteCalendarDayRequest__Output, _frontdesk_v1_CalendarDay>;
  
  /**
   * Removes a SCHEDULED assignment of a shift that has not started
   * (SHIFT_ALREADY_STARTED); COVERAGE_GAP if it would leave the shift
   * understaffed. Kept as status CANCELLED, not erased.
   */
  DeleteDutyAssignment: grpc.handleUnaryCall<_frontdesk_v1_DeleteDutyAssignmentRequest__Output, _frontdesk_v1_DutyAssignment>;
  
  GetAttendanceRecord: grpc.handleUnaryCall<_frontdesk_v1_GetAttendanceRecordRequest__Output, _frontdesk_v1_AttendanceRecord>;
  
  /**
   * One person's month, "staff/{staff}/attendanceSummaries/{yyyy-mm}",
   * computed from the records (and leave, swaps, corrections) at read time.
   */
  GetAttendanceSummary: grpc.handleUnaryCall<_frontdesk_v1_GetAttendanceSummaryRequest__Output, _frontdesk_v1_AttendanceSummary>;
  
  GetHandover: grpc.handleUnaryCall<_frontdesk_v1_GetHandoverRequest__Output, _frontdesk_v1_Handover>;
  
  GetLeaveApplication: grpc.handleUnaryCall<_frontdesk_v1_GetLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication>;
  
  /**
   * The site's singleton "sites/{site}/rosterPolicy": its shift definitions
   * and the limits below. A site that never set it reads the defaults: "day"
   * 08:00 for 12 h and "night" 20:00 for 12 h, one receptionist each.
   */
  GetRosterPolicy: grpc.handleUnaryCall<_frontdesk_v1_GetRosterPolicyRequest__Output, _frontdesk_v1_RosterPolicy>;
  
  /**
   * One shift, "sites/{site}/shifts/{yyyymmdd}-{definition}", e.g.
   * "sites/hx/shifts/20261123-night". Every date has its shifts: one not yet
   * materialised is computed from the policy and returned with no
   * assignments.
   */
  GetShift: grpc.handleUnaryCall<_frontdesk_v1_GetShiftRequest__Output, _frontdesk_v1_Shift>;
  
  GetShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_GetShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  ListAttendanceCorrections: grpc.handleUnaryCall<_frontdesk_v1_ListAttendanceCorrectionsRequest__Output, _frontdesk_v1_ListAttendanceCorrectionsResponse>;
  
  /**
   * Newest scheduled_start first.
   */
  ListAttendanceRecords: grpc.handleUnaryCall<_frontdesk_v1_ListAttendanceRecordsRequest__Output, _frontdesk_v1_ListAttendanceRecordsResponse>;
  
  /**
   * A site's month for everyone: parent "staff/-" with filter
   * `site = "sites/hx" AND month = "2026-11"`.
   */
  ListAttendanceSummaries: grpc.handleUnaryCall<_frontdesk_v1_ListAttendanceSummariesRequest__Output, _frontdesk_v1_ListAttendanceSummariesResponse>;
  
  /**
   * The days of a date range that are not what their weekday says, in date
   * order. Anyone at the site reads it.
   */
  ListCalendarDays: grpc.handleUnaryCall<_frontdesk_v1_ListCalendarDaysRequest__Output, _frontdesk_v1_ListCalendarDaysResponse>;
  
  /**
   * Assignments of one shift, or of "sites/{site}/shifts/-" /
   * "sites/-/shifts/-" filtered by staff and dates (a person's schedule).
   */
  ListDutyAssignments: grpc.handleUnaryCall<_frontdesk_v1_ListDutyAssignmentsRequest__Output, _frontdesk_v1_ListDutyAssignmentsResponse>;
  
  /**
   * Newest first.
   */
  ListHandovers: grpc.handleUnaryCall<_frontdesk_v1_ListHandoversRequest__Output, _frontdesk_v1_ListHandoversResponse>;
  
  ListLeaveApplications: grpc.handleUnaryCall<_frontdesk_v1_ListLeaveApplicationsRequest__Output, _frontdesk_v1_ListLeaveApplicationsResponse>;
  
  ListShiftSwaps: grpc.handleUnaryCall<_frontdesk_v1_ListShiftSwapsRequest__Output, _frontdesk_v1_ListShiftSwapsResponse>;
  
  /**
   * Shifts of a date range in start order, with their assignments; the way
   * a supervisor sees the roster and its gaps (filter understaffed = true).
   */
  ListShifts: grpc.handleUnaryCall<_frontdesk_v1_ListShiftsRequest__Output, _frontdesk_v1_ListShiftsResponse>;
  
  /**
   * PENDING -> REJECTED.
   */
  RejectAttendanceCorrection: grpc.handleUnaryCall<_frontdesk_v1_RejectAttendanceCorrectionRequest__Output, _frontdesk_v1_AttendanceCorrection>;
  
  /**
   * Rejects at the current step: PENDING -> REJECTED.
   */
  RejectLeaveApplication: grpc.handleUnaryCall<_frontdesk_v1_RejectLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication>;
  
  /**
   * The department manager refuses: PROPOSED or AGREED -> REJECTED.
   */
  RejectShiftSwap: grpc.handleUnaryCall<_frontdesk_v1_RejectShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap>;
  
  /**
   * A supervisor (SUPERVISOR or MANAGER at the site) releases an outgoing
   * receptionist whose relief has not taken over (taken ill, a family
   * emergency): their ON_DUTY assignment becomes RELIEVED with the reason
   * and the releasing supervisor recorded, so they may clock out
   * (接班人员未上岗,不准下岗 — unless released). Only an ON_DUTY assignment
   * of a shift whose handover is not ACCEPTED (HANDOVER_WRONG_STATE; not
   * ON_DUTY: NOT_ON_DUTY). Nobody releases themself (SELF_APPROVAL).
   */
  ReleaseFromDuty: grpc.handleUnaryCall<_frontdesk_v1_ReleaseFromDutyRequest__Output, _frontdesk_v1_DutyAssignment>;
  
  /**
   * The person reports back (销假): APPROVED -> RETURNED at the server's
   * time, by the applicant or a SUPERVISOR/MANAGER of the site on their
   * behalf, once the leave has started (before: LEAVE_WRONG_STATE, cancel
   * it instead). Returning before end_time gives back the assignments of shifts
   * that start after the return (ON_LEAVE -> SCHEDULED) where the shift
   * still needs them; an APPROVED leave whose end has passed without a
   * report back is listed with filter `awaiting_return = true`.
   */
  ReturnFromLeave: grpc.handleUnaryCall<_frontdesk_v1_ReturnFromLeaveRequest__Output, _frontdesk_v1_LeaveApplication>;
  
  /**
   * DRAFT -> SUBMITTED, by someone ON_DUTY on the outgoing shift
   * (NOT_ON_DUTY) once the duty log is written (DUTY_LOG_REQUIRED). From
   * then on the record is not edited; a later remark is the incoming side's
   * remarks or a ticket note.
   */
  SubmitHandover: grpc.handleUnaryCall<_frontdesk_v1_SubmitHandoverRequest__Output, _frontdesk_v1_Handover>;
  
  /**
   * Sets one day (MANAGER of the site). With allow_missing a day not yet
   * in the calendar is added (AIP-134 upsert); a weekday marked
   * MAKEUP_WORKDAY is INVALID_ARGUMENT. Swaps already agreed keep the
   * notice they were checked with; later checks read the new calendar.
   */
  UpdateCalendarDay: grpc.handleUnaryCall<_frontdesk_v1_UpdateCalendarDayRequest__Output, _frontdesk_v1_CalendarDay>;
  
  /**
   * Edits duty_log and items while DRAFT (HANDOVER_WRONG_STATE otherwise);
   * any receptionist ON_DUTY on the outgoing shift (NOT_ON_DUTY). Only the
   * WRITTEN items are replaced; pulled-in items stay as they are.
   */
  UpdateHandover: grpc.handleUnaryCall<_frontdesk_v1_UpdateHandoverRequest__Output, _frontdesk_v1_Handover>;
  
  /**
   * Replaces the fields in update_mask. `shifts` is validated as a whole
   * (SHIFT_PLAN_NOT_CONTIGUOUS) and applies to shifts not yet materialised;
   * materialised shifts keep the definition they were created with.
   */
  UpdateRosterPolicy: grpc.handleUnaryCall<_frontdesk_v1_UpdateRosterPolicyRequest__Output, _frontdesk_v1_RosterPolicy>;
  
}

export interface RosterServiceDefinition extends grpc.ServiceDefinition {
  AcceptHandover: MethodDefinition<_frontdesk_v1_AcceptHandoverRequest, _frontdesk_v1_Handover, _frontdesk_v1_AcceptHandoverRequest__Output, _frontdesk_v1_Handover__Output>
  AgreeShiftSwap: MethodDefinition<_frontdesk_v1_AgreeShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_AgreeShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  ApproveAttendanceCorrection: MethodDefinition<_frontdesk_v1_ApproveAttendanceCorrectionRequest, _frontdesk_v1_AttendanceCorrection, _frontdesk_v1_ApproveAttendanceCorrectionRequest__Output, _frontdesk_v1_AttendanceCorrection__Output>
  ApproveLeaveApplication: MethodDefinition<_frontdesk_v1_ApproveLeaveApplicationRequest, _frontdesk_v1_LeaveApplication, _frontdesk_v1_ApproveLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication__Output>
  ApproveShiftSwap: MethodDefinition<_frontdesk_v1_ApproveShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_ApproveShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  CancelLeaveApplication: MethodDefinition<_frontdesk_v1_CancelLeaveApplicationRequest, _frontdesk_v1_LeaveApplication, _frontdesk_v1_CancelLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication__Output>
  CancelShiftSwap: MethodDefinition<_frontdesk_v1_CancelShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_CancelShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  ClockIn: MethodDefinition<_frontdesk_v1_ClockInRequest, _frontdesk_v1_AttendanceRecord, _frontdesk_v1_ClockInRequest__Output, _frontdesk_v1_AttendanceRecord__Output>
  ClockOut: MethodDefinition<_frontdesk_v1_ClockOutRequest, _frontdesk_v1_AttendanceRecord, _frontdesk_v1_ClockOutRequest__Output, _frontdesk_v1_AttendanceRecord__Output>
  ConsentHandoverItem: MethodDefinition<_frontdesk_v1_ConsentHandoverItemRequest, _frontdesk_v1_Handover, _frontdesk_v1_ConsentHandoverItemRequest__Output, _frontdesk_v1_Handover__Output>
  CountersignHandover: MethodDefinition<_frontdesk_v1_CountersignHandoverRequest, _frontdesk_v1_Handover, _frontdesk_v1_CountersignHandoverRequest__Output, _frontdesk_v1_Handover__Output>
  CreateAttendanceCorrection: MethodDefinition<_frontdesk_v1_CreateAttendanceCorrectionRequest, _frontdesk_v1_AttendanceCorrection, _frontdesk_v1_CreateAttendanceCorrectionRequest__Output, _frontdesk_v1_AttendanceCorrection__Output>
  CreateDutyAssignment: MethodDefinition<_frontdesk_v1_CreateDutyAssignmentRequest, _frontdesk_v1_DutyAssignment, _frontdesk_v1_CreateDutyAssignmentRequest__Output, _frontdesk_v1_DutyAssignment__Output>
  CreateHandover: MethodDefinition<_frontdesk_v1_CreateHandoverRequest, _frontdesk_v1_Handover, _frontdesk_v1_CreateHandoverRequest__Output, _frontdesk_v1_Handover__Output>
  CreateLeaveApplication: MethodDefinition<_frontdesk_v1_CreateLeaveApplicationRequest, _frontdesk_v1_LeaveApplication, _frontdesk_v1_CreateLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication__Output>
  CreateShiftSwap: MethodDefinition<_frontdesk_v1_CreateShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_CreateShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  DeclineShiftSwap: MethodDefinition<_frontdesk_v1_DeclineShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_DeclineShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  DeleteCalendarDay: MethodDefinition<_frontdesk_v1_DeleteCalendarDayRequest, _frontdesk_v1_CalendarDay, _frontdesk_v1_DeleteCalendarDayRequest__Output, _frontdesk_v1_CalendarDay__Output>
  DeleteDutyAssignment: MethodDefinition<_frontdesk_v1_DeleteDutyAssignmentRequest, _frontdesk_v1_DutyAssignment, _frontdesk_v1_DeleteDutyAssignmentRequest__Output, _frontdesk_v1_DutyAssignment__Output>
  GetAttendanceRecord: MethodDefinition<_frontdesk_v1_GetAttendanceRecordRequest, _frontdesk_v1_AttendanceRecord, _frontdesk_v1_GetAttendanceRecordRequest__Output, _frontdesk_v1_AttendanceRecord__Output>
  GetAttendanceSummary: MethodDefinition<_frontdesk_v1_GetAttendanceSummaryRequest, _frontdesk_v1_AttendanceSummary, _frontdesk_v1_GetAttendanceSummaryRequest__Output, _frontdesk_v1_AttendanceSummary__Output>
  GetHandover: MethodDefinition<_frontdesk_v1_GetHandoverRequest, _frontdesk_v1_Handover, _frontdesk_v1_GetHandoverRequest__Output, _frontdesk_v1_Handover__Output>
  GetLeaveApplication: MethodDefinition<_frontdesk_v1_GetLeaveApplicationRequest, _frontdesk_v1_LeaveApplication, _frontdesk_v1_GetLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication__Output>
  GetRosterPolicy: MethodDefinition<_frontdesk_v1_GetRosterPolicyRequest, _frontdesk_v1_RosterPolicy, _frontdesk_v1_GetRosterPolicyRequest__Output, _frontdesk_v1_RosterPolicy__Output>
  GetShift: MethodDefinition<_frontdesk_v1_GetShiftRequest, _frontdesk_v1_Shift, _frontdesk_v1_GetShiftRequest__Output, _frontdesk_v1_Shift__Output>
  GetShiftSwap: MethodDefinition<_frontdesk_v1_GetShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_GetShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  ListAttendanceCorrections: MethodDefinition<_frontdesk_v1_ListAttendanceCorrectionsRequest, _frontdesk_v1_ListAttendanceCorrectionsResponse, _frontdesk_v1_ListAttendanceCorrectionsRequest__Output, _frontdesk_v1_ListAttendanceCorrectionsResponse__Output>
  ListAttendanceRecords: MethodDefinition<_frontdesk_v1_ListAttendanceRecordsRequest, _frontdesk_v1_ListAttendanceRecordsResponse, _frontdesk_v1_ListAttendanceRecordsRequest__Output, _frontdesk_v1_ListAttendanceRecordsResponse__Output>
  ListAttendanceSummaries: MethodDefinition<_frontdesk_v1_ListAttendanceSummariesRequest, _frontdesk_v1_ListAttendanceSummariesResponse, _frontdesk_v1_ListAttendanceSummariesRequest__Output, _frontdesk_v1_ListAttendanceSummariesResponse__Output>
  ListCalendarDays: MethodDefinition<_frontdesk_v1_ListCalendarDaysRequest, _frontdesk_v1_ListCalendarDaysResponse, _frontdesk_v1_ListCalendarDaysRequest__Output, _frontdesk_v1_ListCalendarDaysResponse__Output>
  ListDutyAssignments: MethodDefinition<_frontdesk_v1_ListDutyAssignmentsRequest, _frontdesk_v1_ListDutyAssignmentsResponse, _frontdesk_v1_ListDutyAssignmentsRequest__Output, _frontdesk_v1_ListDutyAssignmentsResponse__Output>
  ListHandovers: MethodDefinition<_frontdesk_v1_ListHandoversRequest, _frontdesk_v1_ListHandoversResponse, _frontdesk_v1_ListHandoversRequest__Output, _frontdesk_v1_ListHandoversResponse__Output>
  ListLeaveApplications: MethodDefinition<_frontdesk_v1_ListLeaveApplicationsRequest, _frontdesk_v1_ListLeaveApplicationsResponse, _frontdesk_v1_ListLeaveApplicationsRequest__Output, _frontdesk_v1_ListLeaveApplicationsResponse__Output>
  ListShiftSwaps: MethodDefinition<_frontdesk_v1_ListShiftSwapsRequest, _frontdesk_v1_ListShiftSwapsResponse, _frontdesk_v1_ListShiftSwapsRequest__Output, _frontdesk_v1_ListShiftSwapsResponse__Output>
  ListShifts: MethodDefinition<_frontdesk_v1_ListShiftsRequest, _frontdesk_v1_ListShiftsResponse, _frontdesk_v1_ListShiftsRequest__Output, _frontdesk_v1_ListShiftsResponse__Output>
  RejectAttendanceCorrection: MethodDefinition<_frontdesk_v1_RejectAttendanceCorrectionRequest, _frontdesk_v1_AttendanceCorrection, _frontdesk_v1_RejectAttendanceCorrectionRequest__Output, _frontdesk_v1_AttendanceCorrection__Output>
  RejectLeaveApplication: MethodDefinition<_frontdesk_v1_RejectLeaveApplicationRequest, _frontdesk_v1_LeaveApplication, _frontdesk_v1_RejectLeaveApplicationRequest__Output, _frontdesk_v1_LeaveApplication__Output>
  RejectShiftSwap: MethodDefinition<_frontdesk_v1_RejectShiftSwapRequest, _frontdesk_v1_ShiftSwap, _frontdesk_v1_RejectShiftSwapRequest__Output, _frontdesk_v1_ShiftSwap__Output>
  ReleaseFromDuty: MethodDefinition<_frontdesk_v1_ReleaseFromDutyRequest, _frontdesk_v1_DutyAssignment, _frontdesk_v1_ReleaseFromDutyRequest__Output, _frontdesk_v1_DutyAssignment__Output>
  ReturnFromLeave: MethodDefinition<_frontdesk_v1_ReturnFromLeaveRequest, _frontdesk_v1_LeaveApplication, _frontdesk_v1_ReturnFromLeaveRequest__Output, _frontdesk_v1_LeaveApplication__Output>
  SubmitHandover: MethodDefinition<_frontdesk_v1_SubmitHandoverRequest, _frontdesk_v1_Handover, _frontdesk_v1_SubmitHandoverRequest__Output, _frontdesk_v1_Handover__Output>
  UpdateCalendarDay: MethodDefinition<_frontdesk_v1_UpdateCalendarDayRequest, _frontdesk_v1_CalendarDay, _frontdesk_v1_UpdateCalendarDayRequest__Output, _frontdesk_v1_CalendarDay__Output>
  UpdateHandover: MethodDefinition<_frontdesk_v1_UpdateHandoverRequest, _frontdesk_v1_Handover, _frontdesk_v1_UpdateHandoverRequest__Output, _frontdesk_v1_Handover__Output>
  UpdateRosterPolicy: MethodDefinition<_frontdesk_v1_UpdateRosterPolicyRequest, _frontdesk_v1_RosterPolicy, _frontdesk_v1_UpdateRosterPolicyRequest__Output, _frontdesk_v1_RosterPolicy__Output>
}
