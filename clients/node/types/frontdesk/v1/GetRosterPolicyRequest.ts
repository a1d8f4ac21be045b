// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetRosterPolicyRequest {
  /**
   * "sites/{site}/rosterPolicy".
   */
  'name'?: (string);
}

export interface GetRosterPolicyRequest__Output {
  /**
   * "sites/{site}/rosterPolicy".
   */
  'name': (string);
}
