// Original file: ../../protos/frontdesk/v1/report_service.proto


/**
 * Inclusive range of site-local dates.
 */
export interface ReportPeriod {
  /**
   * "YYYY-MM-DD". Required, start_date <= end_date.
   */
  'startDate'?: (string);
  'endDate'?: (string);
}

/**
 * Inclusive range of site-local dates.
 */
export interface ReportPeriod__Output {
  /**
   * "YYYY-MM-DD". Required, start_date <= end_date.
   */
  'startDate': (string);
  'endDate': (string);
}
