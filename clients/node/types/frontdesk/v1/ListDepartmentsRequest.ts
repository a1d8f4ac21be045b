// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface ListDepartmentsRequest {
  /**
   * "sites/{site}"; NOT_FOUND when the site does not exist.
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListDepartmentsRequest__Output {
  /**
   * "sites/{site}"; NOT_FOUND when the site does not exist.
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
}
