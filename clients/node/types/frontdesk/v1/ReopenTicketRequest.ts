// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ReopenTicketRequest {
  'name'?: (string);
  /**
   * 1..500 characters
   */
  'reason'?: (string);
  'requestId'?: (string);
}

export interface ReopenTicketRequest__Output {
  'name': (string);
  /**
   * 1..500 characters
   */
  'reason': (string);
  'requestId': (string);
}
