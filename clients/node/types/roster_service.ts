import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcceptHandoverRequest as _frontdesk_v1_AcceptHandoverRequest, AcceptHandoverRequest__Output as _frontdesk_v1_AcceptHandoverRequest__Output } from './frontdesk/v1/AcceptHandoverRequest';
import type { AccessToken as _frontdesk_v1_AccessToken, AccessToken__Output as _frontdesk_v1_AccessToken__Output } from './frontdesk/v1/AccessToken';
import type { AgreeShiftSwapRequest as _frontdesk_v1_AgreeShiftSwapRequest, AgreeShiftSwapRequest__Output as _frontdesk_v1_AgreeShiftSwapRequest__Output } from './frontdesk/v1/AgreeShiftSwapRequest';
import type { Approval as _frontdesk_v1_Approval, Approval__Output as _frontdesk_v1_Approval__Output } from './frontdesk/v1/Approval';
import type { ApprovalStep as _frontdesk_v1_ApprovalStep, ApprovalStep__Output as _frontdesk_v1_ApprovalStep__Output } from './frontdesk/v1/ApprovalStep';
import type { ApproveAttendanceCorrectionRequest as _frontdesk_v1_ApproveAttendanceCorrectionRequest, ApproveAttendanceCorrectionRequest__Output as _frontdesk_v1_ApproveAttendanceCorrectionRequest__Output } from './frontdesk/v1/ApproveAttendanceCorrectionRequest';
import type { ApproveLeaveApplicationRequest as _frontdesk_v1_ApproveLeaveApplicationRequest, ApproveLeaveApplicationRequest__Output as _frontdesk_v1_ApproveLeaveApplicationRequest__Output } from './frontdesk/v1/ApproveLeaveApplicationRequest';
import type { ApproveShiftSwapRequest as _frontdesk_v1_ApproveShiftSwapRequest, ApproveShiftSwapRequest__Output as _frontdesk_v1_ApproveShiftSwapRequest__Output } from './frontdesk/v1/ApproveShiftSwapRequest';
import type { AttendanceCorrection as _frontdesk_v1_AttendanceCorrection, AttendanceCorrection__Output as _frontdesk_v1_AttendanceCorrection__Output } from './frontdesk/v1/AttendanceCorrection';
import type { AttendanceRecord as _frontdesk_v1_AttendanceRecord, AttendanceRecord__Output as _frontdesk_v1_AttendanceRecord__Output } from './frontdesk/v1/AttendanceRecord';
import type { AttendanceSummary as _frontdesk_v1_AttendanceSummary, AttendanceSummary__Output as _frontdesk_v1_AttendanceSummary__Output } from './frontdesk/v1/AttendanceSummary';
import type { CalendarDay as _frontdesk_v1_CalendarDay, CalendarDay__Output as _frontdesk_v1_CalendarDay__Output } from './frontdesk/v1/CalendarDay';
import type { CancelLeaveApplicationRequest as _frontdesk_v1_CancelLeaveApplicationRequest, CancelLeaveApplicationRequest__Output as _frontdesk_v1_CancelLeaveApplicationRequest__Output } from './frontdesk/v1/CancelLeaveApplicationRequest';
import type { CancelShiftSwapRequest as _frontdesk_v1_CancelShiftSwapRequest, CancelShiftSwapRequest__Output as _frontdesk_v1_CancelShiftSwapRequest__Output } from './frontdesk/v1/CancelShiftSwapRequest';
import type { ClockInRequest as _frontdesk_v1_ClockInRequest, ClockInRequest__Output as _frontdesk_v1_ClockInRequest__Output } from './frontdesk/v1/ClockInRequest';
import type { ClockOutRequest as _frontdesk_v1_ClockOutRequest, ClockOutRequest__Output as _frontdesk_v1_ClockOutRequest__Output } from './frontdesk/v1/ClockOutRequest';
import type { ConsentHandoverItemRequest as _frontdesk_v1_ConsentHandoverItemRequest, ConsentHandoverItemRequest__Output as _frontdesk_v1_ConsentHandoverItemRequest__Output } from './frontdesk/v1/ConsentHandoverItemRequest';
import type { CountersignHandoverRequest as _frontdesk_v1_CountersignHandoverRequest, CountersignHandoverRequest__Output as _frontdesk_v1_CountersignHandoverRequest__Output } from './frontdesk/v1/CountersignHandoverRequest';
import type { CoverageGap as _frontdesk_v1_CoverageGap, CoverageGap__Output as _frontdesk_v1_CoverageGap__Output } from './frontdesk/v1/CoverageGap';
import type { CreateAccessTokenRequest as _frontdesk_v1_CreateAccessTokenRequest, CreateAccessTokenRequest__Output as _frontdesk_v1_CreateAccessTokenRequest__Output } from './frontdesk/v1/CreateAccessTokenRequest';
import type { CreateApprovalRequest as _frontdesk_v1_CreateApprovalRequest, CreateApprovalRequest__Output as _frontdesk_v1_CreateApprovalRequest__Output } from './frontdesk/v1/CreateApprovalRequest';
import type { CreateAttendanceCorrectionRequest as _frontdesk_v1_CreateAttendanceCorrectionRequest, CreateAttendanceCorrectionRequest__Output as _frontdesk_v1_CreateAttendanceCorrectionRequest__Output } from './frontdesk/v1/CreateAttendanceCorrectionRequest';
import type { CreateDepartmentRequest as _frontdesk_v1_CreateDepartmentRequest, CreateDepartmentRequest__Output as _frontdesk_v1_CreateDepartmentRequest__Output } from './frontdesk/v1/CreateDepartmentRequest';
import type { CreateDutyAssignmentRequest as _frontdesk_v1_CreateDutyAssignmentRequest, CreateDutyAssignmentRequest__Output as _frontdesk_v1_CreateDutyAssignmentRequest__Output } from './frontdesk/v1/CreateDutyAssignmentRequest';
import type { CreateHandoverRequest as _frontdesk_v1_CreateHandoverRequest, CreateHandoverRequest__Output as _frontdesk_v1_CreateHandoverRequest__Output } from './frontdesk/v1/CreateHandoverRequest';
import type { CreateLeaveApplicationRequest as _frontdesk_v1_CreateLeaveApplicationRequest, CreateLeaveApplicationRequest__Output as _frontdesk_v1_CreateLeaveApplicationRequest__Output } from './frontdesk/v1/CreateLeaveApplicationRequest';
import type { CreateResidentCallbackRequest as _frontdesk_v1_CreateResidentCallbackRequest, CreateResidentCallbackRequest__Output as _frontdesk_v1_CreateResidentCallbackRequest__Output } from './frontdesk/v1/CreateResidentCallbackRequest';
import type { CreateShiftSwapRequest as _frontdesk_v1_CreateShiftSwapRequest, CreateShiftSwapRequest__Output as _frontdesk_v1_CreateShiftSwapRequest__Output } from './frontdesk/v1/CreateShiftSwapRequest';
import type { CreateSiteRequest as _frontdesk_v1_CreateSiteRequest, CreateSiteRequest__Output as _frontdesk_v1_CreateSiteRequest__Output } from './frontdesk/v1/CreateSiteRequest';
import type { CreateStaffMemberRequest as _frontdesk_v1_CreateStaffMemberRequest, CreateStaffMemberRequest__Output as _frontdesk_v1_CreateStaffMemberRequest__Output } from './frontdesk/v1/CreateStaffMemberRequest';
import type { CreateUnitRequest as _frontdesk_v1_CreateUnitRequest, CreateUnitRequest__Output as _frontdesk_v1_CreateUnitRequest__Output } from './frontdesk/v1/CreateUnitRequest';
import type { CreateVendorRequest as _frontdesk_v1_CreateVendorRequest, CreateVendorRequest__Output as _frontdesk_v1_CreateVendorRequest__Output } from './frontdesk/v1/CreateVendorRequest';
import type { DeclineShiftSwapRequest as _frontdesk_v1_DeclineShiftSwapRequest, DeclineShiftSwapRequest__Output as _frontdesk_v1_DeclineShiftSwapRequest__Output } from './frontdesk/v1/DeclineShiftSwapRequest';
import type { DeleteCalendarDayRequest as _frontdesk_v1_DeleteCalendarDayRequest, DeleteCalendarDayRequest__Output as _frontdesk_v1_DeleteCalendarDayRequest__Output } from './frontdesk/v1/DeleteCalendarDayRequest';
import type { DeleteDutyAssignmentRequest as _frontdesk_v1_DeleteDutyAssignmentRequest, DeleteDutyAssignmentRequest__Output as _frontdesk_v1_DeleteDutyAssignmentRequest__Output } from './frontdesk/v1/DeleteDutyAssignmentRequest';
import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from './frontdesk/v1/Department';
import type { DirectoryServiceClient as _frontdesk_v1_DirectoryServiceClient, DirectoryServiceDefinition as _frontdesk_v1_DirectoryServiceDefinition } from './frontdesk/v1/DirectoryService';
import type { DutyAssignment as _frontdesk_v1_DutyAssignment, DutyAssignment__Output as _frontdesk_v1_DutyAssignment__Output } from './frontdesk/v1/DutyAssignment';
import type { GetApprovalRequest as _frontdesk_v1_GetApprovalRequest, GetApprovalRequest__Output as _frontdesk_v1_GetApprovalRequest__Output } from './frontdesk/v1/GetApprovalRequest';
import type { GetAttendanceRecordRequest as _frontdesk_v1_GetAttendanceRecordRequest, GetAttendanceRecordRequest__Output as _frontdesk_v1_GetAttendanceRecordRequest__Output } from './frontdesk/v1/GetAttendanceRecordRequest';
import type { GetAttendanceSummaryRequest as _frontdesk_v1_GetAttendanceSummaryRequest, GetAttendanceSummaryRequest__Output as _frontdesk_v1_GetAttendanceSummaryRequest__Output } from './frontdesk/v1/GetAttendanceSummaryRequest';
import type { GetDepartmentRequest as _frontdesk_v1_GetDepartmentRequest, GetDepartmentRequest__Output as _frontdesk_v1_GetDepartmentRequest__Output } from './frontdesk/v1/GetDepartmentRequest';
import type { GetHandoverRequest as _frontdesk_v1_GetHandoverRequest, GetHandoverRequest__Output as _frontdesk_v1_GetHandoverRequest__Output } from './frontdesk/v1/GetHandoverRequest';
import type { GetLeaveApplicationRequest as _frontdesk_v1_GetLeaveApplicationRequest, GetLeaveApplicationRequest__Output as _frontdesk_v1_GetLeaveApplicationRequest__Output } from './frontdesk/v1/GetLeaveApplicationRequest';
import type { GetRosterPolicyRequest as _frontdesk_v1_GetRosterPolicyRequest, GetRosterPolicyRequest__Output as _frontdesk_v1_GetRosterPolicyRequest__Output } from './frontdesk/v1/GetRosterPolicyRequest';
import type { GetShiftRequest as _frontdesk_v1_GetShiftRequest, GetShiftRequest__Output as _frontdesk_v1_GetShiftRequest__Output } from './frontdesk/v1/GetShiftRequest';
import type { GetShiftSwapRequest as _frontdesk_v1_GetShiftSwapRequest, GetShiftSwapRequest__Output as _frontdesk_v1_GetShiftSwapRequest__Output } from './frontdesk/v1/GetShiftSwapRequest';
import type { GetSiteRequest as _frontdesk_v1_GetSiteRequest, GetSiteRequest__Output as _frontdesk_v1_GetSiteRequest__Output } from './frontdesk/v1/GetSiteRequest';
import type { GetStaffMemberRequest as _frontdesk_v1_GetStaffMemberRequest, GetStaffMemberRequest__Output as _frontdesk_v1_GetStaffMemberRequest__Output } from './frontdesk/v1/GetStaffMemberRequest';
import type { GetUnitRequest as _frontdesk_v1_GetUnitRequest, GetUnitRequest__Output as _frontdesk_v1_GetUnitRequest__Output } from './frontdesk/v1/GetUnitRequest';
import type { GetVendorRequest as _frontdesk_v1_GetVendorRequest, GetVendorRequest__Output as _frontdesk_v1_GetVendorRequest__Output } from './frontdesk/v1/GetVendorRequest';
import type { Handover as _frontdesk_v1_Handover, Handover__Output as _frontdesk_v1_Handover__Output } from './frontdesk/v1/Handover';
import type { HandoverItem as _frontdesk_v1_HandoverItem, HandoverItem__Output as _frontdesk_v1_HandoverItem__Output } from './frontdesk/v1/HandoverItem';
import type { InventoryCount as _frontdesk_v1_InventoryCount, InventoryCount__Output as _frontdesk_v1_InventoryCount__Output } from './frontdesk/v1/InventoryCount';
import type { InventoryItem as _frontdesk_v1_InventoryItem, InventoryItem__Output as _frontdesk_v1_InventoryItem__Output } from './frontdesk/v1/InventoryItem';
import type { LeaveApplication as _frontdesk_v1_LeaveApplication, LeaveApplication__Output as _frontdesk_v1_LeaveApplication__Output } from './frontdesk/v1/LeaveApplication';
import type { LeaveDays as _frontdesk_v1_LeaveDays, LeaveDays__Output as _frontdesk_v1_LeaveDays__Output } from './frontdesk/v1/LeaveDays';
import type { ListAttendanceCorrectionsRequest as _frontdesk_v1_ListAttendanceCorrectionsRequest, ListAttendanceCorrectionsRequest__Output as _frontdesk_v1_ListAttendanceCorrectionsRequest__Output } from './frontdesk/v1/ListAttendanceCorrectionsRequest';
import type { ListAttendanceCorrectionsResponse as _frontdesk_v1_ListAttendanceCorrectionsResponse, ListAttendanceCorrectionsResponse__Output as _frontdesk_v1_ListAttendanceCorrectionsResponse__Output } from './frontdesk/v1/ListAttendanceCorrectionsResponse';
import type { ListAttendanceRecordsRequest as _frontdesk_v1_ListAttendanceRecordsRequest, ListAttendanceRecordsRequest__Output as _frontdesk_v1_ListAttendanceRecordsRequest__Output } from './frontdesk/v1/ListAttendanceRecordsRequest';
import type { ListAttendanceRecordsResponse as _frontdesk_v1_ListAttendanceRecordsResponse, ListAttendanceRecordsResponse__Output as _frontdesk_v1_ListAttendanceRecordsResponse__Output } from './frontdesk/v1/ListAttendanceRecordsResponse';
import type { ListAttendanceSummariesRequest as _frontdesk_v1_ListAttendanceSummariesRequest, ListAttendanceSummariesRequest__Output as _frontdesk_v1_ListAttendanceSummariesRequest__Output } from './frontdesk/v1/ListAttendanceSummariesRequest';
import type { ListAttendanceSummariesResponse as _frontdesk_v1_ListAttendanceSummariesResponse, ListAttendanceSummariesResponse__Output as _frontdesk_v1_ListAttendanceSummariesResponse__Output } from './frontdesk/v1/ListAttendanceSummariesResponse';
import type { ListCalendarDaysRequest as _frontdesk_v1_ListCalendarDaysRequest, ListCalendarDaysRequest__Output as _frontdesk_v1_ListCalendarDaysRequest__Output } from './frontdesk/v1/ListCalendarDaysRequest';
import type { ListCalendarDaysResponse as _frontdesk_v1_ListCalendarDaysResponse, ListCalendarDaysResponse__Output as _frontdesk_v1_ListCalendarDaysResponse__Output } from './frontdesk/v1/ListCalendarDaysResponse';
import type { ListDepartmentsRequest as _frontdesk_v1_ListDepartmentsRequest, ListDepartmentsRequest__Output as _frontdesk_v1_ListDepartmentsRequest__Output } from './frontdesk/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse as _frontdesk_v1_ListDepartmentsResponse, ListDepartmentsResponse__Output as _frontdesk_v1_ListDepartmentsResponse__Output } from './frontdesk/v1/ListDepartmentsResponse';
import type { ListDutyAssignmentsRequest as _frontdesk_v1_ListDutyAssignmentsRequest, ListDutyAssignmentsRequest__Output as _frontdesk_v1_ListDutyAssignmentsRequest__Output } from './frontdesk/v1/ListDutyAssignmentsRequest';
import type { ListDutyAssignmentsResponse as _frontdesk_v1_ListDutyAssignmentsResponse, ListDutyAssignmentsResponse__Output as _frontdesk_v1_ListDutyAssignmentsResponse__Output } from './frontdesk/v1/ListDutyAssignmentsResponse';
import type { ListHandoversRequest as _frontdesk_v1_ListHandoversRequest, ListHandoversRequest__Output as _frontdesk_v1_ListHandoversRequest__Output } from './frontdesk/v1/ListHandoversRequest';
import type { ListHandoversResponse as _frontdesk_v1_ListHandoversResponse, ListHandoversResponse__Output as _frontdesk_v1_ListHandoversResponse__Output } from './frontdesk/v1/ListHandoversResponse';
import type { ListLeaveApplicationsRequest as _frontdesk_v1_ListLeaveApplicationsRequest, ListLeaveApplicationsRequest__Output as _frontdesk_v1_ListLeaveApplicationsRequest__Output } from './frontdesk/v1/ListLeaveApplicationsRequest';
import type { ListLeaveApplicationsResponse as _frontdesk_v1_ListLeaveApplicationsResponse, ListLeaveApplicationsResponse__Output as _frontdesk_v1_ListLeaveApplicationsResponse__Output } from './frontdesk/v1/ListLeaveApplicationsResponse';
import type { ListResidentCallbacksRequest as _frontdesk_v1_ListResidentCallbacksRequest, ListResidentCallbacksRequest__Output as _frontdesk_v1_ListResidentCallbacksRequest__Output } from './frontdesk/v1/ListResidentCallbacksRequest';
import type { ListResidentCallbacksResponse as _frontdesk_v1_ListResidentCallbacksResponse, ListResidentCallbacksResponse__Output as _frontdesk_v1_ListResidentCallbacksResponse__Output } from './frontdesk/v1/ListResidentCallbacksResponse';
import type { ListShiftSwapsRequest as _frontdesk_v1_ListShiftSwapsRequest, ListShiftSwapsRequest__Output as _frontdesk_v1_ListShiftSwapsRequest__Output } from './frontdesk/v1/ListShiftSwapsRequest';
import type { ListShiftSwapsResponse as _frontdesk_v1_ListShiftSwapsResponse, ListShiftSwapsResponse__Output as _frontdesk_v1_ListShiftSwapsResponse__Output } from './frontdesk/v1/ListShiftSwapsResponse';
import type { ListShiftsRequest as _frontdesk_v1_ListShiftsRequest, ListShiftsRequest__Output as _frontdesk_v1_ListShiftsRequest__Output } from './frontdesk/v1/ListShiftsRequest';
import type { ListShiftsResponse as _frontdesk_v1_ListShiftsResponse, ListShiftsResponse__Output as _frontdesk_v1_ListShiftsResponse__Output } from './frontdesk/v1/ListShiftsResponse';
import type { ListSitesRequest as _frontdesk_v1_ListSitesRequest, ListSitesRequest__Output as _frontdesk_v1_ListSitesRequest__Output } from './frontdesk/v1/ListSitesRequest';
import type { ListSitesResponse as _frontdesk_v1_ListSitesResponse, ListSitesResponse__Output as _frontdesk_v1_ListSitesResponse__Output } from './frontdesk/v1/ListSitesResponse';
import type { ListStaffMembersRequest as _frontdesk_v1_ListStaffMembersRequest, ListStaffMembersRequest__Output as _frontdesk_v1_ListStaffMembersRequest__Output } from './frontdesk/v1/ListStaffMembersRequest';
import type { ListStaffMembersResponse as _frontdesk_v1_ListStaffMembersResponse, ListStaffMembersResponse__Output as _frontdesk_v1_ListStaffMembersResponse__Output } from './frontdesk/v1/ListStaffMembersResponse';
import type { ListUnitsRequest as _frontdesk_v1_ListUnitsRequest, ListUnitsRequest__Output as _frontdesk_v1_ListUnitsRequest__Output } from './frontdesk/v1/ListUnitsRequest';
import type { ListUnitsResponse as _frontdesk_v1_ListUnitsResponse, ListUnitsResponse__Output as _frontdesk_v1_ListUnitsResponse__Output } from './frontdesk/v1/ListUnitsResponse';
import type { ListVendorsRequest as _frontdesk_v1_ListVendorsRequest, ListVendorsRequest__Output as _frontdesk_v1_ListVendorsRequest__Output } from './frontdesk/v1/ListVendorsRequest';
import type { ListVendorsResponse as _frontdesk_v1_ListVendorsResponse, ListVendorsResponse__Output as _frontdesk_v1_ListVendorsResponse__Output } from './frontdesk/v1/ListVendorsResponse';
import type { RejectAttendanceCorrectionRequest as _frontdesk_v1_RejectAttendanceCorrectionRequest, RejectAttendanceCorrectionRequest__Output as _frontdesk_v1_RejectAttendanceCorrectionRequest__Output } from './frontdesk/v1/RejectAttendanceCorrectionRequest';
import type { RejectLeaveApplicationRequest as _frontdesk_v1_RejectLeaveApplicationRequest, RejectLeaveApplicationRequest__Output as _frontdesk_v1_RejectLeaveApplicationRequest__Output } from './frontdesk/v1/RejectLeaveApplicationRequest';
import type { RejectShiftSwapRequest as _frontdesk_v1_RejectShiftSwapRequest, RejectShiftSwapRequest__Output as _frontdesk_v1_RejectShiftSwapRequest__Output } from './frontdesk/v1/RejectShiftSwapRequest';
import type { ReleaseFromDutyRequest as _frontdesk_v1_ReleaseFromDutyRequest, ReleaseFromDutyRequest__Output as _frontdesk_v1_ReleaseFromDutyRequest__Output } from './frontdesk/v1/ReleaseFromDutyRequest';
import type { ResidentCallback as _frontdesk_v1_ResidentCallback, ResidentCallback__Output as _frontdesk_v1_ResidentCallback__Output } from './frontdesk/v1/ResidentCallback';
import type { ReturnFromLeaveRequest as _frontdesk_v1_ReturnFromLeaveRequest, ReturnFromLeaveRequest__Output as _frontdesk_v1_ReturnFromLeaveRequest__Output } from './frontdesk/v1/ReturnFromLeaveRequest';
import type { RoleGrant as _frontdesk_v1_RoleGrant, RoleGrant__Output as _frontdesk_v1_RoleGrant__Output } from './frontdesk/v1/RoleGrant';
import type { RosterPolicy as _frontdesk_v1_RosterPolicy, RosterPolicy__Output as _frontdesk_v1_RosterPolicy__Output } from './frontdesk/v1/RosterPolicy';
import type { RosterServiceClient as _frontdesk_v1_RosterServiceClient, RosterServiceDefinition as _frontdesk_v1_RosterServiceDefinition } from './frontdesk/v1/RosterService';
import type { Shift as _frontdesk_v1_Shift, Shift__Output as _frontdesk_v1_Shift__Output } from './frontdesk/v1/Shift';
import type { ShiftDefinition as _frontdesk_v1_ShiftDefinition, ShiftDefinition__Output as _frontdesk_v1_ShiftDefinition__Output } from './frontdesk/v1/ShiftDefinition';
import type { ShiftSwap as _frontdesk_v1_ShiftSwap, ShiftSwap__Output as _frontdesk_v1_ShiftSwap__Output } from './frontdesk/v1/ShiftSwap';
import type { Site as _frontdesk_v1_Site, Site__Output as _frontdesk_v1_Site__Output } from './frontdesk/v1/Site';
import type { StaffMember as _frontdesk_v1_StaffMember, StaffMember__Output as _frontdesk_v1_StaffMember__Output } from './frontdesk/v1/StaffMember';
import type { SubmitHandoverRequest as _frontdesk_v1_SubmitHandoverRequest, SubmitHandoverRequest__Output as _frontdesk_v1_SubmitHandoverRequest__Output } from './frontdesk/v1/SubmitHandoverRequest';
import type { Unit as _frontdesk_v1_Unit, Unit__Output as _frontdesk_v1_Unit__Output } from './frontdesk/v1/Unit';
import type { UpdateCalendarDayRequest as _frontdesk_v1_UpdateCalendarDayRequest, UpdateCalendarDayRequest__Output as _frontdesk_v1_UpdateCalendarDayRequest__Output } from './frontdesk/v1/UpdateCalendarDayRequest';
import type { UpdateDepartmentRequest as _frontdesk_v1_UpdateDepartmentRequest, UpdateDepartmentRequest__Output as _frontdesk_v1_UpdateDepartmentRequest__Output } from './frontdesk/v1/UpdateDepartmentRequest';
import type { UpdateHandoverRequest as _frontdesk_v1_UpdateHandoverRequest, UpdateHandoverRequest__Output as _frontdesk_v1_UpdateHandoverRequest__Output } from './frontdesk/v1/UpdateHandoverRequest';
import type { UpdateRosterPolicyRequest as _frontdesk_v1_UpdateRosterPolicyRequest, UpdateRosterPolicyRequest__Output as _frontdesk_v1_UpdateRosterPolicyRequest__Output } from './frontdesk/v1/UpdateRosterPolicyRequest';
import type { UpdateVendorRequest as _frontdesk_v1_UpdateVendorRequest, UpdateVendorRequest__Output as _frontdesk_v1_UpdateVendorRequest__Output } from './frontdesk/v1/UpdateVendorRequest';
import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from './frontdesk/v1/Vendor';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  frontdesk: {
    v1: {
      AcceptHandoverRequest: MessageTypeDefinition<_frontdesk_v1_AcceptHandoverRequest, _frontdesk_v1_AcceptHandoverRequest__Output>
      AccessToken: MessageTypeDefinition<_frontdesk_v1_AccessToken, _frontdesk_v1_AccessToken__Output>
      AgreeShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_AgreeShiftSwapRequest, _frontdesk_v1_AgreeShiftSwapRequest__Output>
      Approval: MessageTypeDefinition<_frontdesk_v1_Approval, _frontdesk_v1_Approval__Output>
      ApprovalStep: MessageTypeDefinition<_frontdesk_v1_ApprovalStep, _frontdesk_v1_ApprovalStep__Output>
      ApproveAttendanceCorrectionRequest: MessageTypeDefinition<_frontdesk_v1_ApproveAttendanceCorrectionRequest, _frontdesk_v1_ApproveAttendanceCorrectionRequest__Output>
      ApproveLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_ApproveLeaveApplicationRequest, _frontdesk_v1_ApproveLeaveApplicationRequest__Output>
      ApproveShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_ApproveShiftSwapRequest, _frontdesk_v1_ApproveShiftSwapRequest__Output>
      AttendanceCorrection: MessageTypeDefinition<_frontdesk_v1_AttendanceCorrection, _frontdesk_v1_AttendanceCorrection__Output>
      AttendanceRecord: MessageTypeDefinition<_frontdesk_v1_AttendanceRecord, _frontdesk_v1_AttendanceRecord__Output>
      AttendanceSummary: MessageTypeDefinition<_frontdesk_v1_AttendanceSummary, _frontdesk_v1_AttendanceSummary__Output>
      CalendarDay: MessageTypeDefinition<_frontdesk_v1_CalendarDay, _frontdesk_v1_CalendarDay__Output>
      CancelLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_CancelLeaveApplicationRequest, _frontdesk_v1_CancelLeaveApplicationRequest__Output>
      CancelShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_CancelShiftSwapRequest, _frontdesk_v1_CancelShiftSwapRequest__Output>
      ClockInRequest: MessageTypeDefinition<_frontdesk_v1_ClockInRequest, _frontdesk_v1_ClockInRequest__Output>
      ClockOutRequest: MessageTypeDefinition<_frontdesk_v1_ClockOutRequest, _frontdesk_v1_ClockOutRequest__Output>
      ConsentHandoverItemRequest: MessageTypeDefinition<_frontdesk_v1_ConsentHandoverItemRequest, _frontdesk_v1_ConsentHandoverItemRequest__Output>
      CountersignHandoverRequest: MessageTypeDefinition<_frontdesk_v1_CountersignHandoverRequest, _frontdesk_v1_CountersignHandoverRequest__Output>
      CoverageGap: MessageTypeDefinition<_frontdesk_v1_CoverageGap, _frontdesk_v1_CoverageGap__Output>
      CreateAccessTokenRequest: MessageTypeDefinition<_frontdesk_v1_CreateAccessTokenRequest, _frontdesk_v1_CreateAccessTokenRequest__Output>
      CreateApprovalRequest: MessageTypeDefinition<_frontdesk_v1_CreateApprovalRequest, _frontdesk_v1_CreateApprovalRequest__Output>
      CreateAttendanceCorrectionRequest: MessageTypeDefinition<_frontdesk_v1_CreateAttendanceCorrectionRequest, _frontdesk_v1_CreateAttendanceCorrectionRequest__Output>
      CreateDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_CreateDepartmentRequest, _frontdesk_v1_CreateDepartmentRequest__Output>
      CreateDutyAssignmentRequest: MessageTypeDefinition<_frontdesk_v1_CreateDutyAssignmentRequest, _frontdesk_v1_CreateDutyAssignmentRequest__Output>
      CreateHandoverRequest: MessageTypeDefinition<_frontdesk_v1_CreateHandoverRequest, _frontdesk_v1_CreateHandoverRequest__Output>
      CreateLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_CreateLeaveApplicationRequest, _frontdesk_v1_CreateLeaveApplicationRequest__Output>
      CreateResidentCallbackRequest: MessageTypeDefinition<_frontdesk_v1_CreateResidentCallbackRequest, _frontdesk_v1_CreateResidentCallbackRequest__Output>
      CreateShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_CreateShiftSwapRequest, _frontdesk_v1_CreateShiftSwapRequest__Output>
      CreateSiteRequest: MessageTypeDefinition<_frontdesk_v1_CreateSiteRequest, _frontdesk_v1_CreateSiteRequest__Output>
      CreateStaffMemberRequest: MessageTypeDefinition<_frontdesk_v1_CreateStaffMemberRequest, _frontdesk_v1_CreateStaffMemberRequest__Output>
      CreateUnitRequest: MessageTypeDefinition<_frontdesk_v1_CreateUnitRequest, _frontdesk_v1_CreateUnitRequest__Output>
      CreateVendorRequest: MessageTypeDefinition<_frontdesk_v1_CreateVendorRequest, _frontdesk_v1_CreateVendorRequest__Output>
      DeclineShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_DeclineShiftSwapRequest, _frontdesk_v1_DeclineShiftSwapRequest__Output>
      DeleteCalendarDayRequest: MessageTypeDefinition<_frontdesk_v1_DeleteCalendarDayRequest, _frontdesk_v1_DeleteCalendarDayRequest__Output>
      DeleteDutyAssignmentRequest: MessageTypeDefinition<_frontdesk_v1_DeleteDutyAssignmentRequest, _frontdesk_v1_DeleteDutyAssignmentRequest__Output>
      Department: MessageTypeDefinition<_frontdesk_v1_Department, _frontdesk_v1_Department__Output>
      DirectoryService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_DirectoryServiceClient> & { service: _frontdesk_v1_DirectoryServiceDefinition }
      DutyAssignment: MessageTypeDefinition<_frontdesk_v1_DutyAssignment, _frontdesk_v1_DutyAssignment__Output>
      GetApprovalRequest: MessageTypeDefinition<_frontdesk_v1_GetApprovalRequest, _frontdesk_v1_GetApprovalRequest__Output>
      GetAttendanceRecordRequest: MessageTypeDefinition<_frontdesk_v1_GetAttendanceRecordRequest, _frontdesk_v1_GetAttendanceRecordRequest__Output>
      GetAttendanceSummaryRequest: MessageTypeDefinition<_frontdesk_v1_GetAttendanceSummaryRequest, _frontdesk_v1_GetAttendanceSummaryRequest__Output>
      GetDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_GetDepartmentRequest, _frontdesk_v1_GetDepartmentRequest__Output>
      GetHandoverRequest: MessageTypeDefinition<_frontdesk_v1_GetHandoverRequest, _frontdesk_v1_GetHandoverRequest__Output>
      GetLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_GetLeaveApplicationRequest, _frontdesk_v1_GetLeaveApplicationRequest__Output>
      GetRosterPolicyRequest: MessageTypeDefinition<_frontdesk_v1_GetRosterPolicyRequest, _frontdesk_v1_GetRosterPolicyRequest__Output>
      GetShiftRequest: MessageTypeDefinition<_frontdesk_v1_GetShiftRequest, _frontdesk_v1_GetShiftRequest__Output>
      GetShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_GetShiftSwapRequest, _frontdesk_v1_GetShiftSwapRequest__Output>
      GetSiteRequest: MessageTypeDefinition<_frontdesk_v1_GetSiteRequest, _frontdesk_v1_GetSiteRequest__Output>
      GetStaffMemberRequest: MessageTypeDefinition<_frontdesk_v1_GetStaffMemberRequest, _frontdesk_v1_GetStaffMemberRequest__Output>
      GetUnitRequest: MessageTypeDefinition<_frontdesk_v1_GetUnitRequest, _frontdesk_v1_GetUnitRequest__Output>
      GetVendorRequest: MessageTypeDefinition<_frontdesk_v1_GetVendorRequest, _frontdesk_v1_GetVendorRequest__Output>
      Handover: MessageTypeDefinition<_frontdesk_v1_Handover, _frontdesk_v1_Handover__Output>
      HandoverItem: MessageTypeDefinition<_frontdesk_v1_HandoverItem, _frontdesk_v1_HandoverItem__Output>
      InventoryCount: MessageTypeDefinition<_frontdesk_v1_InventoryCount, _frontdesk_v1_InventoryCount__Output>
      InventoryItem: MessageTypeDefinition<_frontdesk_v1_InventoryItem, _frontdesk_v1_InventoryItem__Output>
      LeaveApplication: MessageTypeDefinition<_frontdesk_v1_LeaveApplication, _frontdesk_v1_LeaveApplication__Output>
      LeaveDays: MessageTypeDefinition<_frontdesk_v1_LeaveDays, _frontdesk_v1_LeaveDays__Output>
      ListAttendanceCorrectionsRequest: MessageTypeDefinition<_frontdesk_v1_ListAttendanceCorrectionsRequest, _frontdesk_v1_ListAttendanceCorrectionsRequest__Output>
      ListAttendanceCorrectionsResponse: MessageTypeDefinition<_frontdesk_v1_ListAttendanceCorrectionsResponse, _frontdesk_v1_ListAttendanceCorrectionsResponse__Output>
      ListAttendanceRecordsRequest: MessageTypeDefinition<_frontdesk_v1_ListAttendanceRecordsRequest, _frontdesk_v1_ListAttendanceRecordsRequest__Output>
      ListAttendanceRecordsResponse: MessageTypeDefinition<_frontdesk_v1_ListAttendanceRecordsResponse, _frontdesk_v1_ListAttendanceRecordsResponse__Output>
      ListAttendanceSummariesRequest: MessageTypeDefinition<_frontdesk_v1_ListAttendanceSummariesRequest, _frontdesk_v1_ListAttendanceSummariesRequest__Output>
      ListAttendanceSummariesResponse: MessageTypeDefinition<_frontdesk_v1_ListAttendanceSummariesResponse, _frontdesk_v1_ListAttendanceSummariesResponse__Output>
      ListCalendarDaysRequest: MessageTypeDefinition<_frontdesk_v1_ListCalendarDaysRequest, _frontdesk_v1_ListCalendarDaysRequest__Output>
      ListCalendarDaysResponse: MessageTypeDefinition<_frontdesk_v1_ListCalendarDaysResponse, _frontdesk_v1_ListCalendarDaysResponse__Output>
      ListDepartmentsRequest: MessageTypeDefinition<_frontdesk_v1_ListDepartmentsRequest, _frontdesk_v1_ListDepartmentsRequest__Output>
      ListDepartmentsResponse: MessageTypeDefinition<_frontdesk_v1_ListDepartmentsResponse, _frontdesk_v1_ListDepartmentsResponse__Output>
      ListDutyAssignmentsRequest: MessageTypeDefinition<_frontdesk_v1_ListDutyAssignmentsRequest, _frontdesk_v1_ListDutyAssignmentsRequest__Output>
      ListDutyAssignmentsResponse: MessageTypeDefinition<_frontdesk_v1_ListDutyAssignmentsResponse, _frontdesk_v1_ListDutyAssignmentsResponse__Output>
      ListHandoversRequest: MessageTypeDefinition<_frontdesk_v1_ListHandoversRequest, _frontdesk_v1_ListHandoversRequest__Output>
      ListHandoversResponse: MessageTypeDefinition<_frontdesk_v1_ListHandoversResponse, _frontdesk_v1_ListHandoversResponse__Output>
      ListLeaveApplicationsRequest: MessageTypeDefinition<_frontdesk_v1_ListLeaveApplicationsRequest, _frontdesk_v1_ListLeaveApplicationsRequest__Output>
      ListLeaveApplicationsResponse: MessageTypeDefinition<_frontdesk_v1_ListLeaveApplicationsResponse, _frontdesk_v1_ListLeaveApplicationsResponse__Output>
      ListResidentCallbacksRequest: MessageTypeDefinition<_frontdesk_v1_ListResidentCallbacksRequest, _frontdesk_v1_ListResidentCallbacksRequest__Output>
      ListResidentCallbacksResponse: MessageTypeDefinition<_frontdesk_v1_ListResidentCallbacksResponse, _frontdesk_v1_ListResidentCallbacksResponse__Output>
      ListShiftSwapsRequest: MessageTypeDefinition<_frontdesk_v1_ListShiftSwapsRequest, _frontdesk_v1_ListShiftSwapsRequest__Output>
      ListShiftSwapsResponse: MessageTypeDefinition<_frontdesk_v1_ListShiftSwapsResponse, _frontdesk_v1_ListShiftSwapsResponse__Output>
      ListShiftsRequest: MessageTypeDefinition<_frontdesk_v1_ListShiftsRequest, _frontdesk_v1_ListShiftsRequest__Output>
      ListShiftsResponse: MessageTypeDefinition<_frontdesk_v1_ListShiftsResponse, _frontdesk_v1_ListShiftsResponse__Output>
      ListSitesRequest: MessageTypeDefinition<_frontdesk_v1_ListSitesRequest, _frontdesk_v1_ListSitesRequest__Output>
      ListSitesResponse: MessageTypeDefinition<_frontdesk_v1_ListSitesResponse, _frontdesk_v1_ListSitesResponse__Output>
      ListStaffMembersRequest: MessageTypeDefinition<_frontdesk_v1_ListStaffMembersRequest, _frontdesk_v1_ListStaffMembersRequest__Output>
      ListStaffMembersResponse: MessageTypeDefinition<_frontdesk_v1_ListStaffMembersResponse, _frontdesk_v1_ListStaffMembersResponse__Output>
      ListUnitsRequest: MessageTypeDefinition<_frontdesk_v1_ListUnitsRequest, _frontdesk_v1_ListUnitsRequest__Output>
      ListUnitsResponse: MessageTypeDefinition<_frontdesk_v1_ListUnitsResponse, _frontdesk_v1_ListUnitsResponse__Output>
      ListVendorsRequest: MessageTypeDefinition<_frontdesk_v1_ListVendorsRequest, _frontdesk_v1_ListVendorsRequest__Output>
      ListVendorsResponse: MessageTypeDefinition<_frontdesk_v1_ListVendorsResponse, _frontdesk_v1_ListVendorsResponse__Output>
      RejectAttendanceCorrectionRequest: MessageTypeDefinition<_frontdesk_v1_RejectAttendanceCorrectionRequest, _frontdesk_v1_RejectAttendanceCorrectionRequest__Output>
      RejectLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_RejectLeaveApplicationRequest, _frontdesk_v1_RejectLeaveApplicationRequest__Output>
      RejectShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_RejectShiftSwapRequest, _frontdesk_v1_RejectShiftSwapRequest__Output>
      ReleaseFromDutyRequest: MessageTypeDefinition<_frontdesk_v1_ReleaseFromDutyRequest, _frontdesk_v1_ReleaseFromDutyRequest__Output>
      ResidentCallback: MessageTypeDefinition<_frontdesk_v1_ResidentCallback, _frontdesk_v1_ResidentCallback__Output>
      ReturnFromLeaveRequest: MessageTypeDefinition<_frontdesk_v1_ReturnFromLeaveRequest, _frontdesk_v1_ReturnFromLeaveRequest__Output>
      RoleGrant: MessageTypeDefinition<_frontdesk_v1_RoleGrant, _frontdesk_v1_RoleGrant__Output>
      RosterPolicy: MessageTypeDefinition<_frontdesk_v1_RosterPolicy, _frontdesk_v1_RosterPolicy__Output>
      RosterService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_RosterServiceClient> & { service: _frontdesk_v1_RosterServiceDefinition }
      Shift: MessageTypeDefinition<_frontdesk_v1_Shift, _frontdesk_v1_Shift__Output>
      ShiftDefinition: MessageTypeDefinition<_frontdesk_v1_ShiftDefinition, _frontdesk_v1_ShiftDefinition__Output>
      ShiftSwap: MessageTypeDefinition<_frontdesk_v1_ShiftSwap, _frontdesk_v1_ShiftSwap__Output>
      Site: MessageTypeDefinition<_frontdesk_v1_Site, _frontdesk_v1_Site__Output>
      StaffMember: MessageTypeDefinition<_frontdesk_v1_StaffMember, _frontdesk_v1_StaffMember__Output>
      SubmitHandoverRequest: MessageTypeDefinition<_frontdesk_v1_SubmitHandoverRequest, _frontdesk_v1_SubmitHandoverRequest__Output>
      Unit: MessageTypeDefinition<_frontdesk_v1_Unit, _frontdesk_v1_Unit__Output>
      UpdateCalendarDayRequest: MessageTypeDefinition<_frontdesk_v1_UpdateCalendarDayRequest, _frontdesk_v1_UpdateCalendarDayRequest__Output>
      UpdateDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_UpdateDepartmentRequest, _frontdesk_v1_UpdateDepartmentRequest__Output>
      UpdateHandoverRequest: MessageTypeDefinition<_frontdesk_v1_UpdateHandoverRequest, _frontdesk_v1_UpdateHandoverRequest__Output>
      UpdateRosterPolicyRequest: MessageTypeDefinition<_frontdesk_v1_UpdateRosterPolicyRequest, _frontdesk_v1_UpdateRosterPolicyRequest__Output>
      UpdateVendorRequest: MessageTypeDefinition<_frontdesk_v1_UpdateVendorRequest, _frontdesk_v1_UpdateVendorRequest__Output>
      Vendor: MessageTypeDefinition<_frontdesk_v1_Vendor, _frontdesk_v1_Vendor__Output>
    }
  }
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

