// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Long } from '@grpc/proto-loader';

// Original file: ../../protos/frontdesk/v1/report_service.proto

export const _frontdesk_v1_RateMetric_Direction = {
  /**
   * no target; `met` is false
   */
  DIRECTION_UNSPECIFIED: 'DIRECTION_UNSPECIFIED',
  /**
   * met when rate >= target
   */
  AT_LEAST: 'AT_LEAST',
  /**
   * met when rate < target
   */
  BELOW: 'BELOW',
} as const;

export type _frontdesk_v1_RateMetric_Direction =
  /**
   * no target; `met` is false
   */
  | 'DIRECTION_UNSPECIFIED'
  | 0
  /**
   * met when rate >= target
   */
  | 'AT_LEAST'
  | 1
  /**
   * met when rate < target
   */
  | 'BELOW'
  | 2

export type _frontdesk_v1_RateMetric_Direction__Output = typeof _frontdesk_v1_RateMetric_Direction[keyof typeof _frontdesk_v1_RateMetric_Direction]

/**
 * A ratio with its target, e.g. callback rate 98 of 100 against 100%.
 */
export interface RateMetric {
  'numerator'?: (number | string | Long);
  'denominator'?: (number | string | Long);
  /**
   * numerator / denominator, 0..1; 0 when denominator is 0.
   */
  'rate'?: (number | string);
  /**
   * 0..1, e.g. 1.0 for 100%, 0.01 for 1%.
   */
  'target'?: (number | string);
  'direction'?: (_frontdesk_v1_RateMetric_Direction);
  'met'?: (boolean);
  /**
   * Nothing to measure (denominator 0, or the facts are not recorded yet).
   * `met` is then false and the indicator is shown as "—".
   */
  'noData'?: (boolean);
}

/**
 * A ratio with its target, e.g. callback rate 98 of 100 against 100%.
 */
export interface RateMetric__Output {
  'numerator': (string);
  'denominator': (string);
  /**
   * numerator / denominator, 0..1; 0 when denominator is 0.
   */
  'rate': (number);
  /**
   * 0..1, e.g. 1.0 for 100%, 0.01 for 1%.
   */
  'target': (number);
  'direction': (_frontdesk_v1_RateMetric_Direction__Output);
  'met': (boolean);
  /**
   * Nothing to measure (denominator 0, or the facts are not recorded yet).
   * `met` is then false and the indicator is shown as "—".
   */
  'noData': (boolean);
}
