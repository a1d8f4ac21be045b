// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { EscalationLevel as _frontdesk_v1_EscalationLevel, EscalationLevel__Output as _frontdesk_v1_EscalationLevel__Output } from '../../frontdesk/v1/EscalationLevel';

export interface EscalateTicketRequest {
  'name'?: (string);
  /**
   * Unspecified: one level above the ticket's current level.
   */
  'level'?: (_frontdesk_v1_EscalationLevel);
  /**
   * 1..500 characters
   */
  'reason'?: (string);
  'requestId'?: (string);
}

export interface EscalateTicketRequest__Output {
  'name': (string);
  /**
   * Unspecified: one level above the ticket's current level.
   */
  'level': (_frontdesk_v1_EscalationLevel__Output);
  /**
   * 1..500 characters
   */
  'reason': (string);
  'requestId': (string);
}
