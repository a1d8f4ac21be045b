// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Ticket as _frontdesk_v1_Ticket, Ticket__Output as _frontdesk_v1_Ticket__Output } from '../../frontdesk/v1/Ticket';

export interface CreateTicketRequest {
  /**
   * "sites/{site}". Required.
   */
  'parent'?: (string);
  /**
   * name, number, status, times and etag are ignored.
   */
  'ticket'?: (_frontdesk_v1_Ticket | null);
  /**
   * Optional idempotency key, 1..128 characters of [A-Za-z0-9._:-].
   */
  'requestId'?: (string);
}

export interface CreateTicketRequest__Output {
  /**
   * "sites/{site}". Required.
   */
  'parent': (string);
  /**
   * name, number, status, times and etag are ignored.
   */
  'ticket': (_frontdesk_v1_Ticket__Output | null);
  /**
   * Optional idempotency key, 1..128 characters of [A-Za-z0-9._:-].
   */
  'requestId': (string);
}
