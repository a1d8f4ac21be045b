// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListKeysRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * state = ON_LOAN   (keys out)         overdue = true
   * kind = VACANT_UNIT                   unit = "sites/hx/units/3-2-501"
   * borrower = "staff/zhao.min"          tag = "K-3-2-501"
   * overdue takes true or false; borrower (a staff name only) matches keys
   * on loan to that staff member. Retired keys are listed only with
   * state = RETIRED.
   */
  'filter'?: (string);
  'unmask'?: (boolean);
  'unmaskReason'?: (string);
}

export interface ListKeysRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * state = ON_LOAN   (keys out)         overdue = true
   * kind = VACANT_UNIT                   unit = "sites/hx/units/3-2-501"
   * borrower = "staff/zhao.min"          tag = "K-3-2-501"
   * overdue takes true or false; borrower (a staff name only) matches keys
   * on loan to that staff member. Retired keys are listed only with
   * state = RETIRED.
   */
  'filter': (string);
  'unmask': (boolean);
  'unmaskReason': (string);
}
