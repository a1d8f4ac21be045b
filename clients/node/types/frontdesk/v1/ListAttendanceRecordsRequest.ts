// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListAttendanceRecordsRequest {
  /**
   * "staff/{staff}" or "staff/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * site = "sites/hx", date >= "2026-11-01" (local date of the shift),
   * irregularity = LATE, final = false.
   */
  'filter'?: (string);
}

export interface ListAttendanceRecordsRequest__Output {
  /**
   * "staff/{staff}" or "staff/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * site = "sites/hx", date >= "2026-11-01" (local date of the shift),
   * irregularity = LATE, final = false.
   */
  'filter': (string);
}
