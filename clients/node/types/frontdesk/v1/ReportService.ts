// Original file: ../../protos/frontdesk/v1/report_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ComplaintAnalysis as _frontdesk_v1_ComplaintAnalysis, ComplaintAnalysis__Output as _frontdesk_v1_ComplaintAnalysis__Output } from '../../frontdesk/v1/ComplaintAnalysis';
import type { DailyDutyReport as _frontdesk_v1_DailyDutyReport, DailyDutyReport__Output as _frontdesk_v1_DailyDutyReport__Output } from '../../frontdesk/v1/DailyDutyReport';
import type { GetComplaintAnalysisRequest as _frontdesk_v1_GetComplaintAnalysisRequest, GetComplaintAnalysisRequest__Output as _frontdesk_v1_GetComplaintAnalysisRequest__Output } from '../../frontdesk/v1/GetComplaintAnalysisRequest';
import type { GetDailyDutyReportRequest as _frontdesk_v1_GetDailyDutyReportRequest, GetDailyDutyReportRequest__Output as _frontdesk_v1_GetDailyDutyReportRequest__Output } from '../../frontdesk/v1/GetDailyDutyReportRequest';
import type { GetMonthlyStatisticsRequest as _frontdesk_v1_GetMonthlyStatisticsRequest, GetMonthlyStatisticsRequest__Output as _frontdesk_v1_GetMonthlyStatisticsRequest__Output } from '../../frontdesk/v1/GetMonthlyStatisticsRequest';
import type { GetOpenItemsListRequest as _frontdesk_v1_GetOpenItemsListRequest, GetOpenItemsListRequest__Output as _frontdesk_v1_GetOpenItemsListRequest__Output } from '../../frontdesk/v1/GetOpenItemsListRequest';
import type { GetReportSettingsRequest as _frontdesk_v1_GetReportSettingsRequest, GetReportSettingsRequest__Output as _frontdesk_v1_GetReportSettingsRequest__Output } from '../../frontdesk/v1/GetReportSettingsRequest';
import type { GetResidentCallbackPlanRequest as _frontdesk_v1_GetResidentCallbackPlanRequest, GetResidentCallbackPlanRequest__Output as _frontdesk_v1_GetResidentCallbackPlanRequest__Output } from '../../frontdesk/v1/GetResidentCallbackPlanRequest';
import type { GetServiceQualityReportRequest as _frontdesk_v1_GetServiceQualityReportRequest, GetServiceQualityReportRequest__Output as _frontdesk_v1_GetServiceQualityReportRequest__Output } from '../../frontdesk/v1/GetServiceQualityReportRequest';
import type { GetStaffReportRequest as _frontdesk_v1_GetStaffReportRequest, GetStaffReportRequest__Output as _frontdesk_v1_GetStaffReportRequest__Output } from '../../frontdesk/v1/GetStaffReportRequest';
import type { GetWeeklySummaryRequest as _frontdesk_v1_GetWeeklySummaryRequest, GetWeeklySummaryRequest__Output as _frontdesk_v1_GetWeeklySummaryRequest__Output } from '../../frontdesk/v1/GetWeeklySummaryRequest';
import type { MonthlyStatistics as _frontdesk_v1_MonthlyStatistics, MonthlyStatistics__Output as _frontdesk_v1_MonthlyStatistics__Output } from '../../frontdesk/v1/MonthlyStatistics';
import type { OpenItemsList as _frontdesk_v1_OpenItemsList, OpenItemsList__Output as _frontdesk_v1_OpenItemsList__Output } from '../../frontdesk/v1/OpenItemsList';
import type { ReportSettings as _frontdesk_v1_ReportSettings, ReportSettings__Output as _frontdesk_v1_ReportSettings__Output } from '../../frontdesk/v1/ReportSettings';
import type { ResidentCallbackPlan as _frontdesk_v1_ResidentCallbackPlan, ResidentCallbackPlan__Output as _frontdesk_v1_ResidentCallbackPlan__Output } from '../../frontdesk/v1/ResidentCallbackPlan';
import type { ServiceQualityReport as _frontdesk_v1_ServiceQualityReport, ServiceQualityReport__Output as _frontdesk_v1_ServiceQualityReport__Output } from '../../frontdesk/v1/ServiceQualityReport';
import type { StaffReport as _frontdesk_v1_StaffReport, StaffReport__Output as _frontdesk_v1_StaffReport__Output } from '../../frontdesk/v1/StaffReport';
import type { UpdateReportSettingsRequest as _frontdesk_v1_UpdateReportSettingsRequest, UpdateReportSettingsRequest__Output as _frontdesk_v1_UpdateReportSettingsRequest__Output } from '../../frontdesk/v1/UpdateReportSettingsRequest';
import type { WeeklySummary as _frontdesk_v1_WeeklySummary, WeeklySummary__Output as _frontdesk_v1_WeeklySummary__Output } from '../../frontdesk/v1/WeeklySummary';

export interface ReportServiceClient extends grpc.Client {
  /**
   * 投诉分析: complaints of a period by class, outcome, department and
   * timeliness (002 §3.6: monthly analysis of important complaints).
   */
  GetComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  GetComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  GetComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  GetComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  /**
   * 投诉分析: complaints of a period by class, outcome, department and
   * timeliness (002 §3.6: monthly analysis of important complaints).
   */
  getComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  getComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  getComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  getComplaintAnalysis(argument: _frontdesk_v1_GetComplaintAnalysisRequest, callback: grpc.requestCallback<_frontdesk_v1_ComplaintAnalysis__Output>): grpc.ClientUnaryCall;
  
  /**
   * 值班日报: one local date of one site (or all sites): what came in, what
   * was done, who was on duty, what is still open at the end of the day.
   */
  GetDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  GetDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  GetDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  GetDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  /**
   * 值班日报: one local date of one site (or all sites): what came in, what
   * was done, who was on duty, what is still open at the end of the day.
   */
  getDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  getDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  getDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  getDailyDutyReport(argument: _frontdesk_v1_GetDailyDutyReportRequest, callback: grpc.requestCallback<_frontdesk_v1_DailyDutyReport__Output>): grpc.ClientUnaryCall;
  
  /**
   * 月度统计: one calendar month, inquiries, help requests, complaints and
   * repairs by category (002 §6.5.3 4), with the previous month beside it.
   */
  GetMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  GetMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  GetMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  GetMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  /**
   * 月度统计: one calendar month, inquiries, help requests, complaints and
   * repairs by category (002 §6.5.3 4), with the previous month beside it.
   */
  getMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  getMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  getMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  getMonthlyStatistics(argument: _frontdesk_v1_GetMonthlyStatisticsRequest, callback: grpc.requestCallback<_frontdesk_v1_MonthlyStatistics__Output>): grpc.ClientUnaryCall;
  
  /**
   * 未结事项汇总: the open items as they stood at today's 11:00 or 14:30
   * checkpoint (or now), grouped by department, for the desk to go through
   * with each department (每日至少两次,11:00 与 14:30).
   */
  GetOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  GetOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  GetOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  GetOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  /**
   * 未结事项汇总: the open items as they stood at today's 11:00 or 14:30
   * checkpoint (or now), grouped by department, for the desk to go through
   * with each department (每日至少两次,11:00 与 14:30).
   */
  getOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  getOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  getOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  getOpenItemsList(argument: _frontdesk_v1_GetOpenItemsListRequest, callback: grpc.requestCallback<_frontdesk_v1_OpenItemsList__Output>): grpc.ClientUnaryCall;
  
  /**
   * A site's report settings (defaults until first saved): the values the
   * indicators need that no seed fixes. Who may call: as the reports.
   */
  GetReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  GetReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  GetReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  GetReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  /**
   * A site's report settings (defaults until first saved): the values the
   * indicators need that no seed fixes. Who may call: as the reports.
   */
  getReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  getReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  getReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  getReportSettings(argument: _frontdesk_v1_GetReportSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * 回访计划 (001: every unit called back monthly in the site's first year
   * after handover to its residents, quarterly after): the units due in the
   * duty period holding a month, which of them were called back, and the
   * coverage [T-PERIODIC-RESIDENT-VISITS]. Who may call: as
   * GetDailyDutyReport (the desk and the report job).
   */
  GetResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  GetResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  GetResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  GetResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  /**
   * 回访计划 (001: every unit called back monthly in the site's first year
   * after handover to its residents, quarterly after): the units due in the
   * duty period holding a month, which of them were called back, and the
   * coverage [T-PERIODIC-RESIDENT-VISITS]. Who may call: as
   * GetDailyDutyReport (the desk and the report job).
   */
  getResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  getResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  getResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  getResidentCallbackPlan(argument: _frontdesk_v1_GetResidentCallbackPlanRequest, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallbackPlan__Output>): grpc.ClientUnaryCall;
  
  /**
   * The quality indicators of a period, each with its target.
   */
  GetServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  GetServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  GetServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  GetServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  /**
   * The quality indicators of a period, each with its target.
   */
  getServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  getServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  getServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  getServiceQualityReport(argument: _frontdesk_v1_GetServiceQualityReportRequest, callback: grpc.requestCallback<_frontdesk_v1_ServiceQualityReport__Output>): grpc.ClientUnaryCall;
  
  /**
   * Workload and attendance per staff member over a period.
   */
  GetStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  GetStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  GetStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  GetStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  /**
   * Workload and attendance per staff member over a period.
   */
  getStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  getStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  getStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  getStaffReport(argument: _frontdesk_v1_GetStaffReportRequest, callback: grpc.requestCallback<_frontdesk_v1_StaffReport__Output>): grpc.ClientUnaryCall;
  
  /**
   * 周报: one week (Monday to Sunday), with the information-transfer slips
   * (信息传递单) per department.
   */
  GetWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  GetWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  GetWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  GetWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  /**
   * 周报: one week (Monday to Sunday), with the information-transfer slips
   * (信息传递单) per department.
   */
  getWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  getWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  getWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  getWeeklySummary(argument: _frontdesk_v1_GetWeeklySummaryRequest, callback: grpc.requestCallback<_frontdesk_v1_WeeklySummary__Output>): grpc.ClientUnaryCall;
  
  /**
   * SUPERVISOR and MANAGER of the site; checked against the etag.
   */
  UpdateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  UpdateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  UpdateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  UpdateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  /**
   * SUPERVISOR and MANAGER of the site; checked against the etag.
   */
  updateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  updateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  updateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  updateReportSettings(argument: _frontdesk_v1_UpdateReportSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_ReportSettings__Output>): grpc.ClientUnaryCall;
  
}

export interface ReportServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * 投诉分析: complaints of a period by class, outcome, department and
   * timeliness (002 §3.6: monthly analysis of important complaints).
   */
  GetComplaintAnalysis: grpc.handleUnaryCall<_frontdesk_v1_GetComplaintAnalysisRequest__Output, _frontdesk_v1_ComplaintAnalysis>;
  
  /**
   * 值班日报: one local date of one site (or all sites): what came in, what
   * was done, who was on duty, what is still open at the end of the day.
   */
  GetDailyDutyReport: grpc.handleUnaryCall<_frontdesk_v1_GetDailyDutyReportRequest__Output, _frontdesk_v1_DailyDutyReport>;
  
  /**
   * 月度统计: one calendar month, inquiries, help requests, complaints and
   * repairs by category (002 §6.5.3 4), with the previous month beside it.
   */
  GetMonthlyStatistics: grpc.handleUnaryCall<_frontdesk_v1_GetMonthlyStatisticsRequest__Output, _frontdesk_v1_MonthlyStatistics>;
  
  /**
   * 未结事项汇总: the open items as they stood at today's 11:00 or 14:30
   * checkpoint (or now), grouped by department, for the desk to go through
   * with each department (每日至少两次,11:00 与 14:30).
   */
  GetOpenItemsList: grpc.handleUnaryCall<_frontdesk_v1_GetOpenItemsListRequest__Output, _frontdesk_v1_OpenItemsList>;
  
  /**
   * A site's report settings (defaults until first saved): the values the
   * indicators need that no seed fixes. Who may call: as the reports.
   */
  GetReportSettings: grpc.handleUnaryCall<_frontdesk_v1_GetReportSettingsRequest__Output, _frontdesk_v1_ReportSettings>;
  
  /**
   * 回访计划 (001: every unit called back monthly in the site's first year
   * after handover to its residents, quarterly after): the units due in the
   * duty period holding a month, which of them were called back, and the
   * coverage [T-PERIODIC-RESIDENT-VISITS]. Who may call: as
   * GetDailyDutyReport (the desk and the report job).
   */
  GetResidentCallbackPlan: grpc.handleUnaryCall<_frontdesk_v1_GetResidentCallbackPlanRequest__Output, _frontdesk_v1_ResidentCallbackPlan>;
  
  /**
   * The quality indicators of a period, each with its target.
   */
  GetServiceQualityReport: grpc.handleUnaryCall<_frontdesk_v1_GetServiceQualityReportRequest__Output, _frontdesk_v1_ServiceQualityReport>;
  
  /**
   * Workload and attendance per staff member over a period.
   */
  GetStaffReport: grpc.handleUnaryCall<_frontdesk_v1_GetStaffReportRequest__Output, _frontdesk_v1_StaffReport>;
  
  /**
   * 周报: one week (Monday to Sunday), with the information-transfer slips
   * (信息传递单) per department.
   */
  GetWeeklySummary: grpc.handleUnaryCall<_frontdesk_v1_GetWeeklySummaryRequest__Output, _frontdesk_v1_WeeklySummary>;
  
  /**
   * SUPERVISOR and MANAGER of the site; checked against the etag.
   */
  UpdateReportSettings: grpc.handleUnaryCall<_frontdesk_v1_UpdateReportSettingsRequest__Output, _frontdesk_v1_ReportSettings>;
  
}

export interface ReportServiceDefinition extends grpc.ServiceDefinition {
  GetComplaintAnalysis: MethodDefinition<_frontdesk_v1_GetComplaintAnalysisRequest, _frontdesk_v1_ComplaintAnalysis, _frontdesk_v1_GetComplaintAnalysisRequest__Output, _frontdesk_v1_ComplaintAnalysis__Output>
  GetDailyDutyReport: MethodDefinition<_frontdesk_v1_GetDailyDutyReportRequest, _frontdesk_v1_DailyDutyReport, _frontdesk_v1_GetDailyDutyReportRequest__Output, _frontdesk_v1_DailyDutyReport__Output>
  GetMonthlyStatistics: MethodDefinition<_frontdesk_v1_GetMonthlyStatisticsRequest, _frontdesk_v1_MonthlyStatistics, _frontdesk_v1_GetMonthlyStatisticsRequest__Output, _frontdesk_v1_MonthlyStatistics__Output>
  GetOpenItemsList: MethodDefinition<_frontdesk_v1_GetOpenItemsListRequest, _frontdesk_v1_OpenItemsList, _frontdesk_v1_GetOpenItemsListRequest__Output, _frontdesk_v1_OpenItemsList__Output>
  GetReportSettings: MethodDefinition<_frontdesk_v1_GetReportSettingsRequest, _frontdesk_v1_ReportSettings, _frontdesk_v1_GetReportSettingsRequest__Output, _frontdesk_v1_ReportSettings__Output>
  GetResidentCallbackPlan: MethodDefinition<_frontdesk_v1_GetResidentCallbackPlanRequest, _frontdesk_v1_ResidentCallbackPlan, _frontdesk_v1_GetResidentCallbackPlanRequest__Output, _frontdesk_v1_ResidentCallbackPlan__Output>
  GetServiceQualityReport: MethodDefinition<_frontdesk_v1_GetServiceQualityReportRequest, _frontdesk_v1_ServiceQualityReport, _frontdesk_v1_GetServiceQualityReportRequest__Output, _frontdesk_v1_ServiceQualityReport__Output>
  GetStaffReport: MethodDefinition<_frontdesk_v1_GetStaffReportRequest, _frontdesk_v1_StaffReport, _frontdesk_v1_GetStaffReportRequest__Output, _frontdesk_v1_StaffReport__Output>
  GetWeeklySummary: MethodDefinition<_frontdesk_v1_GetWeeklySummaryRequest, _frontdesk_v1_WeeklySummary, _frontdesk_v1_GetWeeklySummaryRequest__Output, _frontdesk_v1_WeeklySummary__Output>
  UpdateReportSettings: MethodDefinition<_frontdesk_v1_UpdateReportSettingsRequest, _frontdesk_v1_ReportSettings, _frontdesk_v1_UpdateReportSettingsRequest__Output, _frontdesk_v1_ReportSettings__Output>
}
