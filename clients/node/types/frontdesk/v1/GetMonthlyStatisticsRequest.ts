// Original file: ../../protos/frontdesk/v1/report_service.proto


export interface GetMonthlyStatisticsRequest {
  'site'?: (string);
  /**
   * "YYYY-MM"; empty means last month.
   */
  'month'?: (string);
}

export interface GetMonthlyStatisticsRequest__Output {
  'site': (string);
  /**
   * "YYYY-MM"; empty means last month.
   */
  'month': (string);
}
