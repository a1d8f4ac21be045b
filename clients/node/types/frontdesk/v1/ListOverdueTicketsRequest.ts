// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ListOverdueTicketsRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListOverdueTicketsRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
}
