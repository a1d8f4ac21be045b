// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ClockOutRequest {
  'site'?: (string);
  /**
   * Someone else: a CLOCK_TERMINAL, or a SUPERVISOR/MANAGER with
   * override_reason.
   */
  'staff'?: (string);
  /**
   * Lets a supervisor clock a person out before the relief took over;
   * 1..500 characters; recorded on the record.
   */
  'overrideReason'?: (string);
  'requestId'?: (string);
}

export interface ClockOutRequest__Output {
  'site': (string);
  /**
   * Someone else: a CLOCK_TERMINAL, or a SUPERVISOR/MANAGER with
   * override_reason.
   */
  'staff': (string);
  /**
   * Lets a supervisor clock a person out before the relief took over;
   * 1..500 characters; recorded on the record.
   */
  'overrideReason': (string);
  'requestId': (string);
}
