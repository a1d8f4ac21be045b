// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

export const _frontdesk_v1_TicketCallback_Result = {
  RESULT_UNSPECIFIED: 'RESULT_UNSPECIFIED',
  SATISFIED: 'SATISFIED',
  UNSATISFIED: 'UNSATISFIED',
  UNREACHABLE: 'UNREACHABLE',
} as const;

export type _frontdesk_v1_TicketCallback_Result =
  | 'RESULT_UNSPECIFIED'
  | 0
  | 'SATISFIED'
  | 1
  | 'UNSATISFIED'
  | 2
  | 'UNREACHABLE'
  | 3

export type _frontdesk_v1_TicketCallback_Result__Output = typeof _frontdesk_v1_TicketCallback_Result[keyof typeof _frontdesk_v1_TicketCallback_Result]

/**
 * One follow-up call (回访).
 */
export interface TicketCallback {
  /**
   * "sites/{site}/tickets/{ticket}/callbacks/{callback}". Output only.
   */
  'name'?: (string);
  'result'?: (_frontdesk_v1_TicketCallback_Result);
  /**
   * 1..5 for SATISFIED and UNSATISFIED; 0 for UNREACHABLE.
   */
  'rating'?: (number);
  'comment'?: (string);
  /**
   * "staff/{staff}" who called.
   */
  'caller'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The rework order issued after an unsatisfied callback.
   */
  'reworkOrder'?: (string);
}

/**
 * One follow-up call (回访).
 */
export interface TicketCallback__Output {
  /**
   * "sites/{site}/tickets/{ticket}/callbacks/{callback}". Output only.
   */
  'name': (string);
  'result': (_frontdesk_v1_TicketCallback_Result__Output);
  /**
   * 1..5 for SATISFIED and UNSATISFIED; 0 for UNREACHABLE.
   */
  'rating': (number);
  'comment': (string);
  /**
   * "staff/{staff}" who called.
   */
  'caller': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The rework order issued after an unsatisfied callback.
   */
  'reworkOrder': (string);
}
