// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Tickets by kind (Ticket.Kind).
 */
export interface TicketCounts {
  'total'?: (number | string | Long);
  /**
   * 咨询
   */
  'inquiries'?: (number | string | Long);
  /**
   * 求助
   */
  'helpRequests'?: (number | string | Long);
  /**
   * 报修
   */
  'repairs'?: (number | string | Long);
  /**
   * 投诉
   */
  'complaints'?: (number | string | Long);
  /**
   * 建议
   */
  'suggestions'?: (number | string | Long);
  /**
   * 表扬
   */
  'praises'?: (number | string | Long);
  /**
   * 特约服务
   */
  'specialServices'?: (number | string | Long);
}

/**
 * Tickets by kind (Ticket.Kind).
 */
export interface TicketCounts__Output {
  'total': (string);
  /**
   * 咨询
   */
  'inquiries': (string);
  /**
   * 求助
   */
  'helpRequests': (string);
  /**
   * 报修
   */
  'repairs': (string);
  /**
   * 投诉
   */
  'complaints': (string);
  /**
   * 建议
   */
  'suggestions': (string);
  /**
   * 表扬
   */
  'praises': (string);
  /**
   * 特约服务
   */
  'specialServices': (string);
}
