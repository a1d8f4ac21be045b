// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ListTicketEventsRequest {
  /**
   * "sites/{site}/tickets/{ticket}".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListTicketEventsRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
}
