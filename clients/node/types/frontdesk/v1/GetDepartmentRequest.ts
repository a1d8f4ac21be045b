// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface GetDepartmentRequest {
  /**
   * "sites/{site}/departments/{department}".
   */
  'name'?: (string);
}

export interface GetDepartmentRequest__Output {
  /**
   * "sites/{site}/departments/{department}".
   */
  'name': (string);
}
