// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { TicketCounts as _frontdesk_v1_TicketCounts, TicketCounts__Output as _frontdesk_v1_TicketCounts__Output } from '../../frontdesk/v1/TicketCounts';
import type { ChannelCount as _frontdesk_v1_ChannelCount, ChannelCount__Output as _frontdesk_v1_ChannelCount__Output } from '../../frontdesk/v1/ChannelCount';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { DutyShiftSummary as _frontdesk_v1_DutyShiftSummary, DutyShiftSummary__Output as _frontdesk_v1_DutyShiftSummary__Output } from '../../frontdesk/v1/DutyShiftSummary';
import type { DailyDutyReport as _frontdesk_v1_DailyDutyReport, DailyDutyReport__Output as _frontdesk_v1_DailyDutyReport__Output } from '../../frontdesk/v1/DailyDutyReport';
import type { Long } from '@grpc/proto-loader';

/**
 * 值班日报.
 */
export interface DailyDutyReport {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  /**
   * Tickets created that day, by kind and by channel.
   */
  'received'?: (_frontdesk_v1_TicketCounts | null);
  'receivedByChannel'?: (_frontdesk_v1_ChannelCount)[];
  /**
   * Tickets first dispatched that day (work orders, liaison forms, slips).
   */
  'dispatched'?: (number | string | Long);
  /**
   * Tickets that reached RESOLVED, CLOSED or UNFOUNDED that day.
   */
  'resolved'?: (number | string | Long);
  /**
   * Callbacks recorded that day, and how many of them found the resident
   * unsatisfied (each reopens its ticket).
   */
  'callbacks'?: (number | string | Long);
  'callbacksUnsatisfied'?: (number | string | Long);
  /**
   * Repairs resolved during that day's day shifts and called back within
   * 1 hour of the night shift's start (000 §2.10). Target 100%.
   */
  'nightCallbacksWithin_1h'?: (_frontdesk_v1_RateMetric | null);
  /**
   * Open (not RESOLVED, CLOSED, UNFOUNDED, DUPLICATE or CANCELLED) at the
   * end of the day; of them past their deadline or promised time.
   */
  'openAtEnd'?: (number | string | Long);
  'overdueAtEnd'?: (number | string | Long);
  /**
   * Tickets escalated to a supervisor or manager that day.
   */
  'escalated'?: (number | string | Long);
  /**
   * Visitor register: visits checked in, refusals, visits that overstayed,
   * visitors still on premises at the end of the day.
   */
  'visits'?: (number | string | Long);
  'refusals'?: (number | string | Long);
  'overstays'?: (number | string | Long);
  'onPremisesAtEnd'?: (number | string | Long);
  /**
   * Keys lent and returned that day; on loan and overdue at the end.
   */
  'keysLent'?: (number | string | Long);
  'keysReturned'?: (number | string | Long);
  'keysOutAtEnd'?: (number | string | Long);
  'keysOverdueAtEnd'?: (number | string | Long);
  /**
   * The shifts that started that day (one site only).
   */
  'shifts'?: (_frontdesk_v1_DutyShiftSummary)[];
  'bySite'?: (_frontdesk_v1_DailyDutyReport)[];
}

/**
 * 值班日报.
 */
export interface DailyDutyReport__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  /**
   * Tickets created that day, by kind and by channel.
   */
  'received': (_frontdesk_v1_TicketCounts__Output | null);
  'receivedByChannel': (_frontdesk_v1_ChannelCount__Output)[];
  /**
   * Tickets first dispatched that day (work orders, liaison forms, slips).
   */
  'dispatched': (string);
  /**
   * Tickets that reached RESOLVED, CLOSED or UNFOUNDED that day.
   */
  'resolved': (string);
  /**
   * Callbacks recorded that day, and how many of them found the resident
   * unsatisfied (each reopens its ticket).
   */
  'callbacks': (string);
  'callbacksUnsatisfied': (string);
  /**
   * Repairs resolved during that day's day shifts and called back within
   * 1 hour of the night shift's start (000 §2.10). Target 100%.
   */
  'nightCallbacksWithin_1h': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * Open (not RESOLVED, CLOSED, UNFOUNDED, DUPLICATE or CANCELLED) at the
   * end of the day; of them past their deadline or promised time.
   */
  'openAtEnd': (string);
  'overdueAtEnd': (string);
  /**
   * Tickets escalated to a supervisor or manager that day.
   */
  'escalated': (string);
  /**
   * Visitor register: visits checked in, refusals, visits that overstayed,
   * visitors still on premises at the end of the day.
   */
  'visits': (string);
  'refusals': (string);
  'overstays': (string);
  'onPremisesAtEnd': (string);
  /**
   * Keys lent and returned that day; on loan and overdue at the end.
   */
  'keysLent': (string);
  'keysReturned': (string);
  'keysOutAtEnd': (string);
  'keysOverdueAtEnd': (string);
  /**
   * The shifts that started that day (one site only).
   */
  'shifts': (_frontdesk_v1_DutyShiftSummary__Output)[];
  'bySite': (_frontdesk_v1_DailyDutyReport__Output)[];
}
