// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface GetSiteRequest {
  'name'?: (string);
}

export interface GetSiteRequest__Output {
  'name': (string);
}
