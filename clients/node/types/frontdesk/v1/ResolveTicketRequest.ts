// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ResolveTicketRequest {
  'name'?: (string);
  /**
   * 1..2000 characters
   */
  'summary'?: (string);
  'requestId'?: (string);
  /**
   * Also resolve the linked children that can be resolved now (each gets
   * its own RESOLVED entry and callback); the others are left as they are.
   */
  'resolveChildren'?: (boolean);
}

export interface ResolveTicketRequest__Output {
  'name': (string);
  /**
   * 1..2000 characters
   */
  'summary': (string);
  'requestId': (string);
  /**
   * Also resolve the linked children that can be resolved now (each gets
   * its own RESOLVED entry and callback); the others are left as they are.
   */
  'resolveChildren': (boolean);
}
