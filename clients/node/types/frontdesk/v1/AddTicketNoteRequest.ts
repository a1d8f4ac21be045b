// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface AddTicketNoteRequest {
  /**
   * "sites/{site}/tickets/{ticket}".
   */
  'ticket'?: (string);
  /**
   * 1..4000 characters.
   */
  'note'?: (string);
  'requestId'?: (string);
}

export interface AddTicketNoteRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}".
   */
  'ticket': (string);
  /**
   * 1..4000 characters.
   */
  'note': (string);
  'requestId': (string);
}
