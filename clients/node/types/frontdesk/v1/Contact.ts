// Original file: ../../protos/frontdesk/v1/common.proto


/**
 * A person who reports something to the desk, or whom the desk must call back.
 */
export interface Contact {
  /**
   * Required for tickets: who called, came or wrote. 1..64 characters.
   */
  'name'?: (string);
  /**
   * Mainland mobile (11 digits starting 1) or landline (digits, optional
   * leading +, '-' separators, 5..20 digits in all). Stored as given, trimmed.
   */
  'phone'?: (string);
  /**
   * Optional resource name of the unit, "sites/{site}/units/{unit}". Must
   * exist and belong to the ticket's site.
   */
  'unit'?: (string);
  /**
   * Free-text location when there is no unit, e.g. "3-2-501" or "东门岗亭".
   * At most 200 characters.
   */
  'location'?: (string);
}

/**
 * A person who reports something to the desk, or whom the desk must call back.
 */
export interface Contact__Output {
  /**
   * Required for tickets: who called, came or wrote. 1..64 characters.
   */
  'name': (string);
  /**
   * Mainland mobile (11 digits starting 1) or landline (digits, optional
   * leading +, '-' separators, 5..20 digits in all). Stored as given, trimmed.
   */
  'phone': (string);
  /**
   * Optional resource name of the unit, "sites/{site}/units/{unit}". Must
   * exist and belong to the ticket's site.
   */
  'unit': (string);
  /**
   * Free-text location when there is no unit, e.g. "3-2-501" or "东门岗亭".
   * At most 200 characters.
   */
  'location': (string);
}
