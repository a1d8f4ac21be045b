// Original file: ../../protos/frontdesk/v1/report_service.proto


export interface GetDailyDutyReportRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'site'?: (string);
  /**
   * "YYYY-MM-DD"; empty means the site's yesterday (the usual morning job).
   */
  'date'?: (string);
}

export interface GetDailyDutyReportRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'site': (string);
  /**
   * "YYYY-MM-DD"; empty means the site's yesterday (the usual morning job).
   */
  'date': (string);
}
