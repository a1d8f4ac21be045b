// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface DeleteCalendarDayRequest {
  'name'?: (string);
  'requestId'?: (string);
}

export interface DeleteCalendarDayRequest__Output {
  'name': (string);
  'requestId': (string);
}
