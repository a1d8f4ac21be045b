// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface GetUnitRequest {
  'name'?: (string);
}

export interface GetUnitRequest__Output {
  'name': (string);
}
