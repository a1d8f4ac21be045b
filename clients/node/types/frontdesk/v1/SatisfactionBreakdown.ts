// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { CategoryCount as _frontdesk_v1_CategoryCount, CategoryCount__Output as _frontdesk_v1_CategoryCount__Output } from '../../frontdesk/v1/CategoryCount';
import type { Long } from '@grpc/proto-loader';

/**
 * Satisfaction recorded at callbacks.
 */
export interface SatisfactionBreakdown {
  'ratedCallbacks'?: (number | string | Long);
  /**
   * Counts by the callback's rating value name (the ticket workflow's
   * satisfaction scale, e.g. VERY_SATISFIED, SATISFIED, NEUTRAL,
   * UNSATISFIED).
   */
  'byRating'?: (_frontdesk_v1_CategoryCount)[];
}

/**
 * Satisfaction recorded at callbacks.
 */
export interface SatisfactionBreakdown__Output {
  'ratedCallbacks': (string);
  /**
   * Counts by the callback's rating value name (the ticket workflow's
   * satisfaction scale, e.g. VERY_SATISFIED, SATISFIED, NEUTRAL,
   * UNSATISFIED).
   */
  'byRating': (_frontdesk_v1_CategoryCount__Output)[];
}
