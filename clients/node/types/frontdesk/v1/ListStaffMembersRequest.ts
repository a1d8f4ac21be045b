// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface ListStaffMembersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * AIP-160 subset: `site = "sites/hx"`, `role = MAINTENANCE`, joined by AND.
   */
  'filter'?: (string);
}

export interface ListStaffMembersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  /**
   * AIP-160 subset: `site = "sites/hx"`, `role = MAINTENANCE`, joined by AND.
   */
  'filter': (string);
}
