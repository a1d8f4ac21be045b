// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListLeaveApplicationsRequest {
  /**
   * "staff/{staff}" or "staff/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * site = "sites/hx", status = PENDING, type = SICK,
   * awaiting = "staff/li.na" (pending at a step the person may decide),
   * awaiting_return = true (APPROVED, ended, not reported back),
   * start_time, end_time (>, >=, <, <=).
   */
  'filter'?: (string);
}

export interface ListLeaveApplicationsRequest__Output {
  /**
   * "staff/{staff}" or "staff/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * site = "sites/hx", status = PENDING, type = SICK,
   * awaiting = "staff/li.na" (pending at a step the person may decide),
   * awaiting_return = true (APPROVED, ended, not reported back),
   * start_time, end_time (>, >=, <, <=).
   */
  'filter': (string);
}
