// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ListSlaPoliciesRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
}

export interface ListSlaPoliciesRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
}
