// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from '../../frontdesk/v1/Contact';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { RepairRoute as _frontdesk_v1_RepairRoute, RepairRoute__Output as _frontdesk_v1_RepairRoute__Output } from '../../frontdesk/v1/RepairRoute';
import type { TicketDeadlines as _frontdesk_v1_TicketDeadlines, TicketDeadlines__Output as _frontdesk_v1_TicketDeadlines__Output } from '../../frontdesk/v1/TicketDeadlines';
import type { EscalationLevel as _frontdesk_v1_EscalationLevel, EscalationLevel__Output as _frontdesk_v1_EscalationLevel__Output } from '../../frontdesk/v1/EscalationLevel';
import type { TicketPlan as _frontdesk_v1_TicketPlan, TicketPlan__Output as _frontdesk_v1_TicketPlan__Output } from '../../frontdesk/v1/TicketPlan';

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

/**
 * How the matter reached the desk.
 */
export const _frontdesk_v1_Ticket_Channel = {
  CHANNEL_UNSPECIFIED: 'CHANNEL_UNSPECIFIED',
  /**
   * 来电
   */
  PHONE: 'PHONE',
  /**
   * 来访
   */
  WALK_IN: 'WALK_IN',
  /**
   * 来函 / written
   */
  LETTER: 'LETTER',
  /**
   * e-mail or resident app
   */
  APP: 'APP',
  /**
   * found on patrol
   */
  PATROL: 'PATROL',
} as const;

/**
 * How the matter reached the desk.
 */
export type _frontdesk_v1_Ticket_Channel =
  | 'CHANNEL_UNSPECIFIED'
  | 0
  /**
   * 来电
   */
  | 'PHONE'
  | 1
  /**
   * 来访
   */
  | 'WALK_IN'
  | 2
  /**
   * 来函 / written
   */
  | 'LETTER'
  | 3
  /**
   * e-mail or resident app
   */
  | 'APP'
  | 4
  /**
   * found on patrol
   */
  | 'PATROL'
  | 5

/**
 * How the matter reached the desk.
 */
export type _frontdesk_v1_Ticket_Channel__Output = typeof _frontdesk_v1_Ticket_Channel[keyof typeof _frontdesk_v1_Ticket_Channel]

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

/**
 * Complaints are about service (attitude, skill) or about a facility defect.
 */
export const _frontdesk_v1_Ticket_ComplaintClass = {
  COMPLAINT_CLASS_UNSPECIFIED: 'COMPLAINT_CLASS_UNSPECIFIED',
  SERVICE: 'SERVICE',
  FACILITY: 'FACILITY',
} as const;

/**
 * Complaints are about service (attitude, skill) or about a facility defect.
 */
export type _frontdesk_v1_Ticket_ComplaintClass =
  | 'COMPLAINT_CLASS_UNSPECIFIED'
  | 0
  | 'SERVICE'
  | 1
  | 'FACILITY'
  | 2

/**
 * Complaints are about service (attitude, skill) or about a facility defect.
 */
export type _frontdesk_v1_Ticket_ComplaintClass__Output = typeof _frontdesk_v1_Ticket_ComplaintClass[keyof typeof _frontdesk_v1_Ticket_ComplaintClass]

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

export const _frontdesk_v1_Ticket_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  /**
   * 咨询
   */
  INQUIRY: 'INQUIRY',
  /**
   * 求助
   */
  HELP: 'HELP',
  /**
   * 报修
   */
  REPAIR: 'REPAIR',
  /**
   * 投诉 (complaint_class required)
   */
  COMPLAINT: 'COMPLAINT',
  /**
   * 建议
   */
  SUGGESTION: 'SUGGESTION',
  /**
   * 表扬
   */
  PRAISE: 'PRAISE',
  /**
   * 特约服务 (paid)
   */
  SPECIAL_SERVICE: 'SPECIAL_SERVICE',
} as const;

export type _frontdesk_v1_Ticket_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  /**
   * 咨询
   */
  | 'INQUIRY'
  | 1
  /**
   * 求助
   */
  | 'HELP'
  | 2
  /**
   * 报修
   */
  | 'REPAIR'
  | 3
  /**
   * 投诉 (complaint_class required)
   */
  | 'COMPLAINT'
  | 4
  /**
   * 建议
   */
  | 'SUGGESTION'
  | 5
  /**
   * 表扬
   */
  | 'PRAISE'
  | 6
  /**
   * 特约服务 (paid)
   */
  | 'SPECIAL_SERVICE'
  | 7

export type _frontdesk_v1_Ticket_Kind__Output = typeof _frontdesk_v1_Ticket_Kind[keyof typeof _frontdesk_v1_Ticket_Kind]

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

export const _frontdesk_v1_Ticket_Priority = {
  /**
   * treated as NORMAL on create
   */
  PRIORITY_UNSPECIFIED: 'PRIORITY_UNSPECIFIED',
  NORMAL: 'NORMAL',
  URGENT: 'URGENT',
  EMERGENCY: 'EMERGENCY',
} as const;

export type _frontdesk_v1_Ticket_Priority =
  /**
   * treated as NORMAL on create
   */
  | 'PRIORITY_UNSPECIFIED'
  | 0
  | 'NORMAL'
  | 1
  | 'URGENT'
  | 2
  | 'EMERGENCY'
  | 3

export type _frontdesk_v1_Ticket_Priority__Output = typeof _frontdesk_v1_Ticket_Priority[keyof typeof _frontdesk_v1_Ticket_Priority]

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

/**
 * The handling lifecycle. Intake creates NEW; the workflow verbs move it on.
 */
export const _frontdesk_v1_Ticket_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  NEW: 'NEW',
  DISPATCHED: 'DISPATCHED',
  IN_PROGRESS: 'IN_PROGRESS',
  /**
   * waiting on the resident, parts or a vendor
   */
  PENDING: 'PENDING',
  RESOLVED: 'RESOLVED',
  /**
   * resolved and the callback found the resident satisfied
   */
  CLOSED: 'CLOSED',
  REOPENED: 'REOPENED',
  /**
   * a complaint judged not founded (投诉不成立)
   */
  UNFOUNDED: 'UNFOUNDED',
  DUPLICATE: 'DUPLICATE',
  CANCELLED: 'CANCELLED',
} as const;

/**
 * The handling lifecycle. Intake creates NEW; the workflow verbs move it on.
 */
export type _frontdesk_v1_Ticket_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'NEW'
  | 1
  | 'DISPATCHED'
  | 2
  | 'IN_PROGRESS'
  | 3
  /**
   * waiting on the resident, parts or a vendor
   */
  | 'PENDING'
  | 4
  | 'RESOLVED'
  | 5
  /**
   * resolved and the callback found the resident satisfied
   */
  | 'CLOSED'
  | 6
  | 'REOPENED'
  | 7
  /**
   * a complaint judged not founded (投诉不成立)
   */
  | 'UNFOUNDED'
  | 8
  | 'DUPLICATE'
  | 9
  | 'CANCELLED'
  | 10

/**
 * The handling lifecycle. Intake creates NEW; the workflow verbs move it on.
 */
export type _frontdesk_v1_Ticket_Status__Output = typeof _frontdesk_v1_Ticket_Status[keyof typeof _frontdesk_v1_Ticket_Status]

export interface Ticket {
  /**
   * "sites/{site}/tickets/{ticket}". Output only.
   */
  'name'?: (string);
  /**
   * Human number, e.g. "HX-20261123-0007". Unique per site. Output only.
   */
  'number'?: (string);
  /**
   * "sites/{site}". Required on create (taken from the request's parent).
   */
  'site'?: (string);
  /**
   * required
   */
  'channel'?: (_frontdesk_v1_Ticket_Channel);
  /**
   * required
   */
  'kind'?: (_frontdesk_v1_Ticket_Kind);
  /**
   * Required when kind is COMPLAINT, otherwise must be unspecified.
   */
  'complaintClass'?: (_frontdesk_v1_Ticket_ComplaintClass);
  'priority'?: (_frontdesk_v1_Ticket_Priority);
  /**
   * Who reported it. name and phone are required; unit or location locate it.
   */
  'reporter'?: (_frontdesk_v1_Contact | null);
  /**
   * One line, 1..200 characters.
   */
  'subject'?: (string);
  /**
   * Free text, at most 4000 characters.
   */
  'description'?: (string);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_Ticket_Status);
  /**
   * "staff/{staff}" who recorded the ticket. Output only.
   */
  'createdBy'?: (string);
  /**
   * output only
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Changes on every update; UpdateTicket with a stale etag is ABORTED.
   */
  'etag'?: (string);
  /**
   * Set by DispatchTicket for repairs and repair complaints.
   */
  'route'?: (_frontdesk_v1_RepairRoute);
  /**
   * output only
   */
  'deadlines'?: (_frontdesk_v1_TicketDeadlines | null);
  /**
   * output only
   */
  'firstResponseTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'resolveTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'closeTime'?: (_google_protobuf_Timestamp | null);
  /**
   * What was done (ResolveTicket), the finding told to the resident
   * (MarkTicketUnfounded), or why it was cancelled.
   */
  'resolution'?: (string);
  /**
   * The surviving ticket when DUPLICATE.
   */
  'duplicateOf'?: (string);
  /**
   * Failed callback attempts (unreachable) since the last resolution.
   */
  'callbackAttempts'?: (number);
  /**
   * The current assignee of the open work order: "staff/{staff}",
   * "sites/{site}/departments/{department}" or "vendors/{vendor}".
   */
  'assignee'?: (string);
  /**
   * The highest level the ticket has been escalated to.
   */
  'escalationLevel'?: (_frontdesk_v1_EscalationLevel);
  /**
   * The ticket this one is linked under (LinkTicket), if any.
   */
  'parent'?: (string);
  /**
   * Complaints: the latest handling plan agreed (AgreeTicketPlan).
   */
  'plan'?: (_frontdesk_v1_TicketPlan | null);
  /**
   * Kept long-term (重要投诉长期保存): retention never erases the reporter
   * of an important ticket. Set on create or with UpdateTicket.
   */
  'important'?: (boolean);
  /**
   * Set when retention erased the reporter's name and phone: the site's
   * VisitorSettings.ticket_retention_days (default 365) after the ticket
   * finished, unless it is important [T-COMPLAINT-RETENTION]. The ticket,
   * its counts and its history stay. Output only.
   */
  'purgeTime'?: (_google_protobuf_Timestamp | null);
}

export interface Ticket__Output {
  /**
   * "sites/{site}/tickets/{ticket}". Output only.
   */
  'name': (string);
  /**
   * Human number, e.g. "HX-20261123-0007". Unique per site. Output only.
   */
  'number': (string);
  /**
   * "sites/{site}". Required on create (taken from the request's parent).
   */
  'site': (string);
  /**
   * required
   */
  'channel': (_frontdesk_v1_Ticket_Channel__Output);
  /**
   * required
   */
  'kind': (_frontdesk_v1_Ticket_Kind__Output);
  /**
   * Required when kind is COMPLAINT, otherwise must be unspecified.
   */
  'complaintClass': (_frontdesk_v1_Ticket_ComplaintClass__Output);
  'priority': (_frontdesk_v1_Ticket_Priority__Output);
  /**
   * Who reported it. name and phone are required; unit or location locate it.
   */
  'reporter': (_frontdesk_v1_Contact__Output | null);
  /**
   * One line, 1..200 characters.
   */
  'subject': (string);
  /**
   * Free text, at most 4000 characters.
   */
  'description': (string);
  /**
   * output only
   */
  'status': (_frontdesk_v1_Ticket_Status__Output);
  /**
   * "staff/{staff}" who recorded the ticket. Output only.
   */
  'createdBy': (string);
  /**
   * output only
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Changes on every update; UpdateTicket with a stale etag is ABORTED.
   */
  'etag': (string);
  /**
   * Set by DispatchTicket for repairs and repair complaints.
   */
  'route': (_frontdesk_v1_RepairRoute__Output);
  /**
   * output only
   */
  'deadlines': (_frontdesk_v1_TicketDeadlines__Output | null);
  /**
   * output only
   */
  'firstResponseTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'resolveTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'closeTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * What was done (ResolveTicket), the finding told to the resident
   * (MarkTicketUnfounded), or why it was cancelled.
   */
  'resolution': (string);
  /**
   * The surviving ticket when DUPLICATE.
   */
  'duplicateOf': (string);
  /**
   * Failed callback attempts (unreachable) since the last resolution.
   */
  'callbackAttempts': (number);
  /**
   * The current assignee of the open work order: "staff/{staff}",
   * "sites/{site}/departments/{department}" or "vendors/{vendor}".
   */
  'assignee': (string);
  /**
   * The highest level the ticket has been escalated to.
   */
  'escalationLevel': (_frontdesk_v1_EscalationLevel__Output);
  /**
   * The ticket this one is linked under (LinkTicket), if any.
   */
  'parent': (string);
  /**
   * Complaints: the latest handling plan agreed (AgreeTicketPlan).
   */
  'plan': (_frontdesk_v1_TicketPlan__Output | null);
  /**
   * Kept long-term (重要投诉长期保存): retention never erases the reporter
   * of an important ticket. Set on create or with UpdateTicket.
   */
  'important': (boolean);
  /**
   * Set when retention erased the reporter's name and phone: the site's
   * VisitorSettings.ticket_retention_days (default 365) after the ticket
   * finished, unless it is important [T-COMPLAINT-RETENTION]. The ticket,
   * its counts and its history stay. Output only.
   */
  'purgeTime': (_google_protobuf_Timestamp__Output | null);
}
