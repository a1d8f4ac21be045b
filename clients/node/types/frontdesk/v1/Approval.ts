// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

// Original file: ../../protos/frontdesk/v1/directory_service.proto

/**
 * What is approved, and who may approve it ("at the site": a role held
 * at the approval's site, or at every site; ADMIN alone is no approver).
 */
export const _frontdesk_v1_Approval_Action = {
  ACTION_UNSPECIFIED: 'ACTION_UNSPECIFIED',
  /**
   * Admit a visitor without an identity document (CheckInVisitor's
   * document_waiver). SUPERVISOR or MANAGER at the site. No subject.
   */
  VISITOR_DOCUMENT_WAIVER: 'VISITOR_DOCUMENT_WAIVER',
  /**
   * Lend a key to someone not on its list (LendKey's authorization).
   * SUPERVISOR or MANAGER at the site. Subject optional: a key of the
   * site, "sites/{site}/keys/{key}" (id or tag), and then only that key.
   */
  OFF_LIST_KEY_LOAN: 'OFF_LIST_KEY_LOAN',
  /**
   * The site manager's sign-off of a developer-warranty liaison form
   * (DispatchTicket on the DEVELOPER_WARRANTY route). MANAGER at the site.
   * Subject required: the ticket, "sites/{site}/tickets/{ticket}" (id or
   * number).
   */
  WARRANTY_SIGNOFF: 'WARRANTY_SIGNOFF',
  /**
   * A complaint's handling plan agreed for the department at fault
   * (AgreeTicketPlan). The head of a department of the site, or SUPERVISOR
   * or MANAGER at the site; when used, a head approves only for their own
   * department. Subject required: the ticket.
   */
  TICKET_PLAN: 'TICKET_PLAN',
} as const;

/**
 * What is approved, and who may approve it ("at the site": a role held
 * at the approval's site, or at every site; ADMIN alone is no approver).
 */
export type _frontdesk_v1_Approval_Action =
  | 'ACTION_UNSPECIFIED'
  | 0
  /**
   * Admit a visitor without an identity document (CheckInVisitor's
   * document_waiver). SUPERVISOR or MANAGER at the site. No subject.
   */
  | 'VISITOR_DOCUMENT_WAIVER'
  | 1
  /**
   * Lend a key to someone not on its list (LendKey's authorization).
   * SUPERVISOR or MANAGER at the site. Subject optional: a key of the
   * site, "sites/{site}/keys/{key}" (id or tag), and then only that key.
   */
  | 'OFF_LIST_KEY_LOAN'
  | 2
  /**
   * The site manager's sign-off of a developer-warranty liaison form
   * (DispatchTicket on the DEVELOPER_WARRANTY route). MANAGER at the site.
   * Subject required: the ticket, "sites/{site}/tickets/{ticket}" (id or
   * number).
   */
  | 'WARRANTY_SIGNOFF'
  | 3
  /**
   * A complaint's handling plan agreed for the department at fault
   * (AgreeTicketPlan). The head of a department of the site, or SUPERVISOR
   * or MANAGER at the site; when used, a head approves only for their own
   * department. Subject required: the ticket.
   */
  | 'TICKET_PLAN'
  | 4

/**
 * What is approved, and who may approve it ("at the site": a role held
 * at the approval's site, or at every site; ADMIN alone is no approver).
 */
export type _frontdesk_v1_Approval_Action__Output = typeof _frontdesk_v1_Approval_Action[keyof typeof _frontdesk_v1_Approval_Action]

/**
 * One approver's consent to one action at one site, given with their own
 * call (CreateApproval) and used by the first call that sends its code.
 * 
 * Using a code (the consuming calls name the field, e.g.
 * SupervisorAuthorization.approval), in the same transaction as the action:
 * - no approval has this code: NOT_FOUND reason APPROVAL_NOT_FOUND;
 * - already used by an earlier call: FAILED_PRECONDITION reason
 * APPROVAL_USED (a retry with the same request_id gets the first
 * response instead);
 * - past expire_time: FAILED_PRECONDITION reason APPROVAL_EXPIRED;
 * - for another action, another site or another subject: FAILED_PRECONDITION
 * reason APPROVAL_MISMATCH;
 * - the approver no longer holds what the action needs (a role taken away
 * since): PERMISSION_DENIED reason APPROVER_NOT_ELIGIBLE.
 * A code is used up only when the action succeeds; a refused action leaves
 * it unused. The action records the approver (not the caller) as the one
 * who approved: SupervisorAuthorization.authorized_by,
 * DispatchTicketRequest's sign-off, TicketPlan.agreed_by.
 */
export interface Approval {
  /**
   * "sites/{site}/approvals/{approval}". Output only.
   */
  'name'?: (string);
  /**
   * Required.
   */
  'action'?: (_frontdesk_v1_Approval_Action);
  /**
   * The one resource the approval is for (see Action); stored by id, e.g.
   * "sites/hx/tickets/42". Must exist at the site.
   */
  'subject'?: (string);
  /**
   * Why it is approved, 1..200 characters. Required. Recorded with the
   * action (e.g. SupervisorAuthorization.reason).
   */
  'reason'?: (string);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  'ttl'?: (_google_protobuf_Duration | null);
  /**
   * The one-time code, 12 characters of the pass alphabet (digits and
   * upper-case letters without 0, O, 1, I, L), read in any case, spaces and
   * dashes ignored. Output only, and only in the response of the
   * CreateApproval call that created it: a retry with the same request_id
   * and GetApproval return the approval without it.
   */
  'code'?: (string);
  /**
   * "staff/{staff}": the caller of CreateApproval. Output only.
   */
  'approver'?: (string);
  /**
   * output only
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Set when a call used the code. Output only.
   */
  'consumeTime'?: (_google_protobuf_Timestamp | null);
  /**
   * "staff/{staff}" who sent the code. Output only.
   */
  'consumedBy'?: (string);
  /**
   * The method that used it, e.g. "VisitorService.CheckInVisitor". Output
   * only.
   */
  'consumedMethod'?: (string);
  /**
   * How long the code is valid (AIP-214): either, at most 60 minutes after
   * now; neither means 10 minutes. ttl is input only.
   */
  'expiration'?: "expireTime"|"ttl";
}

/**
 * One approver's consent to one action at one site, given with their own
 * call (CreateApproval) and used by the first call that sends its code.
 * 
 * Using a code (the consuming calls name the field, e.g.
 * SupervisorAuthorization.approval), in the same transaction as the action:
 * - no approval has this code: NOT_FOUND reason APPROVAL_NOT_FOUND;
 * - already used by an earlier call: FAILED_PRECONDITION reason
 * APPROVAL_USED (a retry with the same request_id gets the first
 * response instead);
 * - past expire_time: FAILED_PRECONDITION reason APPROVAL_EXPIRED;
 * - for another action, another site or another subject: FAILED_PRECONDITION
 * reason APPROVAL_MISMATCH;
 * - the approver no longer holds what the action needs (a role taken away
 * since): PERMISSION_DENIED reason APPROVER_NOT_ELIGIBLE.
 * A code is used up only when the action succeeds; a refused action leaves
 * it unused. The action records the approver (not the caller) as the one
 * who approved: SupervisorAuthorization.authorized_by,
 * DispatchTicketRequest's sign-off, TicketPlan.agreed_by.
 */
export interface Approval__Output {
  /**
   * "sites/{site}/approvals/{approval}". Output only.
   */
  'name': (string);
  /**
   * Required.
   */
  'action': (_frontdesk_v1_Approval_Action__Output);
  /**
   * The one resource the approval is for (see Action); stored by id, e.g.
   * "sites/hx/tickets/42". Must exist at the site.
   */
  'subject': (string);
  /**
   * Why it is approved, 1..200 characters. Required. Recorded with the
   * action (e.g. SupervisorAuthorization.reason).
   */
  'reason': (string);
  'expireTime'?: (_google_protobuf_Timestamp__Output | null);
  'ttl'?: (_google_protobuf_Duration__Output | null);
  /**
   * The one-time code, 12 characters of the pass alphabet (digits and
   * upper-case letters without 0, O, 1, I, L), read in any case, spaces and
   * dashes ignored. Output only, and only in the response of the
   * CreateApproval call that created it: a retry with the same request_id
   * and GetApproval return the approval without it.
   */
  'code': (string);
  /**
   * "staff/{staff}": the caller of CreateApproval. Output only.
   */
  'approver': (string);
  /**
   * output only
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Set when a call used the code. Output only.
   */
  'consumeTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * "staff/{staff}" who sent the code. Output only.
   */
  'consumedBy': (string);
  /**
   * The method that used it, e.g. "VisitorService.CheckInVisitor". Output
   * only.
   */
  'consumedMethod': (string);
  /**
   * How long the code is valid (AIP-214): either, at most 60 minutes after
   * now; neither means 10 minutes. ttl is input only.
   */
  'expiration'?: "expireTime"|"ttl";
}
