// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface MarkTicketDuplicateRequest {
  'name'?: (string);
  /**
   * The surviving ticket, same site, not itself ended.
   */
  'duplicateOf'?: (string);
  'requestId'?: (string);
}

export interface MarkTicketDuplicateRequest__Output {
  'name': (string);
  /**
   * The surviving ticket, same site, not itself ended.
   */
  'duplicateOf': (string);
  'requestId': (string);
}
