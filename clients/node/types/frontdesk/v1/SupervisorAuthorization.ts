// Original file: ../../protos/frontdesk/v1/visitor_service.proto


/**
 * A supervisor's authorisation to go against a rule at the desk: admit a
 * visitor without identification, or lend a key to someone not on its list.
 * It is given by the supervisor's own call [ACL-APPROVAL-BY-APPROVER]:
 * - a caller holding SUPERVISOR or MANAGER at the site authorises their own
 * call (no approval needed; `reason` required);
 * - anyone else sends `approval`: the code of an Approval the supervisor
 * created with their own token (DirectoryService.CreateApproval, action
 * VISITOR_DOCUMENT_WAIVER or OFF_LIST_KEY_LOAN, this site), used up by
 * this call (see Approval for APPROVAL_USED, APPROVAL_EXPIRED,
 * APPROVAL_MISMATCH, APPROVAL_NOT_FOUND).
 * Neither: PERMISSION_DENIED reason SUPERVISOR_AUTHORIZATION_REQUIRED,
 * before anything is looked up. A supervisor's bearer token is never sent
 * for them.
 */
export interface SupervisorAuthorization {
  /**
   * "staff/{staff}" who authorised: the caller, or the approval's approver.
   * Output; on input it may be left empty, and when given must name that
   * person (PERMISSION_DENIED reason NOT_THE_APPROVER otherwise), so a
   * receptionist cannot name a supervisor who did not agree.
   */
  'authorizedBy'?: (string);
  /**
   * Why it is allowed, 1..200 characters: the caller's, required when they
   * authorise their own call; with `approval`, the approval's reason is
   * recorded and this input is ignored.
   */
  'reason'?: (string);
  /**
   * The approval's code (12 characters, any case, spaces and dashes
   * ignored). Input only: never returned or stored.
   */
  'approval'?: (string);
}

/**
 * A supervisor's authorisation to go against a rule at the desk: admit a
 * visitor without identification, or lend a key to someone not on its list.
 * It is given by the supervisor's own call [ACL-APPROVAL-BY-APPROVER]:
 * - a caller holding SUPERVISOR or MANAGER at the site authorises their own
 * call (no approval needed; `reason` required);
 * - anyone else sends `approval`: the code of an Approval the supervisor
 * created with their own token (DirectoryService.CreateApproval, action
 * VISITOR_DOCUMENT_WAIVER or OFF_LIST_KEY_LOAN, this site), used up by
 * this call (see Approval for APPROVAL_USED, APPROVAL_EXPIRED,
 * APPROVAL_MISMATCH, APPROVAL_NOT_FOUND).
 * Neither: PERMISSION_DENIED reason SUPERVISOR_AUTHORIZATION_REQUIRED,
 * before anything is looked up. A supervisor's bearer token is never sent
 * for them.
 */
export interface SupervisorAuthorization__Output {
  /**
   * "staff/{staff}" who authorised: the caller, or the approval's approver.
   * Output; on input it may be left empty, and when given must name that
   * person (PERMISSION_DENIED reason NOT_THE_APPROVER otherwise), so a
   * receptionist cannot name a supervisor who did not agree.
   */
  'authorizedBy': (string);
  /**
   * Why it is allowed, 1..200 characters: the caller's, required when they
   * authorise their own call; with `approval`, the approval's reason is
   * recorded and this input is ignored.
   */
  'reason': (string);
  /**
   * The approval's code (12 characters, any case, spaces and dashes
   * ignored). Input only: never returned or stored.
   */
  'approval': (string);
}
