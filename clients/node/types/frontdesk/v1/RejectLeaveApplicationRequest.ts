// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface RejectLeaveApplicationRequest {
  'name'?: (string);
  /**
   * 1..500 characters. Required.
   */
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface RejectLeaveApplicationRequest__Output {
  'name': (string);
  /**
   * 1..500 characters. Required.
   */
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
