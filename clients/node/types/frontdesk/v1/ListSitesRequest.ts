// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface ListSitesRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListSitesRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
}
