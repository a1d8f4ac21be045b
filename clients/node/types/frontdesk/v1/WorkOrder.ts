// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { RepairRoute as _frontdesk_v1_RepairRoute, RepairRoute__Output as _frontdesk_v1_RepairRoute__Output } from '../../frontdesk/v1/RepairRoute';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface _frontdesk_v1_WorkOrder_Material {
  /**
   * 1..64 characters
   */
  'name'?: (string);
  /**
   * > 0
   */
  'quantity'?: (number | string);
  /**
   * e.g. "个", "米"; at most 16 characters
   */
  'unit'?: (string);
}

export interface _frontdesk_v1_WorkOrder_Material__Output {
  /**
   * 1..64 characters
   */
  'name': (string);
  /**
   * > 0
   */
  'quantity': (number);
  /**
   * e.g. "个", "米"; at most 16 characters
   */
  'unit': (string);
}

// Original file: ../../protos/frontdesk/v1/ticket_service.proto

export const _frontdesk_v1_WorkOrder_State = {
  STATE_UNSPECIFIED: 'STATE_UNSPECIFIED',
  /**
   * issued, worker not yet there
   */
  OPEN: 'OPEN',
  /**
   * the desk confirmed with the resident
   */
  ARRIVED: 'ARRIVED',
  COMPLETED: 'COMPLETED',
  /**
   * replaced by a later dispatch
   */
  SUPERSEDED: 'SUPERSEDED',
} as const;

export type _frontdesk_v1_WorkOrder_State =
  | 'STATE_UNSPECIFIED'
  | 0
  /**
   * issued, worker not yet there
   */
  | 'OPEN'
  | 1
  /**
   * the desk confirmed with the resident
   */
  | 'ARRIVED'
  | 2
  | 'COMPLETED'
  | 3
  /**
   * replaced by a later dispatch
   */
  | 'SUPERSEDED'
  | 4

export type _frontdesk_v1_WorkOrder_State__Output = typeof _frontdesk_v1_WorkOrder_State[keyof typeof _frontdesk_v1_WorkOrder_State]

/**
 * A work order (派工单 / 服务工作单) issued by DispatchTicket, or a rework
 * order after an unsatisfied callback.
 */
export interface WorkOrder {
  /**
   * "sites/{site}/tickets/{ticket}/workOrders/{work_order}". Output only.
   */
  'name'?: (string);
  'route'?: (_frontdesk_v1_RepairRoute);
  /**
   * "staff/{staff}", "sites/{site}/departments/{department}" or
   * "vendors/{vendor}".
   */
  'assignee'?: (string);
  /**
   * When the worker promised to come (vendors: within their own deadline).
   */
  'promisedTime'?: (_google_protobuf_Timestamp | null);
  'state'?: (_frontdesk_v1_WorkOrder_State);
  /**
   * True for a rework order after an unsatisfied callback.
   */
  'rework'?: (boolean);
  /**
   * Coordination: the parties involved (free text each).
   */
  'parties'?: (string)[];
  'instructions'?: (string);
  'arrivalTime'?: (_google_protobuf_Timestamp | null);
  'completeTime'?: (_google_protobuf_Timestamp | null);
  'workDone'?: (string);
  /**
   * Labour in hours, e.g. 1.5; 0..1000.
   */
  'labourHours'?: (number | string);
  'materials'?: (_frontdesk_v1_WorkOrder_Material)[];
  /**
   * The reporter accepted the work (验收签字).
   */
  'acceptedByReporter'?: (boolean);
  'acceptanceNote'?: (string);
  /**
   * "staff/{staff}" who issued it.
   */
  'dispatchedBy'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Set when the promised time passed before completion.
   */
  'overdue'?: (boolean);
  /**
   * DEVELOPER_WARRANTY: "staff/{staff}" of the site manager who signed the
   * liaison form (the approver, see DispatchTicket), and who at the
   * developer's project team acknowledged it. Output only.
   */
  'managerSignoff'?: (string);
  'developerAcknowledgedBy'?: (string);
}

/**
 * A work order (派工单 / 服务工作单) issued by DispatchTicket, or a rework
 * order after an unsatisfied callback.
 */
export interface WorkOrder__Output {
  /**
   * "sites/{site}/tickets/{ticket}/workOrders/{work_order}". Output only.
   */
  'name': (string);
  'route': (_frontdesk_v1_RepairRoute__Output);
  /**
   * "staff/{staff}", "sites/{site}/departments/{department}" or
   * "vendors/{vendor}".
   */
  'assignee': (string);
  /**
   * When the worker promised to come (vendors: within their own deadline).
   */
  'promisedTime': (_google_protobuf_Timestamp__Output | null);
  'state': (_frontdesk_v1_WorkOrder_State__Output);
  /**
   * True for a rework order after an unsatisfied callback.
   */
  'rework': (boolean);
  /**
   * Coordination: the parties involved (free text each).
   */
  'parties': (string)[];
  'instructions': (string);
  'arrivalTime': (_google_protobuf_Timestamp__Output | null);
  'completeTime': (_google_protobuf_Timestamp__Output | null);
  'workDone': (string);
  /**
   * Labour in hours, e.g. 1.5; 0..1000.
   */
  'labourHours': (number);
  'materials': (_frontdesk_v1_WorkOrder_Material__Output)[];
  /**
   * The reporter accepted the work (验收签字).
   */
  'acceptedByReporter': (boolean);
  'acceptanceNote': (string);
  /**
   * "staff/{staff}" who issued it.
   */
  'dispatchedBy': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Set when the promised time passed before completion.
   */
  'overdue': (boolean);
  /**
   * DEVELOPER_WARRANTY: "staff/{staff}" of the site manager who signed the
   * liaison form (the approver, see DispatchTicket), and who at the
   * developer's project team acknowledged it. Output only.
   */
  'managerSignoff': (string);
  'developerAcknowledgedBy': (string);
}
