// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetAttendanceSummaryRequest {
  /**
   * "staff/{staff}/attendanceSummaries/{yyyy-mm}".
   */
  'name'?: (string);
  /**
   * Optional "sites/{site}" to count that site only.
   */
  'site'?: (string);
}

export interface GetAttendanceSummaryRequest__Output {
  /**
   * "staff/{staff}/attendanceSummaries/{yyyy-mm}".
   */
  'name': (string);
  /**
   * Optional "sites/{site}" to count that site only.
   */
  'site': (string);
}
