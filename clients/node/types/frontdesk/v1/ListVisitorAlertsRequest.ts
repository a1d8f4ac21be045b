// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListVisitorAlertsRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * kind = WATCHLIST_DENIED, create_time (>, >=, <, <=).
   */
  'filter'?: (string);
}

export interface ListVisitorAlertsRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * kind = WATCHLIST_DENIED, create_time (>, >=, <, <=).
   */
  'filter': (string);
}
