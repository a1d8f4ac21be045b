// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { UnitCallbackStatus as _frontdesk_v1_UnitCallbackStatus, UnitCallbackStatus__Output as _frontdesk_v1_UnitCallbackStatus__Output } from '../../frontdesk/v1/UnitCallbackStatus';
import type { ResidentCallbackPlan as _frontdesk_v1_ResidentCallbackPlan, ResidentCallbackPlan__Output as _frontdesk_v1_ResidentCallbackPlan__Output } from '../../frontdesk/v1/ResidentCallbackPlan';
import type { Long } from '@grpc/proto-loader';

// Original file: ../../protos/frontdesk/v1/report_service.proto

export const _frontdesk_v1_ResidentCallbackPlan_Cadence = {
  /**
   * no handover date, or a "sites/-" total
   */
  CADENCE_UNSPECIFIED: 'CADENCE_UNSPECIFIED',
  /**
   * The period starts in the first year after handover (before its first
   * anniversary): every unit once a calendar month.
   */
  MONTHLY: 'MONTHLY',
  /**
   * Later: every unit once a calendar quarter.
   */
  QUARTERLY: 'QUARTERLY',
} as const;

export type _frontdesk_v1_ResidentCallbackPlan_Cadence =
  /**
   * no handover date, or a "sites/-" total
   */
  | 'CADENCE_UNSPECIFIED'
  | 0
  /**
   * The period starts in the first year after handover (before its first
   * anniversary): every unit once a calendar month.
   */
  | 'MONTHLY'
  | 1
  /**
   * Later: every unit once a calendar quarter.
   */
  | 'QUARTERLY'
  | 2

export type _frontdesk_v1_ResidentCallbackPlan_Cadence__Output = typeof _frontdesk_v1_ResidentCallbackPlan_Cadence[keyof typeof _frontdesk_v1_ResidentCallbackPlan_Cadence]

/**
 * 回访计划 of one site (or, under "sites/-", the sum of the sites).
 */
export interface ResidentCallbackPlan {
  /**
   * scope.period is the duty period: the month asked for (MONTHLY) or its
   * calendar quarter (QUARTERLY); for "sites/-" the month asked for. partial
   * when it includes the site's today.
   */
  'scope'?: (_frontdesk_v1_ReportScope | null);
  'cadence'?: (_frontdesk_v1_ResidentCallbackPlan_Cadence);
  /**
   * ReportSettings.resident_handover_date is set. When false nothing is
   * due and coverage is no_data.
   */
  'handoverDateSet'?: (boolean);
  /**
   * Units due: in the directory before the duty period began (a unit
   * created during the period is due from the next one); none before the
   * handover date, nor in a period that ends before it.
   */
  'due'?: (number | string | Long);
  /**
   * Of them, with a REACHED callback recorded in the duty period.
   */
  'done'?: (number | string | Long);
  /**
   * done / due, target 100% (AT_LEAST 1.0); no_data when nothing is due.
   */
  'coverage'?: (_frontdesk_v1_RateMetric | null);
  /**
   * The due units, by name; at most 10000 (then `truncated`). Empty for a
   * "sites/-" total (see by_site).
   */
  'units'?: (_frontdesk_v1_UnitCallbackStatus)[];
  'truncated'?: (boolean);
  'bySite'?: (_frontdesk_v1_ResidentCallbackPlan)[];
}

/**
 * 回访计划 of one site (or, under "sites/-", the sum of the sites).
 */
export interface ResidentCallbackPlan__Output {
  /**
   * scope.period is the duty period: the month asked for (MONTHLY) or its
   * calendar quarter (QUARTERLY); for "sites/-" the month asked for. partial
   * when it includes the site's today.
   */
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  'cadence': (_frontdesk_v1_ResidentCallbackPlan_Cadence__Output);
  /**
   * ReportSettings.resident_handover_date is set. When false nothing is
   * due and coverage is no_data.
   */
  'handoverDateSet': (boolean);
  /**
   * Units due: in the directory before the duty period began (a unit
   * created during the period is due from the next one); none before the
   * handover date, nor in a period that ends before it.
   */
  'due': (string);
  /**
   * Of them, with a REACHED callback recorded in the duty period.
   */
  'done': (string);
  /**
   * done / due, target 100% (AT_LEAST 1.0); no_data when nothing is due.
   */
  'coverage': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * The due units, by name; at most 10000 (then `truncated`). Empty for a
   * "sites/-" total (see by_site).
   */
  'units': (_frontdesk_v1_UnitCallbackStatus__Output)[];
  'truncated': (boolean);
  'bySite': (_frontdesk_v1_ResidentCallbackPlan__Output)[];
}
