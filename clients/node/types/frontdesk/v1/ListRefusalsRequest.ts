// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListRefusalsRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * reason = NO_DOCUMENT, refused_by = "staff/...", create_time (>, >=, <,
   * <=), create_date (site-local date).
   */
  'filter'?: (string);
  'unmask'?: (boolean);
  'unmaskReason'?: (string);
}

export interface ListRefusalsRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * reason = NO_DOCUMENT, refused_by = "staff/...", create_time (>, >=, <,
   * <=), create_date (site-local date).
   */
  'filter': (string);
  'unmask': (boolean);
  'unmaskReason': (string);
}
