// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/report_service.proto

/**
 * Which denominator the effective-complaint rate uses.
 */
export const _frontdesk_v1_ReportSettings_EffectiveComplaintBasis = {
  /**
   * treated as UNITS
   */
  EFFECTIVE_COMPLAINT_BASIS_UNSPECIFIED: 'EFFECTIVE_COMPLAINT_BASIS_UNSPECIFIED',
  /**
   * Units of the site in the directory at the period's end (per household,
   * the industry's usual reading of 有效投诉率 < 1%).
   */
  UNITS: 'UNITS',
  /**
   * Tickets received in the period (complaints as a share of all calls).
   */
  TICKETS: 'TICKETS',
} as const;

/**
 * Which denominator the effective-complaint rate uses.
 */
export type _frontdesk_v1_ReportSettings_EffectiveComplaintBasis =
  /**
   * treated as UNITS
   */
  | 'EFFECTIVE_COMPLAINT_BASIS_UNSPECIFIED'
  | 0
  /**
   * Units of the site in the directory at the period's end (per household,
   * the industry's usual reading of 有效投诉率 < 1%).
   */
  | 'UNITS'
  | 1
  /**
   * Tickets received in the period (complaints as a share of all calls).
   */
  | 'TICKETS'
  | 2

/**
 * Which denominator the effective-complaint rate uses.
 */
export type _frontdesk_v1_ReportSettings_EffectiveComplaintBasis__Output = typeof _frontdesk_v1_ReportSettings_EffectiveComplaintBasis[keyof typeof _frontdesk_v1_ReportSettings_EffectiveComplaintBasis]

/**
 * The values the indicators need that no seed fixes, one set per site.
 */
export interface ReportSettings {
  /**
   * "sites/{site}/reportSettings".
   */
  'name'?: (string);
  /**
   * A complaint is finished within its deadline when finished by
   * create_time + complaint_deadline + the time it was paused (PENDING).
   * Default 72 hours (002 §9.3: 3 days; one week at some sites);
   * 1 hour .. 30 days.
   */
  'complaintDeadline'?: (_google_protobuf_Duration | null);
  /**
   * Information timeliness (信息传递及时率): a slip is on time when passed
   * on within this long of the ticket's creation or reopening. Defaults
   * (no seed gives one): 30 minutes for NORMAL, 10 minutes for URGENT and
   * EMERGENCY; 1 minute .. 24 hours each, urgent not longer than normal.
   */
  'dispatchLimitNormal'?: (_google_protobuf_Duration | null);
  'dispatchLimitUrgent'?: (_google_protobuf_Duration | null);
  'effectiveComplaintBasis'?: (_frontdesk_v1_ReportSettings_EffectiveComplaintBasis);
  /**
   * 满意率 target, 0..1; 0 means no target (the indicator's direction is
   * then unspecified).
   */
  'satisfactionTarget'?: (number | string);
  /**
   * True until the site saves its own settings. Output only.
   */
  'isDefault'?: (boolean);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * The site's handover to its residents (交付), "YYYY-MM-DD" in the site's
   * zone; empty when not set (the callback plan then has nothing due). A
   * real date, not after the site's today. Decides the callback cadence
   * (GetResidentCallbackPlan).
   */
  'residentHandoverDate'?: (string);
}

/**
 * The values the indicators need that no seed fixes, one set per site.
 */
export interface ReportSettings__Output {
  /**
   * "sites/{site}/reportSettings".
   */
  'name': (string);
  /**
   * A complaint is finished within its deadline when finished by
   * create_time + complaint_deadline + the time it was paused (PENDING).
   * Default 72 hours (002 §9.3: 3 days; one week at some sites);
   * 1 hour .. 30 days.
   */
  'complaintDeadline': (_google_protobuf_Duration__Output | null);
  /**
   * Information timeliness (信息传递及时率): a slip is on time when passed
   * on within this long of the ticket's creation or reopening. Defaults
   * (no seed gives one): 30 minutes for NORMAL, 10 minutes for URGENT and
   * EMERGENCY; 1 minute .. 24 hours each, urgent not longer than normal.
   */
  'dispatchLimitNormal': (_google_protobuf_Duration__Output | null);
  'dispatchLimitUrgent': (_google_protobuf_Duration__Output | null);
  'effectiveComplaintBasis': (_frontdesk_v1_ReportSettings_EffectiveComplaintBasis__Output);
  /**
   * 满意率 target, 0..1; 0 means no target (the indicator's direction is
   * then unspecified).
   */
  'satisfactionTarget': (number);
  /**
   * True until the site saves its own settings. Output only.
   */
  'isDefault': (boolean);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * The site's handover to its residents (交付), "YYYY-MM-DD" in the site's
   * zone; empty when not set (the callback plan then has nothing due). A
   * real date, not after the site's today. Decides the callback cadence
   * (GetResidentCallbackPlan).
   */
  'residentHandoverDate': (string);
}
