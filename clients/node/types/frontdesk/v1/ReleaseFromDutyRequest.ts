// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ReleaseFromDutyRequest {
  /**
   * The outgoing "sites/{site}/shifts/{shift}/assignments/{assignment}".
   */
  'name'?: (string);
  /**
   * 1..500 characters. Required.
   */
  'reason'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ReleaseFromDutyRequest__Output {
  /**
   * The outgoing "sites/{site}/shifts/{shift}/assignments/{assignment}".
   */
  'name': (string);
  /**
   * 1..500 characters. Required.
   */
  'reason': (string);
  'etag': (string);
  'requestId': (string);
}
