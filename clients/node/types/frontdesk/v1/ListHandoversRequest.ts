// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListHandoversRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * status = SUBMITTED, date >= "2026-11-01" (outgoing shift's date),
   * has_significant_items = true, incoming_arrived_early = false,
   * countersigned = false (the records awaiting the supervisor's 阅签).
   */
  'filter'?: (string);
}

export interface ListHandoversRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * status = SUBMITTED, date >= "2026-11-01" (outgoing shift's date),
   * has_significant_items = true, incoming_arrived_early = false,
   * countersigned = false (the records awaiting the supervisor's 阅签).
   */
  'filter': (string);
}
