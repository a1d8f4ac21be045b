// Original file: ../../protos/frontdesk/v1/report_service.proto


export interface GetResidentCallbackPlanRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'site'?: (string);
  /**
   * "YYYY-MM": the month whose duty period is wanted; empty means the
   * site's current month. A month after the current one is INVALID_ARGUMENT
   * (PERIOD_IN_FUTURE).
   */
  'month'?: (string);
}

export interface GetResidentCallbackPlanRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'site': (string);
  /**
   * "YYYY-MM": the month whose duty period is wanted; empty means the
   * site's current month. A month after the current one is INVALID_ARGUMENT
   * (PERIOD_IN_FUTURE).
   */
  'month': (string);
}
