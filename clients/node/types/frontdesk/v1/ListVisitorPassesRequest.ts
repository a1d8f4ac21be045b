// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListVisitorPassesRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * state = ACTIVE, unit = "sites/hx/units/3-2-501",
   * valid_date = "2026-11-23" (site-local; passes valid at some time that day).
   */
  'filter'?: (string);
}

export interface ListVisitorPassesRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * state = ACTIVE, unit = "sites/hx/units/3-2-501",
   * valid_date = "2026-11-23" (site-local; passes valid at some time that day).
   */
  'filter': (string);
}
