// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { _frontdesk_v1_Ticket_Kind, _frontdesk_v1_Ticket_Kind__Output } from '../../frontdesk/v1/Ticket';
import type { _frontdesk_v1_Ticket_Priority, _frontdesk_v1_Ticket_Priority__Output } from '../../frontdesk/v1/Ticket';
import type { _frontdesk_v1_Ticket_Status, _frontdesk_v1_Ticket_Status__Output } from '../../frontdesk/v1/Ticket';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

// Original file: ../../protos/frontdesk/v1/report_service.proto

/**
 * Whether the item was already on the previous checkpoint's list.
 */
export const _frontdesk_v1_OpenItem_Novelty = {
  NOVELTY_UNSPECIFIED: 'NOVELTY_UNSPECIFIED',
  /**
   * created or reopened since the previous checkpoint
   */
  NEW: 'NEW',
  /**
   * already open at the previous checkpoint
   */
  CARRIED: 'CARRIED',
} as const;

/**
 * Whether the item was already on the previous checkpoint's list.
 */
export type _frontdesk_v1_OpenItem_Novelty =
  | 'NOVELTY_UNSPECIFIED'
  | 0
  /**
   * created or reopened since the previous checkpoint
   */
  | 'NEW'
  | 1
  /**
   * already open at the previous checkpoint
   */
  | 'CARRIED'
  | 2

/**
 * Whether the item was already on the previous checkpoint's list.
 */
export type _frontdesk_v1_OpenItem_Novelty__Output = typeof _frontdesk_v1_OpenItem_Novelty[keyof typeof _frontdesk_v1_OpenItem_Novelty]

/**
 * One open ticket on the consolidation list.
 */
export interface OpenItem {
  /**
   * "sites/{site}/tickets/{ticket}" and its number.
   */
  'ticket'?: (string);
  'number'?: (string);
  'kind'?: (_frontdesk_v1_Ticket_Kind);
  'priority'?: (_frontdesk_v1_Ticket_Priority);
  'status'?: (_frontdesk_v1_Ticket_Status);
  'subject'?: (string);
  /**
   * "sites/{site}/units/{unit}" or the free-text location.
   */
  'unit'?: (string);
  'location'?: (string);
  /**
   * Who holds it: department and, if assigned, "staff/{staff}".
   */
  'department'?: (string);
  'assignee'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Age at the checkpoint.
   */
  'age'?: (_google_protobuf_Duration | null);
  /**
   * The deadline, or the renegotiated promised time when there is one.
   */
  'dueTime'?: (_google_protobuf_Timestamp | null);
  'overdue'?: (boolean);
  'lastEventTime'?: (_google_protobuf_Timestamp | null);
  'novelty'?: (_frontdesk_v1_OpenItem_Novelty);
}

/**
 * One open ticket on the consolidation list.
 */
export interface OpenItem__Output {
  /**
   * "sites/{site}/tickets/{ticket}" and its number.
   */
  'ticket': (string);
  'number': (string);
  'kind': (_frontdesk_v1_Ticket_Kind__Output);
  'priority': (_frontdesk_v1_Ticket_Priority__Output);
  'status': (_frontdesk_v1_Ticket_Status__Output);
  'subject': (string);
  /**
   * "sites/{site}/units/{unit}" or the free-text location.
   */
  'unit': (string);
  'location': (string);
  /**
   * Who holds it: department and, if assigned, "staff/{staff}".
   */
  'department': (string);
  'assignee': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Age at the checkpoint.
   */
  'age': (_google_protobuf_Duration__Output | null);
  /**
   * The deadline, or the renegotiated promised time when there is one.
   */
  'dueTime': (_google_protobuf_Timestamp__Output | null);
  'overdue': (boolean);
  'lastEventTime': (_google_protobuf_Timestamp__Output | null);
  'novelty': (_frontdesk_v1_OpenItem_Novelty__Output);
}
