// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface DeclineShiftSwapRequest {
  'name'?: (string);
  /**
   * At most 500 characters.
   */
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface DeclineShiftSwapRequest__Output {
  'name': (string);
  /**
   * At most 500 characters.
   */
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
