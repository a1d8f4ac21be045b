// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { TicketCounts as _frontdesk_v1_TicketCounts, TicketCounts__Output as _frontdesk_v1_TicketCounts__Output } from '../../frontdesk/v1/TicketCounts';
import type { ChannelCount as _frontdesk_v1_ChannelCount, ChannelCount__Output as _frontdesk_v1_ChannelCount__Output } from '../../frontdesk/v1/ChannelCount';
import type { CategoryCount as _frontdesk_v1_CategoryCount, CategoryCount__Output as _frontdesk_v1_CategoryCount__Output } from '../../frontdesk/v1/CategoryCount';
import type { MonthlyStatistics as _frontdesk_v1_MonthlyStatistics, MonthlyStatistics__Output as _frontdesk_v1_MonthlyStatistics__Output } from '../../frontdesk/v1/MonthlyStatistics';
import type { DayFigures as _frontdesk_v1_DayFigures, DayFigures__Output as _frontdesk_v1_DayFigures__Output } from '../../frontdesk/v1/DayFigures';
import type { Long } from '@grpc/proto-loader';

/**
 * 月度统计.
 */
export interface MonthlyStatistics {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  /**
   * "YYYY-MM".
   */
  'month'?: (string);
  /**
   * Tickets created in the month, by kind and channel; the previous month
   * beside them for comparison.
   */
  'received'?: (_frontdesk_v1_TicketCounts | null);
  'previousMonth'?: (_frontdesk_v1_TicketCounts | null);
  'receivedByChannel'?: (_frontdesk_v1_ChannelCount)[];
  /**
   * Repairs by responsibility route (004 §4.1): OWN_MAINTENANCE 工程类,
   * DEVELOPER_WARRANTY 整改类, EXTERNAL_VENDOR 其他类, COORDINATION 沟通类,
   * and UNROUTED for repairs not yet routed.
   */
  'repairsByRoute'?: (_frontdesk_v1_CategoryCount)[];
  /**
   * Complaints by class: SERVICE (attitude, skill) and FACILITY (defects),
   * keyed by Ticket.ComplaintClass value names.
   */
  'complaintsByClass'?: (_frontdesk_v1_CategoryCount)[];
  /**
   * Special (paid) services by service item, when the workflow records it.
   */
  'specialServicesByItem'?: (_frontdesk_v1_CategoryCount)[];
  'resolved'?: (number | string | Long);
  'callbacks'?: (number | string | Long);
  'visits'?: (number | string | Long);
  'refusals'?: (number | string | Long);
  'keyLoans'?: (number | string | Long);
  'bySite'?: (_frontdesk_v1_MonthlyStatistics)[];
  /**
   * One entry per day of the month.
   */
  'days'?: (_frontdesk_v1_DayFigures)[];
}

/**
 * 月度统计.
 */
export interface MonthlyStatistics__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  /**
   * "YYYY-MM".
   */
  'month': (string);
  /**
   * Tickets created in the month, by kind and channel; the previous month
   * beside them for comparison.
   */
  'received': (_frontdesk_v1_TicketCounts__Output | null);
  'previousMonth': (_frontdesk_v1_TicketCounts__Output | null);
  'receivedByChannel': (_frontdesk_v1_ChannelCount__Output)[];
  /**
   * Repairs by responsibility route (004 §4.1): OWN_MAINTENANCE 工程类,
   * DEVELOPER_WARRANTY 整改类, EXTERNAL_VENDOR 其他类, COORDINATION 沟通类,
   * and UNROUTED for repairs not yet routed.
   */
  'repairsByRoute': (_frontdesk_v1_CategoryCount__Output)[];
  /**
   * Complaints by class: SERVICE (attitude, skill) and FACILITY (defects),
   * keyed by Ticket.ComplaintClass value names.
   */
  'complaintsByClass': (_frontdesk_v1_CategoryCount__Output)[];
  /**
   * Special (paid) services by service item, when the workflow records it.
   */
  'specialServicesByItem': (_frontdesk_v1_CategoryCount__Output)[];
  'resolved': (string);
  'callbacks': (string);
  'visits': (string);
  'refusals': (string);
  'keyLoans': (string);
  'bySite': (_frontdesk_v1_MonthlyStatistics__Output)[];
  /**
   * One entry per day of the month.
   */
  'days': (_frontdesk_v1_DayFigures__Output)[];
}
