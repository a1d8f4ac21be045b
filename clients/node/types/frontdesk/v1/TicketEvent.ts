// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { FieldChange as _frontdesk_v1_FieldChange, FieldChange__Output as _frontdesk_v1_FieldChange__Output } from '../../frontdesk/v1/FieldChange';
import type { Long } from '@grpc/proto-loader';

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

export const _frontdesk_v1_TicketEvent_Type = {
  TYPE_UNSPECIFIED: 'TYPE_UNSPECIFIED',
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  NOTE_ADDED: 'NOTE_ADDED',
  DISPATCHED: 'DISPATCHED',
  ARRIVAL_CONFIRMED: 'ARRIVAL_CONFIRMED',
  WORK_COMPLETED: 'WORK_COMPLETED',
  PENDED: 'PENDED',
  RESUMED: 'RESUMED',
  PROMISE_CHANGED: 'PROMISE_CHANGED',
  RESOLVED: 'RESOLVED',
  CALLBACK_RECORDED: 'CALLBACK_RECORDED',
  REOPENED: 'REOPENED',
  MARKED_UNFOUNDED: 'MARKED_UNFOUNDED',
  MARKED_DUPLICATE: 'MARKED_DUPLICATE',
  CANCELLED: 'CANCELLED',
  ESCALATED: 'ESCALATED',
  LINKED: 'LINKED',
  /**
   * AgreeTicketPlan
   */
  PLAN_AGREED: 'PLAN_AGREED',
  /**
   * RecordResidentNotice
   */
  RESIDENT_NOTIFIED: 'RESIDENT_NOTIFIED',
} as const;

export type _frontdesk_v1_TicketEvent_Type =
  | 'TYPE_UNSPECIFIED'
  | 0
  | 'CREATED'
  | 1
  | 'UPDATED'
  | 2
  | 'NOTE_ADDED'
  | 3
  | 'DISPATCHED'
  | 4
  | 'ARRIVAL_CONFIRMED'
  | 5
  | 'WORK_COMPLETED'
  | 6
  | 'PENDED'
  | 7
  | 'RESUMED'
  | 8
  | 'PROMISE_CHANGED'
  | 9
  | 'RESOLVED'
  | 10
  | 'CALLBACK_RECORDED'
  | 11
  | 'REOPENED'
  | 12
  | 'MARKED_UNFOUNDED'
  | 13
  | 'MARKED_DUPLICATE'
  | 14
  | 'CANCELLED'
  | 15
  | 'ESCALATED'
  | 16
  | 'LINKED'
  | 17
  /**
   * AgreeTicketPlan
   */
  | 'PLAN_AGREED'
  | 18
  /**
   * RecordResidentNotice
   */
  | 'RESIDENT_NOTIFIED'
  | 19

export type _frontdesk_v1_TicketEvent_Type__Output = typeof _frontdesk_v1_TicketEvent_Type[keyof typeof _frontdesk_v1_TicketEvent_Type]

/**
 * One entry of a ticket's append-only history. The database refuses UPDATE and
 * DELETE on these rows.
 */
export interface TicketEvent {
  /**
   * "sites/{site}/tickets/{ticket}/events/{event}". Output only.
   */
  'name'?: (string);
  /**
   * Monotonic per database; the resume point for watchers.
   */
  'eventId'?: (number | string | Long);
  'type'?: (_frontdesk_v1_TicketEvent_Type);
  /**
   * "staff/{staff}" who made the change; empty for the server's own steps
   * (automatic escalation).
   */
  'actor'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The fields that changed, with old and new values as display text.
   */
  'changes'?: (_frontdesk_v1_FieldChange)[];
  'note'?: (string);
  /**
   * The ticket's number, e.g. "HX-20261123-0007", for the front-desk board.
   * Output only.
   */
  'ticketNumber'?: (string);
}

/**
 * One entry of a ticket's append-only history. The database refuses UPDATE and
 * DELETE on these rows.
 */
export interface TicketEvent__Output {
  /**
   * "sites/{site}/tickets/{ticket}/events/{event}". Output only.
   */
  'name': (string);
  /**
   * Monotonic per database; the resume point for watchers.
   */
  'eventId': (string);
  'type': (_frontdesk_v1_TicketEvent_Type__Output);
  /**
   * "staff/{staff}" who made the change; empty for the server's own steps
   * (automatic escalation).
   */
  'actor': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The fields that changed, with old and new values as display text.
   */
  'changes': (_frontdesk_v1_FieldChange__Output)[];
  'note': (string);
  /**
   * The ticket's number, e.g. "HX-20261123-0007", for the front-desk board.
   * Output only.
   */
  'ticketNumber': (string);
}
