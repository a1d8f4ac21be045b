// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListAttendanceSummariesRequest {
  /**
   * "staff/-" (or "staff/{staff}" for one person's months).
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * month = "2026-11" (required with "staff/-"), site = "sites/hx",
   * breach = LATE_LIMIT.
   */
  'filter'?: (string);
}

export interface ListAttendanceSummariesRequest__Output {
  /**
   * "staff/-" (or "staff/{staff}" for one person's months).
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * month = "2026-11" (required with "staff/-"), site = "sites/hx",
   * breach = LATE_LIMIT.
   */
  'filter': (string);
}
