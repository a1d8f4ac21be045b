// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface GetStaffMemberRequest {
  'name'?: (string);
}

export interface GetStaffMemberRequest__Output {
  'name': (string);
}
