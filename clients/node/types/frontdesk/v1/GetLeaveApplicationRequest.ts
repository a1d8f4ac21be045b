// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetLeaveApplicationRequest {
  'name'?: (string);
}

export interface GetLeaveApplicationRequest__Output {
  'name': (string);
}
