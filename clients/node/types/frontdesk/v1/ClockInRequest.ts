// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ClockInRequest {
  /**
   * "sites/{site}". Required.
   */
  'site'?: (string);
  /**
   * "staff/{staff}"; only a CLOCK_TERMINAL may name someone else. Empty
   * means the caller.
   */
  'staff'?: (string);
  'requestId'?: (string);
}

export interface ClockInRequest__Output {
  /**
   * "sites/{site}". Required.
   */
  'site': (string);
  /**
   * "staff/{staff}"; only a CLOCK_TERMINAL may name someone else. Empty
   * means the caller.
   */
  'staff': (string);
  'requestId': (string);
}
