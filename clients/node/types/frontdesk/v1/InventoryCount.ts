// Original file: ../../protos/frontdesk/v1/roster_service.proto


/**
 * What the incoming receptionist counted of one checklist item.
 */
export interface InventoryCount {
  /**
   * InventoryItem.id. Required.
   */
  'itemId'?: (string);
  /**
   * Output only: the checklist's name and count at the time.
   */
  'displayName'?: (string);
  'expectedCount'?: (number);
  /**
   * 0..10000. Required (the count is taken, even when 0).
   */
  'counted'?: (number);
  /**
   * Required when counted differs from expected, at most 500 characters:
   * where the difference is (e.g. "2号对讲机送修").
   */
  'note'?: (string);
}

/**
 * What the incoming receptionist counted of one checklist item.
 */
export interface InventoryCount__Output {
  /**
   * InventoryItem.id. Required.
   */
  'itemId': (string);
  /**
   * Output only: the checklist's name and count at the time.
   */
  'displayName': (string);
  'expectedCount': (number);
  /**
   * 0..10000. Required (the count is taken, even when 0).
   */
  'counted': (number);
  /**
   * Required when counted differs from expected, at most 500 characters:
   * where the difference is (e.g. "2号对讲机送修").
   */
  'note': (string);
}
