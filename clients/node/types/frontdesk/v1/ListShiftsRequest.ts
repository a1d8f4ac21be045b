// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListShiftsRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * Must bound the dates, at most 62 days:
   * date >= "2026-11-01" AND date <= "2026-11-30"
   * and may add: understaffed = true, kind = NIGHT, staff = "staff/wang.li".
   */
  'filter'?: (string);
}

export interface ListShiftsRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * Must bound the dates, at most 62 days:
   * date >= "2026-11-01" AND date <= "2026-11-30"
   * and may add: understaffed = true, kind = NIGHT, staff = "staff/wang.li".
   */
  'filter': (string);
}
