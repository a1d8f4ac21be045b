// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { _frontdesk_v1_TicketCallback_Result, _frontdesk_v1_TicketCallback_Result__Output } from '../../frontdesk/v1/TicketCallback';

export interface RecordCallbackRequest {
  'name'?: (string);
  'result'?: (_frontdesk_v1_TicketCallback_Result);
  'rating'?: (number);
  /**
   * at most 2000 characters; required if UNSATISFIED
   */
  'comment'?: (string);
  'requestId'?: (string);
}

export interface RecordCallbackRequest__Output {
  'name': (string);
  'result': (_frontdesk_v1_TicketCallback_Result__Output);
  'rating': (number);
  /**
   * at most 2000 characters; required if UNSATISFIED
   */
  'comment': (string);
  'requestId': (string);
}
