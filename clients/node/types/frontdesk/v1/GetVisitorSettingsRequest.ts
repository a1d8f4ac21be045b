// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface GetVisitorSettingsRequest {
  /**
   * "sites/{site}/visitorSettings".
   */
  'name'?: (string);
}

export interface GetVisitorSettingsRequest__Output {
  /**
   * "sites/{site}/visitorSettings".
   */
  'name': (string);
}
