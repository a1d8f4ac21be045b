// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface GetVisitRequest {
  'name'?: (string);
  /**
   * Return document and phone numbers unmasked (SUPERVISOR or MANAGER
   * only; PERMISSION_DENIED reason UNMASK_NOT_PERMITTED otherwise). Audited.
   */
  'unmask'?: (boolean);
  /**
   * Why, 1..200 characters; required with unmask.
   */
  'unmaskReason'?: (string);
}

export interface GetVisitRequest__Output {
  'name': (string);
  /**
   * Return document and phone numbers unmasked (SUPERVISOR or MANAGER
   * only; PERMISSION_DENIED reason UNMASK_NOT_PERMITTED otherwise). Audited.
   */
  'unmask': (boolean);
  /**
   * Why, 1..200 characters; required with unmask.
   */
  'unmaskReason': (string);
}
