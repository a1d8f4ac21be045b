// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ListCalendarDaysRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  /**
   * Required, at most 400 days: date >= "2026-01-01" AND date <= "2026-12-31".
   */
  'filter'?: (string);
}

export interface ListCalendarDaysRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  /**
   * Required, at most 400 days: date >= "2026-01-01" AND date <= "2026-12-31".
   */
  'filter': (string);
}
