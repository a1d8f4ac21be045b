// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { RepairRoute as _frontdesk_v1_RepairRoute, RepairRoute__Output as _frontdesk_v1_RepairRoute__Output } from '../../frontdesk/v1/RepairRoute';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface DispatchTicketRequest {
  /**
   * "sites/{site}/tickets/{ticket}" or the number in place of {ticket}.
   */
  'name'?: (string);
  /**
   * Required for REPAIR and for FACILITY complaints.
   */
  'route'?: (_frontdesk_v1_RepairRoute);
  /**
   * "staff/{staff}", "sites/{site}/departments/{department}" or
   * "vendors/{vendor}"; must exist (and serve the ticket's site).
   */
  'assignee'?: (string);
  /**
   * Must be in the future. Vendors: defaults to now + their response
   * deadline. COORDINATION: when the parties are to have finished; it is
   * also the ticket's promise to the resident; at least 2 days from now
   * (COORDINATION_PROMISE_TOO_SHORT); defaults to create_time + the
   * policy's coordination window, but at least 2 days from now.
   */
  'promisedTime'?: (_google_protobuf_Timestamp | null);
  /**
   * COORDINATION: at least two
   */
  'parties'?: (string)[];
  /**
   * at most 2000 characters
   */
  'instructions'?: (string);
  /**
   * DEVELOPER_WARRANTY: the site manager's sign-off of the liaison form and
   * who at the developer's project team acknowledged it (free text), both
   * required (WARRANTY_NOT_CLEARED otherwise). The sign-off is the caller's
   * own when they are MANAGER at the site, else the approval of `approval`.
   * manager_signoff may be left empty; when given it must name that
   * manager, "staff/{staff}" (PERMISSION_DENIED reason NOT_THE_APPROVER
   * otherwise). The work order records the manager
   * (WorkOrder.manager_signoff), and so does the DISPATCHED history entry.
   */
  'managerSignoff'?: (string);
  'developerAcknowledgedBy'?: (string);
  'requestId'?: (string);
  /**
   * DEVELOPER_WARRANTY only: the code of the manager's approval
   * (Approval.WARRANTY_SIGNOFF for this ticket), used up by a successful
   * dispatch (see Approval). Input only.
   */
  'approval'?: (string);
}

export interface DispatchTicketRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}" or the number in place of {ticket}.
   */
  'name': (string);
  /**
   * Required for REPAIR and for FACILITY complaints.
   */
  'route': (_frontdesk_v1_RepairRoute__Output);
  /**
   * "staff/{staff}", "sites/{site}/departments/{department}" or
   * "vendors/{vendor}"; must exist (and serve the ticket's site).
   */
  'assignee': (string);
  /**
   * Must be in the future. Vendors: defaults to now + their response
   * deadline. COORDINATION: when the parties are to have finished; it is
   * also the ticket's promise to the resident; at least 2 days from now
   * (COORDINATION_PROMISE_TOO_SHORT); defaults to create_time + the
   * policy's coordination window, but at least 2 days from now.
   */
  'promisedTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * COORDINATION: at least two
   */
  'parties': (string)[];
  /**
   * at most 2000 characters
   */
  'instructions': (string);
  /**
   * DEVELOPER_WARRANTY: the site manager's sign-off of the liaison form and
   * who at the developer's project team acknowledged it (free text), both
   * required (WARRANTY_NOT_CLEARED otherwise). The sign-off is the caller's
   * own when they are MANAGER at the site, else the approval of `approval`.
   * manager_signoff may be left empty; when given it must name that
   * manager, "staff/{staff}" (PERMISSION_DENIED reason NOT_THE_APPROVER
   * otherwise). The work order records the manager
   * (WorkOrder.manager_signoff), and so does the DISPATCHED history entry.
   */
  'managerSignoff': (string);
  'developerAcknowledgedBy': (string);
  'requestId': (string);
  /**
   * DEVELOPER_WARRANTY only: the code of the manager's approval
   * (Approval.WARRANTY_SIGNOFF for this ticket), used up by a successful
   * dispatch (see Approval). Input only.
   */
  'approval': (string);
}
