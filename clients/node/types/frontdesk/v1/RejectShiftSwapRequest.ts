// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface RejectShiftSwapRequest {
  'name'?: (string);
  /**
   * 1..500 characters. Required.
   */
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface RejectShiftSwapRequest__Output {
  'name': (string);
  /**
   * 1..500 characters. Required.
   */
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
