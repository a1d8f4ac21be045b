import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcceptHandoverRequest as _frontdesk_v1_AcceptHandoverRequest, AcceptHandoverRequest__Output as _frontdesk_v1_AcceptHandoverRequest__Output } from './frontdesk/v1/AcceptHandoverRequest';
import type { AccessToken as _frontdesk_v1_AccessToken, AccessToken__Output as _frontdesk_v1_AccessToken__Output } from './frontdesk/v1/AccessToken';
import type { AddTicketNoteRequest as _frontdesk_v1_AddTicketNoteRequest, AddTicketNoteRequest__Output as _frontdesk_v1_AddTicketNoteRequest__Output } from './frontdesk/v1/AddTicketNoteRequest';
import type { AgreeShiftSwapRequest as _frontdesk_v1_AgreeShiftSwapRequest, AgreeShiftSwapRequest__Output as _frontdesk_v1_AgreeShiftSwapRequest__Output } from './frontdesk/v1/AgreeShiftSwapRequest';
import type { AgreeTicketPlanRequest as _frontdesk_v1_AgreeTicketPlanRequest, AgreeTicketPlanRequest__Output as _frontdesk_v1_AgreeTicketPlanRequest__Output } from './frontdesk/v1/AgreeTicketPlanRequest';
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
import type { CancelTicketRequest as _frontdesk_v1_CancelTicketRequest, CancelTicketRequest__Output as _frontdesk_v1_CancelTicketRequest__Output } from './frontdesk/v1/CancelTicketRequest';
import type { CategoryCount as _frontdesk_v1_CategoryCount, CategoryCount__Output as _frontdesk_v1_CategoryCount__Output } from './frontdesk/v1/CategoryCount';
import type { ChangePromiseRequest as _frontdesk_v1_ChangePromiseRequest, ChangePromiseRequest__Output as _frontdesk_v1_ChangePromiseRequest__Output } from './frontdesk/v1/ChangePromiseRequest';
import type { ChannelCount as _frontdesk_v1_ChannelCount, ChannelCount__Output as _frontdesk_v1_ChannelCount__Output } from './frontdesk/v1/ChannelCount';
import type { ClockInRequest as _frontdesk_v1_ClockInRequest, ClockInRequest__Output as _frontdesk_v1_ClockInRequest__Output } from './frontdesk/v1/ClockInRequest';
import type { ClockOutRequest as _frontdesk_v1_ClockOutRequest, ClockOutRequest__Output as _frontdesk_v1_ClockOutRequest__Output } from './frontdesk/v1/ClockOutRequest';
import type { ComplaintAnalysis as _frontdesk_v1_ComplaintAnalysis, ComplaintAnalysis__Output as _frontdesk_v1_ComplaintAnalysis__Output } from './frontdesk/v1/ComplaintAnalysis';
import type { CompleteWorkOrderRequest as _frontdesk_v1_CompleteWorkOrderRequest, CompleteWorkOrderRequest__Output as _frontdesk_v1_CompleteWorkOrderRequest__Output } from './frontdesk/v1/CompleteWorkOrderRequest';
import type { ConfirmArrivalRequest as _frontdesk_v1_ConfirmArrivalRequest, ConfirmArrivalRequest__Output as _frontdesk_v1_ConfirmArrivalRequest__Output } from './frontdesk/v1/ConfirmArrivalRequest';
import type { ConsentHandoverItemRequest as _frontdesk_v1_ConsentHandoverItemRequest, ConsentHandoverItemRequest__Output as _frontdesk_v1_ConsentHandoverItemRequest__Output } from './frontdesk/v1/ConsentHandoverItemRequest';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from './frontdesk/v1/Contact';
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
import type { CreateTicketRequest as _frontdesk_v1_CreateTicketRequest, CreateTicketRequest__Output as _frontdesk_v1_CreateTicketRequest__Output } from './frontdesk/v1/CreateTicketRequest';
import type { CreateUnitRequest as _frontdesk_v1_CreateUnitRequest, CreateUnitRequest__Output as _frontdesk_v1_CreateUnitRequest__Output } from './frontdesk/v1/CreateUnitRequest';
import type { CreateVendorRequest as _frontdesk_v1_CreateVendorRequest, CreateVendorRequest__Output as _frontdesk_v1_CreateVendorRequest__Output } from './frontdesk/v1/CreateVendorRequest';
import type { DailyDutyReport as _frontdesk_v1_DailyDutyReport, DailyDutyReport__Output as _frontdesk_v1_DailyDutyReport__Output } from './frontdesk/v1/DailyDutyReport';
import type { DayFigures as _frontdesk_v1_DayFigures, DayFigures__Output as _frontdesk_v1_DayFigures__Output } from './frontdesk/v1/DayFigures';
import type { DeclineShiftSwapRequest as _frontdesk_v1_DeclineShiftSwapRequest, DeclineShiftSwapRequest__Output as _frontdesk_v1_DeclineShiftSwapRequest__Output } from './frontdesk/v1/DeclineShiftSwapRequest';
import type { DeleteCalendarDayRequest as _frontdesk_v1_DeleteCalendarDayRequest, DeleteCalendarDayRequest__Output as _frontdesk_v1_DeleteCalendarDayRequest__Output } from './frontdesk/v1/DeleteCalendarDayRequest';
import type { DeleteDutyAssignmentRequest as _frontdesk_v1_DeleteDutyAssignmentRequest, DeleteDutyAssignmentRequest__Output as _frontdesk_v1_DeleteDutyAssignmentRequest__Output } from './frontdesk/v1/DeleteDutyAssignmentRequest';
import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from './frontdesk/v1/Department';
import type { DepartmentSlipSummary as _frontdesk_v1_DepartmentSlipSummary, DepartmentSlipSummary__Output as _frontdesk_v1_DepartmentSlipSummary__Output } from './frontdesk/v1/DepartmentSlipSummary';
import type { DirectoryServiceClient as _frontdesk_v1_DirectoryServiceClient, DirectoryServiceDefinition as _frontdesk_v1_DirectoryServiceDefinition } from './frontdesk/v1/DirectoryService';
import type { DispatchTicketRequest as _frontdesk_v1_DispatchTicketRequest, DispatchTicketRequest__Output as _frontdesk_v1_DispatchTicketRequest__Output } from './frontdesk/v1/DispatchTicketRequest';
import type { DutyAssignment as _frontdesk_v1_DutyAssignment, DutyAssignment__Output as _frontdesk_v1_DutyAssignment__Output } from './frontdesk/v1/DutyAssignment';
import type { DutyShiftSummary as _frontdesk_v1_DutyShiftSummary, DutyShiftSummary__Output as _frontdesk_v1_DutyShiftSummary__Output } from './frontdesk/v1/DutyShiftSummary';
import type { EscalateTicketRequest as _frontdesk_v1_EscalateTicketRequest, EscalateTicketRequest__Output as _frontdesk_v1_EscalateTicketRequest__Output } from './frontdesk/v1/EscalateTicketRequest';
import type { Escalation as _frontdesk_v1_Escalation, Escalation__Output as _frontdesk_v1_Escalation__Output } from './frontdesk/v1/Escalation';
import type { FieldChange as _frontdesk_v1_FieldChange, FieldChange__Output as _frontdesk_v1_FieldChange__Output } from './frontdesk/v1/FieldChange';
import type { GetApprovalRequest as _frontdesk_v1_GetApprovalRequest, GetApprovalRequest__Output as _frontdesk_v1_GetApprovalRequest__Output } from './frontdesk/v1/GetApprovalRequest';
import type { GetAttendanceRecordRequest as _frontdesk_v1_GetAttendanceRecordRequest, GetAttendanceRecordRequest__Output as _frontdesk_v1_GetAttendanceRecordRequest__Output } from './frontdesk/v1/GetAttendanceRecordRequest';
import type { GetAttendanceSummaryRequest as _frontdesk_v1_GetAttendanceSummaryRequest, GetAttendanceSummaryRequest__Output as _frontdesk_v1_GetAttendanceSummaryRequest__Output } from './frontdesk/v1/GetAttendanceSummaryRequest';
import type { GetComplaintAnalysisRequest as _frontdesk_v1_GetComplaintAnalysisRequest, GetComplaintAnalysisRequest__Output as _frontdesk_v1_GetComplaintAnalysisRequest__Output } from './frontdesk/v1/GetComplaintAnalysisRequest';
import type { GetDailyDutyReportRequest as _frontdesk_v1_GetDailyDutyReportRequest, GetDailyDutyReportRequest__Output as _frontdesk_v1_GetDailyDutyReportRequest__Output } from './frontdesk/v1/GetDailyDutyReportRequest';
import type { GetDepartmentRequest as _frontdesk_v1_GetDepartmentRequest, GetDepartmentRequest__Output as _frontdesk_v1_GetDepartmentRequest__Output } from './frontdesk/v1/GetDepartmentRequest';
import type { GetHandoverRequest as _frontdesk_v1_GetHandoverRequest, GetHandoverRequest__Output as _frontdesk_v1_GetHandoverRequest__Output } from './frontdesk/v1/GetHandoverRequest';
import type { GetLeaveApplicationRequest as _frontdesk_v1_GetLeaveApplicationRequest, GetLeaveApplicationRequest__Output as _frontdesk_v1_GetLeaveApplicationRequest__Output } from './frontdesk/v1/GetLeaveApplicationRequest';
import type { GetMonthlyStatisticsRequest as _frontdesk_v1_GetMonthlyStatisticsRequest, GetMonthlyStatisticsRequest__Output as _frontdesk_v1_GetMonthlyStatisticsRequest__Output } from './frontdesk/v1/GetMonthlyStatisticsRequest';
import type { GetOpenItemsListRequest as _frontdesk_v1_GetOpenItemsListRequest, GetOpenItemsListRequest__Output as _frontdesk_v1_GetOpenItemsListRequest__Output } from './frontdesk/v1/GetOpenItemsListRequest';
import type { GetReportSettingsRequest as _frontdesk_v1_GetReportSettingsRequest, GetReportSettingsRequest__Output as _frontdesk_v1_GetReportSettingsRequest__Output } from './frontdesk/v1/GetReportSettingsRequest';
import type { GetResidentCallbackPlanRequest as _frontdesk_v1_GetResidentCallbackPlanRequest, GetResidentCallbackPlanRequest__Output as _frontdesk_v1_GetResidentCallbackPlanRequest__Output } from './frontdesk/v1/GetResidentCallbackPlanRequest';
import type { GetRosterPolicyRequest as _frontdesk_v1_GetRosterPolicyRequest, GetRosterPolicyRequest__Output as _frontdesk_v1_GetRosterPolicyRequest__Output } from './frontdesk/v1/GetRosterPolicyRequest';
import type { GetServiceQualityReportRequest as _frontdesk_v1_GetServiceQualityReportRequest, GetServiceQualityReportRequest__Output as _frontdesk_v1_GetServiceQualityReportRequest__Output } from './frontdesk/v1/GetServiceQualityReportRequest';
import type { GetShiftRequest as _frontdesk_v1_GetShiftRequest, GetShiftRequest__Output as _frontdesk_v1_GetShiftRequest__Output } from './frontdesk/v1/GetShiftRequest';
import type { GetShiftSwapRequest as _frontdesk_v1_GetShiftSwapRequest, GetShiftSwapRequest__Output as _frontdesk_v1_GetShiftSwapRequest__Output } from './frontdesk/v1/GetShiftSwapRequest';
import type { GetSiteRequest as _frontdesk_v1_GetSiteRequest, GetSiteRequest__Output as _frontdesk_v1_GetSiteRequest__Output } from './frontdesk/v1/GetSiteRequest';
import type { GetStaffMemberRequest as _frontdesk_v1_GetStaffMemberRequest, GetStaffMemberRequest__Output as _frontdesk_v1_GetStaffMemberRequest__Output } from './frontdesk/v1/GetStaffMemberRequest';
import type { GetStaffReportRequest as _frontdesk_v1_GetStaffReportRequest, GetStaffReportRequest__Output as _frontdesk_v1_GetStaffReportRequest__Output } from './frontdesk/v1/GetStaffReportRequest';
import type { GetTicketRequest as _frontdesk_v1_GetTicketRequest, GetTicketRequest__Output as _frontdesk_v1_GetTicketRequest__Output } from './frontdesk/v1/GetTicketRequest';
import type { GetUnitRequest as _frontdesk_v1_GetUnitRequest, GetUnitRequest__Output as _frontdesk_v1_GetUnitRequest__Output } from './frontdesk/v1/GetUnitRequest';
import type { GetVendorRequest as _frontdesk_v1_GetVendorRequest, GetVendorRequest__Output as _frontdesk_v1_GetVendorRequest__Output } from './frontdesk/v1/GetVendorRequest';
import type { GetWeeklySummaryRequest as _frontdesk_v1_GetWeeklySummaryRequest, GetWeeklySummaryRequest__Output as _frontdesk_v1_GetWeeklySummaryRequest__Output } from './frontdesk/v1/GetWeeklySummaryRequest';
import type { Handover as _frontdesk_v1_Handover, Handover__Output as _frontdesk_v1_Handover__Output } from './frontdesk/v1/Handover';
import type { HandoverItem as _frontdesk_v1_HandoverItem, HandoverItem__Output as _frontdesk_v1_HandoverItem__Output } from './frontdesk/v1/HandoverItem';
import type { InventoryCount as _frontdesk_v1_InventoryCount, InventoryCount__Output as _frontdesk_v1_InventoryCount__Output } from './frontdesk/v1/InventoryCount';
import type { InventoryItem as _frontdesk_v1_InventoryItem, InventoryItem__Output as _frontdesk_v1_InventoryItem__Output } from './frontdesk/v1/InventoryItem';
import type { LeaveApplication as _frontdesk_v1_LeaveApplication, LeaveApplication__Output as _frontdesk_v1_LeaveApplication__Output } from './frontdesk/v1/LeaveApplication';
import type { LeaveDays as _frontdesk_v1_LeaveDays, LeaveDays__Output as _frontdesk_v1_LeaveDays__Output } from './frontdesk/v1/LeaveDays';
import type { LinkTicketRequest as _frontdesk_v1_LinkTicketRequest, LinkTicketRequest__Output as _frontdesk_v1_LinkTicketRequest__Output } from './frontdesk/v1/LinkTicketRequest';
import type { ListAttendanceCorrectionsRequest as _frontdesk_v1_ListAttendanceCorrectionsRequest, ListAttendanceCorrectionsRequest__Output as _frontdesk_v1_ListAttendanceCorrectionsRequest__Output } from './frontdesk/v1/ListAttendanceCorrectionsRequest';
import type { ListAttendanceCorrectionsResponse as _frontdesk_v1_ListAttendanceCorrectionsResponse, ListAttendanceCorrectionsResponse__Output as _frontdesk_v1_ListAttendanceCorrectionsResponse__Output } from './frontdesk/v1/ListAttendanceCorrectionsResponse';
import type { ListAttendanceRecordsRequest as _frontdesk_v1_ListAttendanceRecordsRequest, ListAttendanceRecordsRequest__Output as _frontdesk_v1_ListAttendanceRecordsRequest__Output } from './frontdesk/v1/ListAttendanceRecordsRequest';
import type { ListAttendanceRecordsResponse as _frontdesk_v1_ListAttendanceRecordsResponse, ListAttendanceRecordsResponse__Output as _frontdesk_v1_ListAttendanceRecordsResponse__Output } from './frontdesk/v1/ListAttendanceRecordsResponse';
import type { ListAttendanceSummariesRequest as _frontdesk_v1_ListAttendanceSummariesRequest, ListAttendanceSummariesRequest__Output as _frontdesk_v1_ListAttendanceSummariesRequest__Output } from './frontdesk/v1/ListAttendanceSummariesRequest';
import type { ListAttendanceSummariesResponse as _frontdesk_v1_ListAttendanceSummariesResponse, ListAttendanceSummariesResponse__Output as _frontdesk_v1_ListAttendanceSummariesResponse__Output } from './frontdesk/v1/ListAttendanceSummariesResponse';
import type { ListCalendarDaysRequest as _frontdesk_v1_ListCalendarDaysRequest, ListCalendarDaysRequest__Output as _frontdesk_v1_ListCalendarDaysRequest__Output } from './frontdesk/v1/ListCalendarDaysRequest';
import type { ListCalendarDaysResponse as _frontdesk_v1_ListCalendarDaysResponse, ListCalendarDaysResponse__Output as _frontdesk_v1_ListCalendarDaysResponse__Output } from './frontdesk/v1/ListCalendarDaysResponse';
import type { ListCallbacksDueRequest as _frontdesk_v1_ListCallbacksDueRequest, ListCallbacksDueRequest__Output as _frontdesk_v1_ListCallbacksDueRequest__Output } from './frontdesk/v1/ListCallbacksDueRequest';
import type { ListDepartmentsRequest as _frontdesk_v1_ListDepartmentsRequest, ListDepartmentsRequest__Output as _frontdesk_v1_ListDepartmentsRequest__Output } from './frontdesk/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse as _frontdesk_v1_ListDepartmentsResponse, ListDepartmentsResponse__Output as _frontdesk_v1_ListDepartmentsResponse__Output } from './frontdesk/v1/ListDepartmentsResponse';
import type { ListDutyAssignmentsRequest as _frontdesk_v1_ListDutyAssignmentsRequest, ListDutyAssignmentsRequest__Output as _frontdesk_v1_ListDutyAssignmentsRequest__Output } from './frontdesk/v1/ListDutyAssignmentsRequest';
import type { ListDutyAssignmentsResponse as _frontdesk_v1_ListDutyAssignmentsResponse, ListDutyAssignmentsResponse__Output as _frontdesk_v1_ListDutyAssignmentsResponse__Output } from './frontdesk/v1/ListDutyAssignmentsResponse';
import type { ListEscalationsRequest as _frontdesk_v1_ListEscalationsRequest, ListEscalationsRequest__Output as _frontdesk_v1_ListEscalationsRequest__Output } from './frontdesk/v1/ListEscalationsRequest';
import type { ListEscalationsResponse as _frontdesk_v1_ListEscalationsResponse, ListEscalationsResponse__Output as _frontdesk_v1_ListEscalationsResponse__Output } from './frontdesk/v1/ListEscalationsResponse';
import type { ListHandoversRequest as _frontdesk_v1_ListHandoversRequest, ListHandoversRequest__Output as _frontdesk_v1_ListHandoversRequest__Output } from './frontdesk/v1/ListHandoversRequest';
import type { ListHandoversResponse as _frontdesk_v1_ListHandoversResponse, ListHandoversResponse__Output as _frontdesk_v1_ListHandoversResponse__Output } from './frontdesk/v1/ListHandoversResponse';
import type { ListLeaveApplicationsRequest as _frontdesk_v1_ListLeaveApplicationsRequest, ListLeaveApplicationsRequest__Output as _frontdesk_v1_ListLeaveApplicationsRequest__Output } from './frontdesk/v1/ListLeaveApplicationsRequest';
import type { ListLeaveApplicationsResponse as _frontdesk_v1_ListLeaveApplicationsResponse, ListLeaveApplicationsResponse__Output as _frontdesk_v1_ListLeaveApplicationsResponse__Output } from './frontdesk/v1/ListLeaveApplicationsResponse';
import type { ListOverdueTicketsRequest as _frontdesk_v1_ListOverdueTicketsRequest, ListOverdueTicketsRequest__Output as _frontdesk_v1_ListOverdueTicketsRequest__Output } from './frontdesk/v1/ListOverdueTicketsRequest';
import type { ListResidentCallbacksRequest as _frontdesk_v1_ListResidentCallbacksRequest, ListResidentCallbacksRequest__Output as _frontdesk_v1_ListResidentCallbacksRequest__Output } from './frontdesk/v1/ListResidentCallbacksRequest';
import type { ListResidentCallbacksResponse as _frontdesk_v1_ListResidentCallbacksResponse, ListResidentCallbacksResponse__Output as _frontdesk_v1_ListResidentCallbacksResponse__Output } from './frontdesk/v1/ListResidentCallbacksResponse';
import type { ListShiftSwapsRequest as _frontdesk_v1_ListShiftSwapsRequest, ListShiftSwapsRequest__Output as _frontdesk_v1_ListShiftSwapsRequest__Output } from './frontdesk/v1/ListShiftSwapsRequest';
import type { ListShiftSwapsResponse as _frontdesk_v1_ListShiftSwapsResponse, ListShiftSwapsResponse__Output as _frontdesk_v1_ListShiftSwapsResponse__Output } from './frontdesk/v1/ListShiftSwapsResponse';
import type { ListShiftsRequest as _frontdesk_v1_ListShiftsRequest, ListShiftsRequest__Output as _frontdesk_v1_ListShiftsRequest__Output } from './frontdesk/v1/ListShiftsRequest';
import type { ListShiftsResponse as _frontdesk_v1_ListShiftsResponse, ListShiftsResponse__Output as _frontdesk_v1_ListShiftsResponse__Output } from './frontdesk/v1/ListShiftsResponse';
import type { ListSitesRequest as _frontdesk_v1_ListSitesRequest, ListSitesRequest__Output as _frontdesk_v1_ListSitesRequest__Output } from './frontdesk/v1/ListSitesRequest';
import type { ListSitesResponse as _frontdesk_v1_ListSitesResponse, ListSitesResponse__Output as _frontdesk_v1_ListSitesResponse__Output } from './frontdesk/v1/ListSitesResponse';
import type { ListSlaPoliciesRequest as _frontdesk_v1_ListSlaPoliciesRequest, ListSlaPoliciesRequest__Output as _frontdesk_v1_ListSlaPoliciesRequest__Output } from './frontdesk/v1/ListSlaPoliciesRequest';
import type { ListSlaPoliciesResponse as _frontdesk_v1_ListSlaPoliciesResponse, ListSlaPoliciesResponse__Output as _frontdesk_v1_ListSlaPoliciesResponse__Output } from './frontdesk/v1/ListSlaPoliciesResponse';
import type { ListStaffMembersRequest as _frontdesk_v1_ListStaffMembersRequest, ListStaffMembersRequest__Output as _frontdesk_v1_ListStaffMembersRequest__Output } from './frontdesk/v1/ListStaffMembersRequest';
import type { ListStaffMembersResponse as _frontdesk_v1_ListStaffMembersResponse, ListStaffMembersResponse__Output as _frontdesk_v1_ListStaffMembersResponse__Output } from './frontdesk/v1/ListStaffMembersResponse';
import type { ListTicketEventsRequest as _frontdesk_v1_ListTicketEventsRequest, ListTicketEventsRequest__Output as _frontdesk_v1_ListTicketEventsRequest__Output } from './frontdesk/v1/ListTicketEventsRequest';
import type { ListTicketEventsResponse as _frontdesk_v1_ListTicketEventsResponse, ListTicketEventsResponse__Output as _frontdesk_v1_ListTicketEventsResponse__Output } from './frontdesk/v1/ListTicketEventsResponse';
import type { ListTicketsRequest as _frontdesk_v1_ListTicketsRequest, ListTicketsRequest__Output as _frontdesk_v1_ListTicketsRequest__Output } from './frontdesk/v1/ListTicketsRequest';
import type { ListTicketsResponse as _frontdesk_v1_ListTicketsResponse, ListTicketsResponse__Output as _frontdesk_v1_ListTicketsResponse__Output } from './frontdesk/v1/ListTicketsResponse';
import type { ListUnitsRequest as _frontdesk_v1_ListUnitsRequest, ListUnitsRequest__Output as _frontdesk_v1_ListUnitsRequest__Output } from './frontdesk/v1/ListUnitsRequest';
import type { ListUnitsResponse as _frontdesk_v1_ListUnitsResponse, ListUnitsResponse__Output as _frontdesk_v1_ListUnitsResponse__Output } from './frontdesk/v1/ListUnitsResponse';
import type { ListVendorsRequest as _frontdesk_v1_ListVendorsRequest, ListVendorsRequest__Output as _frontdesk_v1_ListVendorsRequest__Output } from './frontdesk/v1/ListVendorsRequest';
import type { ListVendorsResponse as _frontdesk_v1_ListVendorsResponse, ListVendorsResponse__Output as _frontdesk_v1_ListVendorsResponse__Output } from './frontdesk/v1/ListVendorsResponse';
import type { ListWorkOrdersRequest as _frontdesk_v1_ListWorkOrdersRequest, ListWorkOrdersRequest__Output as _frontdesk_v1_ListWorkOrdersRequest__Output } from './frontdesk/v1/ListWorkOrdersRequest';
import type { ListWorkOrdersResponse as _frontdesk_v1_ListWorkOrdersResponse, ListWorkOrdersResponse__Output as _frontdesk_v1_ListWorkOrdersResponse__Output } from './frontdesk/v1/ListWorkOrdersResponse';
import type { MarkTicketDuplicateRequest as _frontdesk_v1_MarkTicketDuplicateRequest, MarkTicketDuplicateRequest__Output as _frontdesk_v1_MarkTicketDuplicateRequest__Output } from './frontdesk/v1/MarkTicketDuplicateRequest';
import type { MarkTicketUnfoundedRequest as _frontdesk_v1_MarkTicketUnfoundedRequest, MarkTicketUnfoundedRequest__Output as _frontdesk_v1_MarkTicketUnfoundedRequest__Output } from './frontdesk/v1/MarkTicketUnfoundedRequest';
import type { MonthlyStatistics as _frontdesk_v1_MonthlyStatistics, MonthlyStatistics__Output as _frontdesk_v1_MonthlyStatistics__Output } from './frontdesk/v1/MonthlyStatistics';
import type { OpenItem as _frontdesk_v1_OpenItem, OpenItem__Output as _frontdesk_v1_OpenItem__Output } from './frontdesk/v1/OpenItem';
import type { OpenItemGroup as _frontdesk_v1_OpenItemGroup, OpenItemGroup__Output as _frontdesk_v1_OpenItemGroup__Output } from './frontdesk/v1/OpenItemGroup';
import type { OpenItemsList as _frontdesk_v1_OpenItemsList, OpenItemsList__Output as _frontdesk_v1_OpenItemsList__Output } from './frontdesk/v1/OpenItemsList';
import type { PendTicketRequest as _frontdesk_v1_PendTicketRequest, PendTicketRequest__Output as _frontdesk_v1_PendTicketRequest__Output } from './frontdesk/v1/PendTicketRequest';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from './frontdesk/v1/RateMetric';
import type { RecordCallbackRequest as _frontdesk_v1_RecordCallbackRequest, RecordCallbackRequest__Output as _frontdesk_v1_RecordCallbackRequest__Output } from './frontdesk/v1/RecordCallbackRequest';
import type { RecordResidentNoticeRequest as _frontdesk_v1_RecordResidentNoticeRequest, RecordResidentNoticeRequest__Output as _frontdesk_v1_RecordResidentNoticeRequest__Output } from './frontdesk/v1/RecordResidentNoticeRequest';
import type { RejectAttendanceCorrectionRequest as _frontdesk_v1_RejectAttendanceCorrectionRequest, RejectAttendanceCorrectionRequest__Output as _frontdesk_v1_RejectAttendanceCorrectionRequest__Output } from './frontdesk/v1/RejectAttendanceCorrectionRequest';
import type { RejectLeaveApplicationRequest as _frontdesk_v1_RejectLeaveApplicationRequest, RejectLeaveApplicationRequest__Output as _frontdesk_v1_RejectLeaveApplicationRequest__Output } from './frontdesk/v1/RejectLeaveApplicationRequest';
import type { RejectShiftSwapRequest as _frontdesk_v1_RejectShiftSwapRequest, RejectShiftSwapRequest__Output as _frontdesk_v1_RejectShiftSwapRequest__Output } from './frontdesk/v1/RejectShiftSwapRequest';
import type { ReleaseFromDutyRequest as _frontdesk_v1_ReleaseFromDutyRequest, ReleaseFromDutyRequest__Output as _frontdesk_v1_ReleaseFromDutyRequest__Output } from './frontdesk/v1/ReleaseFromDutyRequest';
import type { ReopenTicketRequest as _frontdesk_v1_ReopenTicketRequest, ReopenTicketRequest__Output as _frontdesk_v1_ReopenTicketRequest__Output } from './frontdesk/v1/ReopenTicketRequest';
import type { ReportPeriod as _frontdesk_v1_ReportPeriod, ReportPeriod__Output as _frontdesk_v1_ReportPeriod__Output } from './frontdesk/v1/ReportPeriod';
import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from './frontdesk/v1/ReportScope';
import type { ReportServiceClient as _frontdesk_v1_ReportServiceClient, ReportServiceDefinition as _frontdesk_v1_ReportServiceDefinition } from './frontdesk/v1/ReportService';
import type { ReportSettings as _frontdesk_v1_ReportSettings, ReportSettings__Output as _frontdesk_v1_ReportSettings__Output } from './frontdesk/v1/ReportSettings';
import type { ResidentCallback as _frontdesk_v1_ResidentCallback, ResidentCallback__Output as _frontdesk_v1_ResidentCallback__Output } from './frontdesk/v1/ResidentCallback';
import type { ResidentCallbackPlan as _frontdesk_v1_ResidentCallbackPlan, ResidentCallbackPlan__Output as _frontdesk_v1_ResidentCallbackPlan__Output } from './frontdesk/v1/ResidentCallbackPlan';
import type { ResolveTicketRequest as _frontdesk_v1_ResolveTicketRequest, ResolveTicketRequest__Output as _frontdesk_v1_ResolveTicketRequest__Output } from './frontdesk/v1/ResolveTicketRequest';
import type { ResumeTicketRequest as _frontdesk_v1_ResumeTicketRequest, ResumeTicketRequest__Output as _frontdesk_v1_ResumeTicketRequest__Output } from './frontdesk/v1/ResumeTicketRequest';
import type { ReturnFromLeaveRequest as _frontdesk_v1_ReturnFromLeaveRequest, ReturnFromLeaveRequest__Output as _frontdesk_v1_ReturnFromLeaveRequest__Output } from './frontdesk/v1/ReturnFromLeaveRequest';
import type { RoleGrant as _frontdesk_v1_RoleGrant, RoleGrant__Output as _frontdesk_v1_RoleGrant__Output } from './frontdesk/v1/RoleGrant';
import type { RosterPolicy as _frontdesk_v1_RosterPolicy, RosterPolicy__Output as _frontdesk_v1_RosterPolicy__Output } from './frontdesk/v1/RosterPolicy';
import type { RosterServiceClient as _frontdesk_v1_RosterServiceClient, RosterServiceDefinition as _frontdesk_v1_RosterServiceDefinition } from './frontdesk/v1/RosterService';
import type { SatisfactionBreakdown as _frontdesk_v1_SatisfactionBreakdown, SatisfactionBreakdown__Output as _frontdesk_v1_SatisfactionBreakdown__Output } from './frontdesk/v1/SatisfactionBreakdown';
import type { ServiceQualityReport as _frontdesk_v1_ServiceQualityReport, ServiceQualityReport__Output as _frontdesk_v1_ServiceQualityReport__Output } from './frontdesk/v1/ServiceQualityReport';
import type { Shift as _frontdesk_v1_Shift, Shift__Output as _frontdesk_v1_Shift__Output } from './frontdesk/v1/Shift';
import type { ShiftDefinition as _frontdesk_v1_ShiftDefinition, ShiftDefinition__Output as _frontdesk_v1_ShiftDefinition__Output } from './frontdesk/v1/ShiftDefinition';
import type { ShiftSwap as _frontdesk_v1_ShiftSwap, ShiftSwap__Output as _frontdesk_v1_ShiftSwap__Output } from './frontdesk/v1/ShiftSwap';
import type { Site as _frontdesk_v1_Site, Site__Output as _frontdesk_v1_Site__Output } from './frontdesk/v1/Site';
import type { SlaPolicy as _frontdesk_v1_SlaPolicy, SlaPolicy__Output as _frontdesk_v1_SlaPolicy__Output } from './frontdesk/v1/SlaPolicy';
import type { StaffMember as _frontdesk_v1_StaffMember, StaffMember__Output as _frontdesk_v1_StaffMember__Output } from './frontdesk/v1/StaffMember';
import type { StaffReport as _frontdesk_v1_StaffReport, StaffReport__Output as _frontdesk_v1_StaffReport__Output } from './frontdesk/v1/StaffReport';
import type { StaffReportRow as _frontdesk_v1_StaffReportRow, StaffReportRow__Output as _frontdesk_v1_StaffReportRow__Output } from './frontdesk/v1/StaffReportRow';
import type { SubmitHandoverRequest as _frontdesk_v1_SubmitHandoverRequest, SubmitHandoverRequest__Output as _frontdesk_v1_SubmitHandoverRequest__Output } from './frontdesk/v1/SubmitHandoverRequest';
import type { Ticket as _frontdesk_v1_Ticket, Ticket__Output as _frontdesk_v1_Ticket__Output } from './frontdesk/v1/Ticket';
import type { TicketCallback as _frontdesk_v1_TicketCallback, TicketCallback__Output as _frontdesk_v1_TicketCallback__Output } from './frontdesk/v1/TicketCallback';
import type { TicketCounts as _frontdesk_v1_TicketCounts, TicketCounts__Output as _frontdesk_v1_TicketCounts__Output } from './frontdesk/v1/TicketCounts';
import type { TicketDeadlines as _frontdesk_v1_TicketDeadlines, TicketDeadlines__Output as _frontdesk_v1_TicketDeadlines__Output } from './frontdesk/v1/TicketDeadlines';
import type { TicketEvent as _frontdesk_v1_TicketEvent, TicketEvent__Output as _frontdesk_v1_TicketEvent__Output } from './frontdesk/v1/TicketEvent';
import type { TicketPlan as _frontdesk_v1_TicketPlan, TicketPlan__Output as _frontdesk_v1_TicketPlan__Output } from './frontdesk/v1/TicketPlan';
import type { TicketServiceClient as _frontdesk_v1_TicketServiceClient, TicketServiceDefinition as _frontdesk_v1_TicketServiceDefinition } from './frontdesk/v1/TicketService';
import type { Unit as _frontdesk_v1_Unit, Unit__Output as _frontdesk_v1_Unit__Output } from './frontdesk/v1/Unit';
import type { UnitCallbackStatus as _frontdesk_v1_UnitCallbackStatus, UnitCallbackStatus__Output as _frontdesk_v1_UnitCallbackStatus__Output } from './frontdesk/v1/UnitCallbackStatus';
import type { UpdateCalendarDayRequest as _frontdesk_v1_UpdateCalendarDayRequest, UpdateCalendarDayRequest__Output as _frontdesk_v1_UpdateCalendarDayRequest__Output } from './frontdesk/v1/UpdateCalendarDayRequest';
import type { UpdateDepartmentRequest as _frontdesk_v1_UpdateDepartmentRequest, UpdateDepartmentRequest__Output as _frontdesk_v1_UpdateDepartmentRequest__Output } from './frontdesk/v1/UpdateDepartmentRequest';
import type { UpdateHandoverRequest as _frontdesk_v1_UpdateHandoverRequest, UpdateHandoverRequest__Output as _frontdesk_v1_UpdateHandoverRequest__Output } from './frontdesk/v1/UpdateHandoverRequest';
import type { UpdateReportSettingsRequest as _frontdesk_v1_UpdateReportSettingsRequest, UpdateReportSettingsRequest__Output as _frontdesk_v1_UpdateReportSettingsRequest__Output } from './frontdesk/v1/UpdateReportSettingsRequest';
import type { UpdateRosterPolicyRequest as _frontdesk_v1_UpdateRosterPolicyRequest, UpdateRosterPolicyRequest__Output as _frontdesk_v1_UpdateRosterPolicyRequest__Output } from './frontdesk/v1/UpdateRosterPolicyRequest';
import type { UpdateSlaPolicyRequest as _frontdesk_v1_UpdateSlaPolicyRequest, UpdateSlaPolicyRequest__Output as _frontdesk_v1_UpdateSlaPolicyRequest__Output } from './frontdesk/v1/UpdateSlaPolicyRequest';
import type { UpdateTicketRequest as _frontdesk_v1_UpdateTicketRequest, UpdateTicketRequest__Output as _frontdesk_v1_UpdateTicketRequest__Output } from './frontdesk/v1/UpdateTicketRequest';
import type { UpdateVendorRequest as _frontdesk_v1_UpdateVendorRequest, UpdateVendorRequest__Output as _frontdesk_v1_UpdateVendorRequest__Output } from './frontdesk/v1/UpdateVendorRequest';
import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from './frontdesk/v1/Vendor';
import type { WatchTicketsRequest as _frontdesk_v1_WatchTicketsRequest, WatchTicketsRequest__Output as _frontdesk_v1_WatchTicketsRequest__Output } from './frontdesk/v1/WatchTicketsRequest';
import type { WeeklySummary as _frontdesk_v1_WeeklySummary, WeeklySummary__Output as _frontdesk_v1_WeeklySummary__Output } from './frontdesk/v1/WeeklySummary';
import type { WorkOrder as _frontdesk_v1_WorkOrder, WorkOrder__Output as _frontdesk_v1_WorkOrder__Output } from './frontdesk/v1/WorkOrder';
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
      AddTicketNoteRequest: MessageTypeDefinition<_frontdesk_v1_AddTicketNoteRequest, _frontdesk_v1_AddTicketNoteRequest__Output>
      AgreeShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_AgreeShiftSwapRequest, _frontdesk_v1_AgreeShiftSwapRequest__Output>
      AgreeTicketPlanRequest: MessageTypeDefinition<_frontdesk_v1_AgreeTicketPlanRequest, _frontdesk_v1_AgreeTicketPlanRequest__Output>
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
      CancelTicketRequest: MessageTypeDefinition<_frontdesk_v1_CancelTicketRequest, _frontdesk_v1_CancelTicketRequest__Output>
      CategoryCount: MessageTypeDefinition<_frontdesk_v1_CategoryCount, _frontdesk_v1_CategoryCount__Output>
      ChangePromiseRequest: MessageTypeDefinition<_frontdesk_v1_ChangePromiseRequest, _frontdesk_v1_ChangePromiseRequest__Output>
      ChannelCount: MessageTypeDefinition<_frontdesk_v1_ChannelCount, _frontdesk_v1_ChannelCount__Output>
      ClockInRequest: MessageTypeDefinition<_frontdesk_v1_ClockInRequest, _frontdesk_v1_ClockInRequest__Output>
      ClockOutRequest: MessageTypeDefinition<_frontdesk_v1_ClockOutRequest, _frontdesk_v1_ClockOutRequest__Output>
      ComplaintAnalysis: MessageTypeDefinition<_frontdesk_v1_ComplaintAnalysis, _frontdesk_v1_ComplaintAnalysis__Output>
      CompleteWorkOrderRequest: MessageTypeDefinition<_frontdesk_v1_CompleteWorkOrderRequest, _frontdesk_v1_CompleteWorkOrderRequest__Output>
      ConfirmArrivalRequest: MessageTypeDefinition<_frontdesk_v1_ConfirmArrivalRequest, _frontdesk_v1_ConfirmArrivalRequest__Output>
      ConsentHandoverItemRequest: MessageTypeDefinition<_frontdesk_v1_ConsentHandoverItemRequest, _frontdesk_v1_ConsentHandoverItemRequest__Output>
      Contact: MessageTypeDefinition<_frontdesk_v1_Contact, _frontdesk_v1_Contact__Output>
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
      CreateTicketRequest: MessageTypeDefinition<_frontdesk_v1_CreateTicketRequest, _frontdesk_v1_CreateTicketRequest__Output>
      CreateUnitRequest: MessageTypeDefinition<_frontdesk_v1_CreateUnitRequest, _frontdesk_v1_CreateUnitRequest__Output>
      CreateVendorRequest: MessageTypeDefinition<_frontdesk_v1_CreateVendorRequest, _frontdesk_v1_CreateVendorRequest__Output>
      DailyDutyReport: MessageTypeDefinition<_frontdesk_v1_DailyDutyReport, _frontdesk_v1_DailyDutyReport__Output>
      DayFigures: MessageTypeDefinition<_frontdesk_v1_DayFigures, _frontdesk_v1_DayFigures__Output>
      DeclineShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_DeclineShiftSwapRequest, _frontdesk_v1_DeclineShiftSwapRequest__Output>
      DeleteCalendarDayRequest: MessageTypeDefinition<_frontdesk_v1_DeleteCalendarDayRequest, _frontdesk_v1_DeleteCalendarDayRequest__Output>
      DeleteDutyAssignmentRequest: MessageTypeDefinition<_frontdesk_v1_DeleteDutyAssignmentRequest, _frontdesk_v1_DeleteDutyAssignmentRequest__Output>
      Department: MessageTypeDefinition<_frontdesk_v1_Department, _frontdesk_v1_Department__Output>
      DepartmentSlipSummary: MessageTypeDefinition<_frontdesk_v1_DepartmentSlipSummary, _frontdesk_v1_DepartmentSlipSummary__Output>
      DirectoryService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_DirectoryServiceClient> & { service: _frontdesk_v1_DirectoryServiceDefinition }
      DispatchTicketRequest: MessageTypeDefinition<_frontdesk_v1_DispatchTicketRequest, _frontdesk_v1_DispatchTicketRequest__Output>
      DutyAssignment: MessageTypeDefinition<_frontdesk_v1_DutyAssignment, _frontdesk_v1_DutyAssignment__Output>
      DutyShiftSummary: MessageTypeDefinition<_frontdesk_v1_DutyShiftSummary, _frontdesk_v1_DutyShiftSummary__Output>
      EscalateTicketRequest: MessageTypeDefinition<_frontdesk_v1_EscalateTicketRequest, _frontdesk_v1_EscalateTicketRequest__Output>
      Escalation: MessageTypeDefinition<_frontdesk_v1_Escalation, _frontdesk_v1_Escalation__Output>
      EscalationLevel: EnumTypeDefinition
      FieldChange: MessageTypeDefinition<_frontdesk_v1_FieldChange, _frontdesk_v1_FieldChange__Output>
      GetApprovalRequest: MessageTypeDefinition<_frontdesk_v1_GetApprovalRequest, _frontdesk_v1_GetApprovalRequest__Output>
      GetAttendanceRecordRequest: MessageTypeDefinition<_frontdesk_v1_GetAttendanceRecordRequest, _frontdesk_v1_GetAttendanceRecordRequest__Output>
      GetAttendanceSummaryRequest: MessageTypeDefinition<_frontdesk_v1_GetAttendanceSummaryRequest, _frontdesk_v1_GetAttendanceSummaryRequest__Output>
      GetComplaintAnalysisRequest: MessageTypeDefinition<_frontdesk_v1_GetComplaintAnalysisRequest, _frontdesk_v1_GetComplaintAnalysisRequest__Output>
      GetDailyDutyReportRequest: MessageTypeDefinition<_frontdesk_v1_GetDailyDutyReportRequest, _frontdesk_v1_GetDailyDutyReportRequest__Output>
      GetDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_GetDepartmentRequest, _frontdesk_v1_GetDepartmentRequest__Output>
      GetHandoverRequest: MessageTypeDefinition<_frontdesk_v1_GetHandoverRequest, _frontdesk_v1_GetHandoverRequest__Output>
      GetLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_GetLeaveApplicationRequest, _frontdesk_v1_GetLeaveApplicationRequest__Output>
      GetMonthlyStatisticsRequest: MessageTypeDefinition<_frontdesk_v1_GetMonthlyStatisticsRequest, _frontdesk_v1_GetMonthlyStatisticsRequest__Output>
      GetOpenItemsListRequest: MessageTypeDefinition<_frontdesk_v1_GetOpenItemsListRequest, _frontdesk_v1_GetOpenItemsListRequest__Output>
      GetReportSettingsRequest: MessageTypeDefinition<_frontdesk_v1_GetReportSettingsRequest, _frontdesk_v1_GetReportSettingsRequest__Output>
      GetResidentCallbackPlanRequest: MessageTypeDefinition<_frontdesk_v1_GetResidentCallbackPlanRequest, _frontdesk_v1_GetResidentCallbackPlanRequest__Output>
      GetRosterPolicyRequest: MessageTypeDefinition<_frontdesk_v1_GetRosterPolicyRequest, _frontdesk_v1_GetRosterPolicyRequest__Output>
      GetServiceQualityReportRequest: MessageTypeDefinition<_frontdesk_v1_GetServiceQualityReportRequest, _frontdesk_v1_GetServiceQualityReportRequest__Output>
      GetShiftRequest: MessageTypeDefinition<_frontdesk_v1_GetShiftRequest, _frontdesk_v1_GetShiftRequest__Output>
      GetShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_GetShiftSwapRequest, _frontdesk_v1_GetShiftSwapRequest__Output>
      GetSiteRequest: MessageTypeDefinition<_frontdesk_v1_GetSiteRequest, _frontdesk_v1_GetSiteRequest__Output>
      GetStaffMemberRequest: MessageTypeDefinition<_frontdesk_v1_GetStaffMemberRequest, _frontdesk_v1_GetStaffMemberRequest__Output>
      GetStaffReportRequest: MessageTypeDefinition<_frontdesk_v1_GetStaffReportRequest, _frontdesk_v1_GetStaffReportRequest__Output>
      GetTicketRequest: MessageTypeDefinition<_frontdesk_v1_GetTicketRequest, _frontdesk_v1_GetTicketRequest__Output>
      GetUnitRequest: MessageTypeDefinition<_frontdesk_v1_GetUnitRequest, _frontdesk_v1_GetUnitRequest__Output>
      GetVendorRequest: MessageTypeDefinition<_frontdesk_v1_GetVendorRequest, _frontdesk_v1_GetVendorRequest__Output>
      GetWeeklySummaryRequest: MessageTypeDefinition<_frontdesk_v1_GetWeeklySummaryRequest, _frontdesk_v1_GetWeeklySummaryRequest__Output>
      Handover: MessageTypeDefinition<_frontdesk_v1_Handover, _frontdesk_v1_Handover__Output>
      HandoverItem: MessageTypeDefinition<_frontdesk_v1_HandoverItem, _frontdesk_v1_HandoverItem__Output>
      InventoryCount: MessageTypeDefinition<_frontdesk_v1_InventoryCount, _frontdesk_v1_InventoryCount__Output>
      InventoryItem: MessageTypeDefinition<_frontdesk_v1_InventoryItem, _frontdesk_v1_InventoryItem__Output>
      LeaveApplication: MessageTypeDefinition<_frontdesk_v1_LeaveApplication, _frontdesk_v1_LeaveApplication__Output>
      LeaveDays: MessageTypeDefinition<_frontdesk_v1_LeaveDays, _frontdesk_v1_LeaveDays__Output>
      LinkTicketRequest: MessageTypeDefinition<_frontdesk_v1_LinkTicketRequest, _frontdesk_v1_LinkTicketRequest__Output>
      ListAttendanceCorrectionsRequest: MessageTypeDefinition<_frontdesk_v1_ListAttendanceCorrectionsRequest, _frontdesk_v1_ListAttendanceCorrectionsRequest__Output>
      ListAttendanceCorrectionsResponse: MessageTypeDefinition<_frontdesk_v1_ListAttendanceCorrectionsResponse, _frontdesk_v1_ListAttendanceCorrectionsResponse__Output>
      ListAttendanceRecordsRequest: MessageTypeDefinition<_frontdesk_v1_ListAttendanceRecordsRequest, _frontdesk_v1_ListAttendanceRecordsRequest__Output>
      ListAttendanceRecordsResponse: MessageTypeDefinition<_frontdesk_v1_ListAttendanceRecordsResponse, _frontdesk_v1_ListAttendanceRecordsResponse__Output>
      ListAttendanceSummariesRequest: MessageTypeDefinition<_frontdesk_v1_ListAttendanceSummariesRequest, _frontdesk_v1_ListAttendanceSummariesRequest__Output>
      ListAttendanceSummariesResponse: MessageTypeDefinition<_frontdesk_v1_ListAttendanceSummariesResponse, _frontdesk_v1_ListAttendanceSummariesResponse__Output>
      ListCalendarDaysRequest: MessageTypeDefinition<_frontdesk_v1_ListCalendarDaysRequest, _frontdesk_v1_ListCalendarDaysRequest__Output>
      ListCalendarDaysResponse: MessageTypeDefinition<_frontdesk_v1_ListCalendarDaysResponse, _frontdesk_v1_ListCalendarDaysResponse__Output>
      ListCallbacksDueRequest: MessageTypeDefinition<_frontdesk_v1_ListCallbacksDueRequest, _frontdesk_v1_ListCallbacksDueRequest__Output>
      ListDepartmentsRequest: MessageTypeDefinition<_frontdesk_v1_ListDepartmentsRequest, _frontdesk_v1_ListDepartmentsRequest__Output>
      ListDepartmentsResponse: MessageTypeDefinition<_frontdesk_v1_ListDepartmentsResponse, _frontdesk_v1_ListDepartmentsResponse__Output>
      ListDutyAssignmentsRequest: MessageTypeDefinition<_frontdesk_v1_ListDutyAssignmentsRequest, _frontdesk_v1_ListDutyAssignmentsRequest__Output>
      ListDutyAssignmentsResponse: MessageTypeDefinition<_frontdesk_v1_ListDutyAssignmentsResponse, _frontdesk_v1_ListDutyAssignmentsResponse__Output>
      ListEscalationsRequest: MessageTypeDefinition<_frontdesk_v1_ListEscalationsRequest, _frontdesk_v1_ListEscalationsRequest__Output>
      ListEscalationsResponse: MessageTypeDefinition<_frontdesk_v1_ListEscalationsResponse, _frontdesk_v1_ListEscalationsResponse__Output>
      ListHandoversRequest: MessageTypeDefinition<_frontdesk_v1_ListHandoversRequest, _frontdesk_v1_ListHandoversRequest__Output>
      ListHandoversResponse: MessageTypeDefinition<_frontdesk_v1_ListHandoversResponse, _frontdesk_v1_ListHandoversResponse__Output>
      ListLeaveApplicationsRequest: MessageTypeDefinition<_frontdesk_v1_ListLeaveApplicationsRequest, _frontdesk_v1_ListLeaveApplicationsRequest__Output>
      ListLeaveApplicationsResponse: MessageTypeDefinition<_frontdesk_v1_ListLeaveApplicationsResponse, _frontdesk_v1_ListLeaveApplicationsResponse__Output>
      ListOverdueTicketsRequest: MessageTypeDefinition<_frontdesk_v1_ListOverdueTicketsRequest, _frontdesk_v1_ListOverdueTicketsRequest__Output>
      ListResidentCallbacksRequest: MessageTypeDefinition<_frontdesk_v1_ListResidentCallbacksRequest, _frontdesk_v1_ListResidentCallbacksRequest__Output>
      ListResidentCallbacksResponse: MessageTypeDefinition<_frontdesk_v1_ListResidentCallbacksResponse, _frontdesk_v1_ListResidentCallbacksResponse__Output>
      ListShiftSwapsRequest: MessageTypeDefinition<_frontdesk_v1_ListShiftSwapsRequest, _frontdesk_v1_ListShiftSwapsRequest__Output>
      ListShiftSwapsResponse: MessageTypeDefinition<_frontdesk_v1_ListShiftSwapsResponse, _frontdesk_v1_ListShiftSwapsResponse__Output>
      ListShiftsRequest: MessageTypeDefinition<_frontdesk_v1_ListShiftsRequest, _frontdesk_v1_ListShiftsRequest__Output>
      ListShiftsResponse: MessageTypeDefinition<_frontdesk_v1_ListShiftsResponse, _frontdesk_v1_ListShiftsResponse__Output>
      ListSitesRequest: MessageTypeDefinition<_frontdesk_v1_ListSitesRequest, _frontdesk_v1_ListSitesRequest__Output>
      ListSitesResponse: MessageTypeDefinition<_frontdesk_v1_ListSitesResponse, _frontdesk_v1_ListSitesResponse__Output>
      ListSlaPoliciesRequest: MessageTypeDefinition<_frontdesk_v1_ListSlaPoliciesRequest, _frontdesk_v1_ListSlaPoliciesRequest__Output>
      ListSlaPoliciesResponse: MessageTypeDefinition<_frontdesk_v1_ListSlaPoliciesResponse, _frontdesk_v1_ListSlaPoliciesResponse__Output>
      ListStaffMembersRequest: MessageTypeDefinition<_frontdesk_v1_ListStaffMembersRequest, _frontdesk_v1_ListStaffMembersRequest__Output>
      ListStaffMembersResponse: MessageTypeDefinition<_frontdesk_v1_ListStaffMembersResponse, _frontdesk_v1_ListStaffMembersResponse__Output>
      ListTicketEventsRequest: MessageTypeDefinition<_frontdesk_v1_ListTicketEventsRequest, _frontdesk_v1_ListTicketEventsRequest__Output>
      ListTicketEventsResponse: MessageTypeDefinition<_frontdesk_v1_ListTicketEventsResponse, _frontdesk_v1_ListTicketEventsResponse__Output>
      ListTicketsRequest: MessageTypeDefinition<_frontdesk_v1_ListTicketsRequest, _frontdesk_v1_ListTicketsRequest__Output>
      ListTicketsResponse: MessageTypeDefinition<_frontdesk_v1_ListTicketsResponse, _frontdesk_v1_ListTicketsResponse__Output>
      ListUnitsRequest: MessageTypeDefinition<_frontdesk_v1_ListUnitsRequest, _frontdesk_v1_ListUnitsRequest__Output>
      ListUnitsResponse: MessageTypeDefinition<_frontdesk_v1_ListUnitsResponse, _frontdesk_v1_ListUnitsResponse__Output>
      ListVendorsRequest: MessageTypeDefinition<_frontdesk_v1_ListVendorsRequest, _frontdesk_v1_ListVendorsRequest__Output>
      ListVendorsResponse: MessageTypeDefinition<_frontdesk_v1_ListVendorsResponse, _frontdesk_v1_ListVendorsResponse__Output>
      ListWorkOrdersRequest: MessageTypeDefinition<_frontdesk_v1_ListWorkOrdersRequest, _frontdesk_v1_ListWorkOrdersRequest__Output>
      ListWorkOrdersResponse: MessageTypeDefinition<_frontdesk_v1_ListWorkOrdersResponse, _frontdesk_v1_ListWorkOrdersResponse__Output>
      MarkTicketDuplicateRequest: MessageTypeDefinition<_frontdesk_v1_MarkTicketDuplicateRequest, _frontdesk_v1_MarkTicketDuplicateRequest__Output>
      MarkTicketUnfoundedRequest: MessageTypeDefinition<_frontdesk_v1_MarkTicketUnfoundedRequest, _frontdesk_v1_MarkTicketUnfoundedRequest__Output>
      MonthlyStatistics: MessageTypeDefinition<_frontdesk_v1_MonthlyStatistics, _frontdesk_v1_MonthlyStatistics__Output>
      OpenItem: MessageTypeDefinition<_frontdesk_v1_OpenItem, _frontdesk_v1_OpenItem__Output>
      OpenItemGroup: MessageTypeDefinition<_frontdesk_v1_OpenItemGroup, _frontdesk_v1_OpenItemGroup__Output>
      OpenItemsList: MessageTypeDefinition<_frontdesk_v1_OpenItemsList, _frontdesk_v1_OpenItemsList__Output>
      PendTicketRequest: MessageTypeDefinition<_frontdesk_v1_PendTicketRequest, _frontdesk_v1_PendTicketRequest__Output>
      RateMetric: MessageTypeDefinition<_frontdesk_v1_RateMetric, _frontdesk_v1_RateMetric__Output>
      RecordCallbackRequest: MessageTypeDefinition<_frontdesk_v1_RecordCallbackRequest, _frontdesk_v1_RecordCallbackRequest__Output>
      RecordResidentNoticeRequest: MessageTypeDefinition<_frontdesk_v1_RecordResidentNoticeRequest, _frontdesk_v1_RecordResidentNoticeRequest__Output>
      RejectAttendanceCorrectionRequest: MessageTypeDefinition<_frontdesk_v1_RejectAttendanceCorrectionRequest, _frontdesk_v1_RejectAttendanceCorrectionRequest__Output>
      RejectLeaveApplicationRequest: MessageTypeDefinition<_frontdesk_v1_RejectLeaveApplicationRequest, _frontdesk_v1_RejectLeaveApplicationRequest__Output>
      RejectShiftSwapRequest: MessageTypeDefinition<_frontdesk_v1_RejectShiftSwapRequest, _frontdesk_v1_RejectShiftSwapRequest__Output>
      ReleaseFromDutyRequest: MessageTypeDefinition<_frontdesk_v1_ReleaseFromDutyRequest, _frontdesk_v1_ReleaseFromDutyRequest__Output>
      ReopenTicketRequest: MessageTypeDefinition<_frontdesk_v1_ReopenTicketRequest, _frontdesk_v1_ReopenTicketRequest__Output>
      RepairRoute: EnumTypeDefinition
      ReportPeriod: MessageTypeDefinition<_frontdesk_v1_ReportPeriod, _frontdesk_v1_ReportPeriod__Output>
      ReportScope: MessageTypeDefinition<_frontdesk_v1_ReportScope, _frontdesk_v1_ReportScope__Output>
      ReportService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_ReportServiceClient> & { service: _frontdesk_v1_ReportServiceDefinition }
      ReportSettings: MessageTypeDefinition<_frontdesk_v1_ReportSettings, _frontdesk_v1_ReportSettings__Output>
      ResidentCallback: MessageTypeDefinition<_frontdesk_v1_ResidentCallback, _frontdesk_v1_ResidentCallback__Output>
      ResidentCallbackPlan: MessageTypeDefinition<_frontdesk_v1_ResidentCallbackPlan, _frontdesk_v1_ResidentCallbackPlan__Output>
      ResolveTicketRequest: MessageTypeDefinition<_frontdesk_v1_ResolveTicketRequest, _frontdesk_v1_ResolveTicketRequest__Output>
      ResumeTicketRequest: MessageTypeDefinition<_frontdesk_v1_ResumeTicketRequest, _frontdesk_v1_ResumeTicketRequest__Output>
      ReturnFromLeaveRequest: MessageTypeDefinition<_frontdesk_v1_ReturnFromLeaveRequest, _frontdesk_v1_ReturnFromLeaveRequest__Output>
      RoleGrant: MessageTypeDefinition<_frontdesk_v1_RoleGrant, _frontdesk_v1_RoleGrant__Output>
      RosterPolicy: MessageTypeDefinition<_frontdesk_v1_RosterPolicy, _frontdesk_v1_RosterPolicy__Output>
      RosterService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_RosterServiceClient> & { service: _frontdesk_v1_RosterServiceDefinition }
      SatisfactionBreakdown: MessageTypeDefinition<_frontdesk_v1_SatisfactionBreakdown, _frontdesk_v1_SatisfactionBreakdown__Output>
      ServiceQualityReport: MessageTypeDefinition<_frontdesk_v1_ServiceQualityReport, _frontdesk_v1_ServiceQualityReport__Output>
      Shift: MessageTypeDefinition<_frontdesk_v1_Shift, _frontdesk_v1_Shift__Output>
      ShiftDefinition: MessageTypeDefinition<_frontdesk_v1_ShiftDefinition, _frontdesk_v1_ShiftDefinition__Output>
      ShiftSwap: MessageTypeDefinition<_frontdesk_v1_ShiftSwap, _frontdesk_v1_ShiftSwap__Output>
      Site: MessageTypeDefinition<_frontdesk_v1_Site, _frontdesk_v1_Site__Output>
      SlaPolicy: MessageTypeDefinition<_frontdesk_v1_SlaPolicy, _frontdesk_v1_SlaPolicy__Output>
      StaffMember: MessageTypeDefinition<_frontdesk_v1_StaffMember, _frontdesk_v1_StaffMember__Output>
      StaffReport: MessageTypeDefinition<_frontdesk_v1_StaffReport, _frontdesk_v1_StaffReport__Output>
      StaffReportRow: MessageTypeDefinition<_frontdesk_v1_StaffReportRow, _frontdesk_v1_StaffReportRow__Output>
      SubmitHandoverRequest: MessageTypeDefinition<_frontdesk_v1_SubmitHandoverRequest, _frontdesk_v1_SubmitHandoverRequest__Output>
      Ticket: MessageTypeDefinition<_frontdesk_v1_Ticket, _frontdesk_v1_Ticket__Output>
      TicketCallback: MessageTypeDefinition<_frontdesk_v1_TicketCallback, _frontdesk_v1_TicketCallback__Output>
      TicketCounts: MessageTypeDefinition<_frontdesk_v1_TicketCounts, _frontdesk_v1_TicketCounts__Output>
      TicketDeadlines: MessageTypeDefinition<_frontdesk_v1_TicketDeadlines, _frontdesk_v1_TicketDeadlines__Output>
      TicketEvent: MessageTypeDefinition<_frontdesk_v1_TicketEvent, _frontdesk_v1_TicketEvent__Output>
      TicketPlan: MessageTypeDefinition<_frontdesk_v1_TicketPlan, _frontdesk_v1_TicketPlan__Output>
      TicketService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_TicketServiceClient> & { service: _frontdesk_v1_TicketServiceDefinition }
      Unit: MessageTypeDefinition<_frontdesk_v1_Unit, _frontdesk_v1_Unit__Output>
      UnitCallbackStatus: MessageTypeDefinition<_frontdesk_v1_UnitCallbackStatus, _frontdesk_v1_UnitCallbackStatus__Output>
      UpdateCalendarDayRequest: MessageTypeDefinition<_frontdesk_v1_UpdateCalendarDayRequest, _frontdesk_v1_UpdateCalendarDayRequest__Output>
      UpdateDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_UpdateDepartmentRequest, _frontdesk_v1_UpdateDepartmentRequest__Output>
      UpdateHandoverRequest: MessageTypeDefinition<_frontdesk_v1_UpdateHandoverRequest, _frontdesk_v1_UpdateHandoverRequest__Output>
      UpdateReportSettingsRequest: MessageTypeDefinition<_frontdesk_v1_UpdateReportSettingsRequest, _frontdesk_v1_UpdateReportSettingsRequest__Output>
      UpdateRosterPolicyRequest: MessageTypeDefinition<_frontdesk_v1_UpdateRosterPolicyRequest, _frontdesk_v1_UpdateRosterPolicyRequest__Output>
      UpdateSlaPolicyRequest: MessageTypeDefinition<_frontdesk_v1_UpdateSlaPolicyRequest, _frontdesk_v1_UpdateSlaPolicyRequest__Output>
      UpdateTicketRequest: MessageTypeDefinition<_frontdesk_v1_UpdateTicketRequest, _frontdesk_v1_UpdateTicketRequest__Output>
      UpdateVendorRequest: MessageTypeDefinition<_frontdesk_v1_UpdateVendorRequest, _frontdesk_v1_UpdateVendorRequest__Output>
      Vendor: MessageTypeDefinition<_frontdesk_v1_Vendor, _frontdesk_v1_Vendor__Output>
      WatchTicketsRequest: MessageTypeDefinition<_frontdesk_v1_WatchTicketsRequest, _frontdesk_v1_WatchTicketsRequest__Output>
      WeeklySummary: MessageTypeDefinition<_frontdesk_v1_WeeklySummary, _frontdesk_v1_WeeklySummary__Output>
      WorkOrder: MessageTypeDefinition<_frontdesk_v1_WorkOrder, _frontdesk_v1_WorkOrder__Output>
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

