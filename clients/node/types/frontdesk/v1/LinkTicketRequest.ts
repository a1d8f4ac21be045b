// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface LinkTicketRequest {
  /**
   * The child.
   */
  'name'?: (string);
  /**
   * The parent, a ticket of the same site; empty to unlink.
   */
  'parent'?: (string);
  'requestId'?: (string);
}

export interface LinkTicketRequest__Output {
  /**
   * The child.
   */
  'name': (string);
  /**
   * The parent, a ticket of the same site; empty to unlink.
   */
  'parent': (string);
  'requestId': (string);
}
