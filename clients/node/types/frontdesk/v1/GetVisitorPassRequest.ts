// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface GetVisitorPassRequest {
  /**
   * "sites/{site}/visitorPasses/{pass}".
   */
  'name'?: (string);
}

export interface GetVisitorPassRequest__Output {
  /**
   * "sites/{site}/visitorPasses/{pass}".
   */
  'name': (string);
}
