// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface GetTicketRequest {
  /**
   * "sites/{site}/tickets/{ticket}", or the number in place of {ticket}.
   */
  'name'?: (string);
}

export interface GetTicketRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}", or the number in place of {ticket}.
   */
  'name': (string);
}
