// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface AgreeTicketPlanRequest {
  /**
   * The complaint: "sites/{site}/tickets/{ticket}" or the number in place
   * of {ticket}.
   */
  'name'?: (string);
  /**
   * The department at fault, "sites/{site}/departments/{department}" of the
   * ticket's site. Required; must exist.
   */
  'department'?: (string);
  /**
   * "staff/{staff}" who agreed for the department: optional; when given it
   * must name the approver (see AgreeTicketPlan; PERMISSION_DENIED reason
   * NOT_THE_APPROVER otherwise).
   */
  'agreedBy'?: (string);
  /**
   * The plan, 1..1000 characters.
   */
  'plan'?: (string);
  /**
   * Optional: when the department expects to have finished; must be in the
   * future; becomes the ticket's promise (on a coordination route, at least
   * 2 days after the coordination dispatch).
   */
  'finishTime'?: (_google_protobuf_Timestamp | null);
  'requestId'?: (string);
  /**
   * The code of the approver's approval (Approval.TICKET_PLAN for this
   * ticket), when the caller does not approve the plan themselves; used up
   * by a successful call. Input only.
   */
  'approval'?: (string);
}

export interface AgreeTicketPlanRequest__Output {
  /**
   * The complaint: "sites/{site}/tickets/{ticket}" or the number in place
   * of {ticket}.
   */
  'name': (string);
  /**
   * The department at fault, "sites/{site}/departments/{department}" of the
   * ticket's site. Required; must exist.
   */
  'department': (string);
  /**
   * "staff/{staff}" who agreed for the department: optional; when given it
   * must name the approver (see AgreeTicketPlan; PERMISSION_DENIED reason
   * NOT_THE_APPROVER otherwise).
   */
  'agreedBy': (string);
  /**
   * The plan, 1..1000 characters.
   */
  'plan': (string);
  /**
   * Optional: when the department expects to have finished; must be in the
   * future; becomes the ticket's promise (on a coordination route, at least
   * 2 days after the coordination dispatch).
   */
  'finishTime': (_google_protobuf_Timestamp__Output | null);
  'requestId': (string);
  /**
   * The code of the approver's approval (Approval.TICKET_PLAN for this
   * ticket), when the caller does not approve the plan themselves; used up
   * by a successful call. Input only.
   */
  'approval': (string);
}
