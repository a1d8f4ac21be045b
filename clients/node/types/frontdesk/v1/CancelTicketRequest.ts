// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface CancelTicketRequest {
  'name'?: (string);
  /**
   * 1..500 characters
   */
  'reason'?: (string);
  'requestId'?: (string);
}

export interface CancelTicketRequest__Output {
  'name': (string);
  /**
   * 1..500 characters
   */
  'reason': (string);
  'requestId': (string);
}
