// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListKeyEventsRequest {
  /**
   * "sites/{site}/keys/{key}" (or the tag in place of {key}), or
   * "sites/{site}/keys/-" for the site's whole key log.
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * type = LENT, borrower = "staff/...", create_time (>, >=, <, <=),
   * late = true.
   */
  'filter'?: (string);
  'unmask'?: (boolean);
  'unmaskReason'?: (string);
}

export interface ListKeyEventsRequest__Output {
  /**
   * "sites/{site}/keys/{key}" (or the tag in place of {key}), or
   * "sites/{site}/keys/-" for the site's whole key log.
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * type = LENT, borrower = "staff/...", create_time (>, >=, <, <=),
   * late = true.
   */
  'filter': (string);
  'unmask': (boolean);
  'unmaskReason': (string);
}
