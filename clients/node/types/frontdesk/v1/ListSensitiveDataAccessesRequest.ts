// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListSensitiveDataAccessesRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * actor = "staff/...", create_time (>, >=, <, <=), resource = "<name>".
   */
  'filter'?: (string);
}

export interface ListSensitiveDataAccessesRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * actor = "staff/...", create_time (>, >=, <, <=), resource = "<name>".
   */
  'filter': (string);
}
