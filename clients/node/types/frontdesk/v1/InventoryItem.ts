// Original file: ../../protos/frontdesk/v1/roster_service.proto


/**
 * One line of a site's handover inventory checklist.
 */
export interface InventoryItem {
  /**
   * 1..32 of [a-z0-9-], e.g. "radio". Unique in the checklist.
   */
  'id'?: (string);
  /**
   * 1..64 characters, e.g. "对讲机".
   */
  'displayName'?: (string);
  /**
   * How many the desk should hold, 0..10000.
   */
  'expectedCount'?: (number);
}

/**
 * One line of a site's handover inventory checklist.
 */
export interface InventoryItem__Output {
  /**
   * 1..32 of [a-z0-9-], e.g. "radio". Unique in the checklist.
   */
  'id': (string);
  /**
   * 1..64 characters, e.g. "对讲机".
   */
  'displayName': (string);
  /**
   * How many the desk should hold, 0..10000.
   */
  'expectedCount': (number);
}
