// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { CategoryCount as _frontdesk_v1_CategoryCount, CategoryCount__Output as _frontdesk_v1_CategoryCount__Output } from '../../frontdesk/v1/CategoryCount';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { ComplaintAnalysis as _frontdesk_v1_ComplaintAnalysis, ComplaintAnalysis__Output as _frontdesk_v1_ComplaintAnalysis__Output } from '../../frontdesk/v1/ComplaintAnalysis';
import type { Long } from '@grpc/proto-loader';

/**
 * 投诉分析.
 */
export interface ComplaintAnalysis {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  /**
   * Complaints created in the period (DUPLICATE and CANCELLED excluded).
   */
  'complaints'?: (number | string | Long);
  'byClass'?: (_frontdesk_v1_CategoryCount)[];
  /**
   * Outcome so far: founded (resolved or closed), unfounded (投诉不成立),
   * still open.
   */
  'founded'?: (number | string | Long);
  'unfounded'?: (number | string | Long);
  'open'?: (number | string | Long);
  /**
   * By the department found responsible, by count descending.
   */
  'byResponsibleDepartment'?: (_frontdesk_v1_CategoryCount)[];
  'answered_24h'?: (_frontdesk_v1_RateMetric | null);
  'finishedInDeadline'?: (_frontdesk_v1_RateMetric | null);
  /**
   * Complaints whose promised time was renegotiated with the resident
   * (002 §9.3), and of those finished by the new time.
   */
  'renegotiated'?: (number | string | Long);
  'finishedByRenegotiatedTime'?: (number | string | Long);
  /**
   * Complaints reopened after an unsatisfied callback, and how many reopen
   * cycles in all.
   */
  'reopened'?: (number | string | Long);
  'reopenCycles'?: (number | string | Long);
  'medianTimeToAnswer'?: (_google_protobuf_Duration | null);
  'medianTimeToFinish'?: (_google_protobuf_Duration | null);
  /**
   * Units with two or more complaints in the period (repeat complainants),
   * "sites/{site}/units/{unit}" as category, count descending, at most 20.
   */
  'repeatUnits'?: (_frontdesk_v1_CategoryCount)[];
  /**
   * Effective complaints in the previous period of the same length, for the
   * trend.
   */
  'previousPeriodEffective'?: (number | string | Long);
  /**
   * Complaints escalated to the site manager, or reopened twice or more:
   * the "important complaints" reviewed monthly. Ticket resource names.
   */
  'notableTickets'?: (string)[];
  'bySite'?: (_frontdesk_v1_ComplaintAnalysis)[];
}

/**
 * 投诉分析.
 */
export interface ComplaintAnalysis__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  /**
   * Complaints created in the period (DUPLICATE and CANCELLED excluded).
   */
  'complaints': (string);
  'byClass': (_frontdesk_v1_CategoryCount__Output)[];
  /**
   * Outcome so far: founded (resolved or closed), unfounded (投诉不成立),
   * still open.
   */
  'founded': (string);
  'unfounded': (string);
  'open': (string);
  /**
   * By the department found responsible, by count descending.
   */
  'byResponsibleDepartment': (_frontdesk_v1_CategoryCount__Output)[];
  'answered_24h': (_frontdesk_v1_RateMetric__Output | null);
  'finishedInDeadline': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * Complaints whose promised time was renegotiated with the resident
   * (002 §9.3), and of those finished by the new time.
   */
  'renegotiated': (string);
  'finishedByRenegotiatedTime': (string);
  /**
   * Complaints reopened after an unsatisfied callback, and how many reopen
   * cycles in all.
   */
  'reopened': (string);
  'reopenCycles': (string);
  'medianTimeToAnswer': (_google_protobuf_Duration__Output | null);
  'medianTimeToFinish': (_google_protobuf_Duration__Output | null);
  /**
   * Units with two or more complaints in the period (repeat complainants),
   * "sites/{site}/units/{unit}" as category, count descending, at most 20.
   */
  'repeatUnits': (_frontdesk_v1_CategoryCount__Output)[];
  /**
   * Effective complaints in the previous period of the same length, for the
   * trend.
   */
  'previousPeriodEffective': (string);
  /**
   * Complaints escalated to the site manager, or reopened twice or more:
   * the "important complaints" reviewed monthly. Ticket resource names.
   */
  'notableTickets': (string)[];
  'bySite': (_frontdesk_v1_ComplaintAnalysis__Output)[];
}
