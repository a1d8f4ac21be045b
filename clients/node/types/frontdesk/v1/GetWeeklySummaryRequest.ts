// Original file: ../../protos/frontdesk/v1/report_service.proto


export interface GetWeeklySummaryRequest {
  'site'?: (string);
  /**
   * Any date of the week wanted; the report covers its Monday to Sunday.
   * Empty means last week.
   */
  'date'?: (string);
}

export interface GetWeeklySummaryRequest__Output {
  'site': (string);
  /**
   * Any date of the week wanted; the report covers its Monday to Sunday.
   * Empty means last week.
   */
  'date': (string);
}
