// Original file: ../../protos/frontdesk/v1/report_service.proto


export interface GetReportSettingsRequest {
  /**
   * "sites/{site}/reportSettings".
   */
  'name'?: (string);
}

export interface GetReportSettingsRequest__Output {
  /**
   * "sites/{site}/reportSettings".
   */
  'name': (string);
}
