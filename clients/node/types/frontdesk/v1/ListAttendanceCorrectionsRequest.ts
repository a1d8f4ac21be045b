// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListAttendanceCorrectionsRequest {
  /**
   * "staff/{staff}" or "staff/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * site = "sites/hx", status = PENDING, month = "2026-11".
   */
  'filter'?: (string);
}

export interface ListAttendanceCorrectionsRequest__Output {
  /**
   * "staff/{staff}" or "staff/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * site = "sites/hx", status = PENDING, month = "2026-11".
   */
  'filter': (string);
}
