// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListShiftSwapsRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * status = AGREED (awaiting approval), party = "staff/wang.li",
   * month = "2026-11".
   */
  'filter'?: (string);
}

export interface ListShiftSwapsRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * status = AGREED (awaiting approval), party = "staff/wang.li",
   * month = "2026-11".
   */
  'filter': (string);
}
