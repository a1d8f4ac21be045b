// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { EscalationLevel as _frontdesk_v1_EscalationLevel, EscalationLevel__Output as _frontdesk_v1_EscalationLevel__Output } from '../../frontdesk/v1/EscalationLevel';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * One step up the escalation chain.
 */
export interface Escalation {
  /**
   * "sites/{site}/tickets/{ticket}/escalations/{escalation}". Output only.
   */
  'name'?: (string);
  /**
   * The ticket's number, for lists.
   */
  'ticketNumber'?: (string);
  'level'?: (_frontdesk_v1_EscalationLevel);
  /**
   * True when the sweeper escalated a breached deadline.
   */
  'automatic'?: (boolean);
  /**
   * Why: the breached deadline, or the desk's reason.
   */
  'reason'?: (string);
  /**
   * "staff/{staff}" who escalated; empty for automatic steps.
   */
  'actor'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * One step up the escalation chain.
 */
export interface Escalation__Output {
  /**
   * "sites/{site}/tickets/{ticket}/escalations/{escalation}". Output only.
   */
  'name': (string);
  /**
   * The ticket's number, for lists.
   */
  'ticketNumber': (string);
  'level': (_frontdesk_v1_EscalationLevel__Output);
  /**
   * True when the sweeper escalated a breached deadline.
   */
  'automatic': (boolean);
  /**
   * Why: the breached deadline, or the desk's reason.
   */
  'reason': (string);
  /**
   * "staff/{staff}" who escalated; empty for automatic steps.
   */
  'actor': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
