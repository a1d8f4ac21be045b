// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { _frontdesk_v1_Ticket_Channel, _frontdesk_v1_Ticket_Channel__Output } from '../../frontdesk/v1/Ticket';

export interface RecordResidentNoticeRequest {
  'name'?: (string);
  /**
   * What the resident was told, 1..500 characters.
   */
  'note'?: (string);
  /**
   * How: PHONE, WALK_IN (in person), LETTER or APP. Required.
   */
  'channel'?: (_frontdesk_v1_Ticket_Channel);
  'requestId'?: (string);
}

export interface RecordResidentNoticeRequest__Output {
  'name': (string);
  /**
   * What the resident was told, 1..500 characters.
   */
  'note': (string);
  /**
   * How: PHONE, WALK_IN (in person), LETTER or APP. Required.
   */
  'channel': (_frontdesk_v1_Ticket_Channel__Output);
  'requestId': (string);
}
