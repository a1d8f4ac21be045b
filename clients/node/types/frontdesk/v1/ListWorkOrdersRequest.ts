// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ListWorkOrdersRequest {
  /**
   * "sites/{site}/tickets/{ticket}", or "sites/{site}/tickets/-" for a site.
   */
  'parent'?: (string);
  /**
   * Only orders past their promised time and not completed.
   */
  'overdueOnly'?: (boolean);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListWorkOrdersRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}", or "sites/{site}/tickets/-" for a site.
   */
  'parent': (string);
  /**
   * Only orders past their promised time and not completed.
   */
  'overdueOnly': (boolean);
  'pageSize': (number);
  'pageToken': (string);
}
