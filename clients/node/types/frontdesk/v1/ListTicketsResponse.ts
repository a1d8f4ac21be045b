// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Ticket as _frontdesk_v1_Ticket, Ticket__Output as _frontdesk_v1_Ticket__Output } from '../../frontdesk/v1/Ticket';

export interface ListTicketsResponse {
  'tickets'?: (_frontdesk_v1_Ticket)[];
  /**
   * Empty on the last page.
   */
  'nextPageToken'?: (string);
}

export interface ListTicketsResponse__Output {
  'tickets': (_frontdesk_v1_Ticket__Output)[];
  /**
   * Empty on the last page.
   */
  'nextPageToken': (string);
}
