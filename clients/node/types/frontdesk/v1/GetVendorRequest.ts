// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface GetVendorRequest {
  /**
   * "vendors/{vendor}".
   */
  'name'?: (string);
}

export interface GetVendorRequest__Output {
  /**
   * "vendors/{vendor}".
   */
  'name': (string);
}
