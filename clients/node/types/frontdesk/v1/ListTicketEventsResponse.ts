// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { TicketEvent as _frontdesk_v1_TicketEvent, TicketEvent__Output as _frontdesk_v1_TicketEvent__Output } from '../../frontdesk/v1/TicketEvent';

export interface ListTicketEventsResponse {
  'events'?: (_frontdesk_v1_TicketEvent)[];
  'nextPageToken'?: (string);
}

export interface ListTicketEventsResponse__Output {
  'events': (_frontdesk_v1_TicketEvent__Output)[];
  'nextPageToken': (string);
}
