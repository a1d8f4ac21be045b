// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { TicketCounts as _frontdesk_v1_TicketCounts, TicketCounts__Output as _frontdesk_v1_TicketCounts__Output } from '../../frontdesk/v1/TicketCounts';
import type { DepartmentSlipSummary as _frontdesk_v1_DepartmentSlipSummary, DepartmentSlipSummary__Output as _frontdesk_v1_DepartmentSlipSummary__Output } from '../../frontdesk/v1/DepartmentSlipSummary';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { WeeklySummary as _frontdesk_v1_WeeklySummary, WeeklySummary__Output as _frontdesk_v1_WeeklySummary__Output } from '../../frontdesk/v1/WeeklySummary';
import type { DayFigures as _frontdesk_v1_DayFigures, DayFigures__Output as _frontdesk_v1_DayFigures__Output } from '../../frontdesk/v1/DayFigures';
import type { Long } from '@grpc/proto-loader';

/**
 * 周报.
 */
export interface WeeklySummary {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  'received'?: (_frontdesk_v1_TicketCounts | null);
  'resolved'?: (number | string | Long);
  'openAtEnd'?: (number | string | Long);
  'overdueAtEnd'?: (number | string | Long);
  /**
   * Per department, by issued descending.
   */
  'departments'?: (_frontdesk_v1_DepartmentSlipSummary)[];
  /**
   * The week's headline indicators (definitions in ServiceQualityReport).
   */
  'callbackRate'?: (_frontdesk_v1_RateMetric | null);
  'complaintAnswered_24h'?: (_frontdesk_v1_RateMetric | null);
  'informationTimeliness'?: (_frontdesk_v1_RateMetric | null);
  'bySite'?: (_frontdesk_v1_WeeklySummary)[];
  /**
   * Monday to Sunday, one entry per day.
   */
  'days'?: (_frontdesk_v1_DayFigures)[];
}

/**
 * 周报.
 */
export interface WeeklySummary__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  'received': (_frontdesk_v1_TicketCounts__Output | null);
  'resolved': (string);
  'openAtEnd': (string);
  'overdueAtEnd': (string);
  /**
   * Per department, by issued descending.
   */
  'departments': (_frontdesk_v1_DepartmentSlipSummary__Output)[];
  /**
   * The week's headline indicators (definitions in ServiceQualityReport).
   */
  'callbackRate': (_frontdesk_v1_RateMetric__Output | null);
  'complaintAnswered_24h': (_frontdesk_v1_RateMetric__Output | null);
  'informationTimeliness': (_frontdesk_v1_RateMetric__Output | null);
  'bySite': (_frontdesk_v1_WeeklySummary__Output)[];
  /**
   * Monday to Sunday, one entry per day.
   */
  'days': (_frontdesk_v1_DayFigures__Output)[];
}
