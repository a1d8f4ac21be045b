// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface PendTicketRequest {
  'name'?: (string);
  /**
   * 1..500 characters: what it waits for
   */
  'reason'?: (string);
  'requestId'?: (string);
}

export interface PendTicketRequest__Output {
  'name': (string);
  /**
   * 1..500 characters: what it waits for
   */
  'reason': (string);
  'requestId': (string);
}
