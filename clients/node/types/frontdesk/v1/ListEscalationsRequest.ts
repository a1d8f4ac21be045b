// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ListEscalationsRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * AIP-160 subset: level = ESCALATION_LEVEL_MANAGER,
   * create_time >= "2026-11-23T00:00:00+08:00" (and >, <, <=).
   */
  'filter'?: (string);
}

export interface ListEscalationsRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * AIP-160 subset: level = ESCALATION_LEVEL_MANAGER,
   * create_time >= "2026-11-23T00:00:00+08:00" (and >, <, <=).
   */
  'filter': (string);
}
