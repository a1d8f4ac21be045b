// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface ListUnitsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListUnitsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
}
