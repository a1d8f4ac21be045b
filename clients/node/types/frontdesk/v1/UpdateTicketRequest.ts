// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Ticket as _frontdesk_v1_Ticket, Ticket__Output as _frontdesk_v1_Ticket__Output } from '../../frontdesk/v1/Ticket';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateTicketRequest {
  /**
   * ticket.name identifies it; ticket.etag, when set, must match.
   */
  'ticket'?: (_frontdesk_v1_Ticket | null);
  /**
   * Mutable: channel, kind, complaint_class, priority, subject, description,
   * reporter (or reporter.name, reporter.phone, reporter.unit,
   * reporter.location), important. Required and non-empty.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateTicketRequest__Output {
  /**
   * ticket.name identifies it; ticket.etag, when set, must match.
   */
  'ticket': (_frontdesk_v1_Ticket__Output | null);
  /**
   * Mutable: channel, kind, complaint_class, priority, subject, description,
   * reporter (or reporter.name, reporter.phone, reporter.unit,
   * reporter.location), important. Required and non-empty.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
