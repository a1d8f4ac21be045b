// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListDutyAssignmentsRequest {
  /**
   * "sites/{site}/shifts/{shift}", "sites/{site}/shifts/-" or
   * "sites/-/shifts/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * staff = "staff/wang.li", status = SCHEDULED, origin = SWAP,
   * date >= "2026-11-01", date <= "2026-11-30".
   */
  'filter'?: (string);
}

export interface ListDutyAssignmentsRequest__Output {
  /**
   * "sites/{site}/shifts/{shift}", "sites/{site}/shifts/-" or
   * "sites/-/shifts/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * staff = "staff/wang.li", status = SCHEDULED, origin = SWAP,
   * date >= "2026-11-01", date <= "2026-11-30".
   */
  'filter': (string);
}
