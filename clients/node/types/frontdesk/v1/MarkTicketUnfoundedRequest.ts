// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface MarkTicketUnfoundedRequest {
  'name'?: (string);
  /**
   * The explanation given to the resident. 1..2000 characters.
   */
  'finding'?: (string);
  'requestId'?: (string);
}

export interface MarkTicketUnfoundedRequest__Output {
  'name': (string);
  /**
   * The explanation given to the resident. 1..2000 characters.
   */
  'finding': (string);
  'requestId': (string);
}
