// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_HandoverItem_Disposition = {
  DISPOSITION_UNSPECIFIED: 'DISPOSITION_UNSPECIFIED',
  /**
   * the incoming shift carries it on
   */
  PASSED_ON: 'PASSED_ON',
  /**
   * both shifts finished it before the handover
   */
  FINISHED_TOGETHER: 'FINISHED_TOGETHER',
} as const;

export type _frontdesk_v1_HandoverItem_Disposition =
  | 'DISPOSITION_UNSPECIFIED'
  | 0
  /**
   * the incoming shift carries it on
   */
  | 'PASSED_ON'
  | 1
  /**
   * both shifts finished it before the handover
   */
  | 'FINISHED_TOGETHER'
  | 2

export type _frontdesk_v1_HandoverItem_Disposition__Output = typeof _frontdesk_v1_HandoverItem_Disposition[keyof typeof _frontdesk_v1_HandoverItem_Disposition]

// Original file: ../../protos/frontdesk/v1/roster_service.proto

/**
 * Where the item came from. Items the server pulled in when the handover
 * was opened name the open matter: a ticket, a work order, a key, a
 * visit or a visitor pass (resource); their description says why it is
 * open (new, overdue, callback due, promise passed, key out, visitor on
 * the premises, pass expected before the next handover).
 */
export const _frontdesk_v1_HandoverItem_Source = {
  SOURCE_UNSPECIFIED: 'SOURCE_UNSPECIFIED',
  /**
   * written by the outgoing receptionist
   */
  WRITTEN: 'WRITTEN',
  NEW_TICKET: 'NEW_TICKET',
  OVERDUE_TICKET: 'OVERDUE_TICKET',
  CALLBACK_DUE: 'CALLBACK_DUE',
  WORK_ORDER_OVERDUE: 'WORK_ORDER_OVERDUE',
  KEY_OUT: 'KEY_OUT',
  VISITOR_ON_PREMISES: 'VISITOR_ON_PREMISES',
  PASS_EXPECTED: 'PASS_EXPECTED',
} as const;

/**
 * Where the item came from. Items the server pulled in when the handover
 * was opened name the open matter: a ticket, a work order, a key, a
 * visit or a visitor pass (resource); their description says why it is
 * open (new, overdue, callback due, promise passed, key out, visitor on
 * the premises, pass expected before the next handover).
 */
export type _frontdesk_v1_HandoverItem_Source =
  | 'SOURCE_UNSPECIFIED'
  | 0
  /**
   * written by the outgoing receptionist
   */
  | 'WRITTEN'
  | 1
  | 'NEW_TICKET'
  | 2
  | 'OVERDUE_TICKET'
  | 3
  | 'CALLBACK_DUE'
  | 4
  | 'WORK_ORDER_OVERDUE'
  | 5
  | 'KEY_OUT'
  | 6
  | 'VISITOR_ON_PREMISES'
  | 7
  | 'PASS_EXPECTED'
  | 8

/**
 * Where the item came from. Items the server pulled in when the handover
 * was opened name the open matter: a ticket, a work order, a key, a
 * visit or a visitor pass (resource); their description says why it is
 * open (new, overdue, callback due, promise passed, key out, visitor on
 * the premises, pass expected before the next handover).
 */
export type _frontdesk_v1_HandoverItem_Source__Output = typeof _frontdesk_v1_HandoverItem_Source[keyof typeof _frontdesk_v1_HandoverItem_Source]

/**
 * An unfinished matter passed from one shift to the next.
 */
export interface HandoverItem {
  /**
   * 1, 2, 3... in the handover; assigned by the server. Output only.
   */
  'id'?: (number);
  /**
   * 1..1000 characters. Required.
   */
  'description'?: (string);
  /**
   * Optional "sites/{site}/tickets/{ticket}" the matter belongs to.
   */
  'ticket'?: (string);
  /**
   * A significant problem (较重大或较繁琐的问题).
   */
  'significant'?: (boolean);
  /**
   * Set at acceptance. Output only.
   */
  'disposition'?: (_frontdesk_v1_HandoverItem_Disposition);
  /**
   * The supervisor who consented to passing it on, and when. Output only.
   */
  'consentedBy'?: (string);
  'consentTime'?: (_google_protobuf_Timestamp | null);
  'consentComment'?: (string);
  /**
   * The incoming receptionist checked it at acceptance. Output only.
   */
  'acknowledged'?: (boolean);
  /**
   * output only
   */
  'source'?: (_frontdesk_v1_HandoverItem_Source);
  /**
   * The open matter's resource name for pulled-in items. Output only.
   */
  'resource'?: (string);
}

/**
 * An unfinished matter passed from one shift to the next.
 */
export interface HandoverItem__Output {
  /**
   * 1, 2, 3... in the handover; assigned by the server. Output only.
   */
  'id': (number);
  /**
   * 1..1000 characters. Required.
   */
  'description': (string);
  /**
   * Optional "sites/{site}/tickets/{ticket}" the matter belongs to.
   */
  'ticket': (string);
  /**
   * A significant problem (较重大或较繁琐的问题).
   */
  'significant': (boolean);
  /**
   * Set at acceptance. Output only.
   */
  'disposition': (_frontdesk_v1_HandoverItem_Disposition__Output);
  /**
   * The supervisor who consented to passing it on, and when. Output only.
   */
  'consentedBy': (string);
  'consentTime': (_google_protobuf_Timestamp__Output | null);
  'consentComment': (string);
  /**
   * The incoming receptionist checked it at acceptance. Output only.
   */
  'acknowledged': (boolean);
  /**
   * output only
   */
  'source': (_frontdesk_v1_HandoverItem_Source__Output);
  /**
   * The open matter's resource name for pulled-in items. Output only.
   */
  'resource': (string);
}
