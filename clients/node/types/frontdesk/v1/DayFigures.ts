// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { TicketCounts as _frontdesk_v1_TicketCounts, TicketCounts__Output as _frontdesk_v1_TicketCounts__Output } from '../../frontdesk/v1/TicketCounts';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { Long } from '@grpc/proto-loader';

/**
 * One site-local day of a period, for the trend charts.
 */
export interface DayFigures {
  /**
   * "YYYY-MM-DD".
   */
  'date'?: (string);
  /**
   * Tickets received that day, by kind (as TicketCounts elsewhere).
   */
  'received'?: (_frontdesk_v1_TicketCounts | null);
  /**
   * Tickets that reached RESOLVED, CLOSED or UNFOUNDED that day.
   */
  'resolved'?: (number | string | Long);
  /**
   * The day's SLA compliance: of the tickets finished (RESOLVED or
   * UNFOUNDED) that day, those finished by the resolution deadline in force
   * when they were finished (paused time excluded, as the workflow extends
   * the deadline by it; a renegotiated promise does not move it).
   */
  'resolvedInDeadline'?: (_frontdesk_v1_RateMetric | null);
}

/**
 * One site-local day of a period, for the trend charts.
 */
export interface DayFigures__Output {
  /**
   * "YYYY-MM-DD".
   */
  'date': (string);
  /**
   * Tickets received that day, by kind (as TicketCounts elsewhere).
   */
  'received': (_frontdesk_v1_TicketCounts__Output | null);
  /**
   * Tickets that reached RESOLVED, CLOSED or UNFOUNDED that day.
   */
  'resolved': (string);
  /**
   * The day's SLA compliance: of the tickets finished (RESOLVED or
   * UNFOUNDED) that day, those finished by the resolution deadline in force
   * when they were finished (paused time excluded, as the workflow extends
   * the deadline by it; a renegotiated promise does not move it).
   */
  'resolvedInDeadline': (_frontdesk_v1_RateMetric__Output | null);
}
