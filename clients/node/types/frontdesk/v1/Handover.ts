// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { HandoverItem as _frontdesk_v1_HandoverItem, HandoverItem__Output as _frontdesk_v1_HandoverItem__Output } from '../../frontdesk/v1/HandoverItem';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { InventoryCount as _frontdesk_v1_InventoryCount, InventoryCount__Output as _frontdesk_v1_InventoryCount__Output } from '../../frontdesk/v1/InventoryCount';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_Handover_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  ACCEPTED: 'ACCEPTED',
} as const;

export type _frontdesk_v1_Handover_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'DRAFT'
  | 1
  | 'SUBMITTED'
  | 2
  | 'ACCEPTED'
  | 3

export type _frontdesk_v1_Handover_Status__Output = typeof _frontdesk_v1_Handover_Status[keyof typeof _frontdesk_v1_Handover_Status]

/**
 * The handover record of one shift boundary (交接班记录).
 */
export interface Handover {
  /**
   * "sites/{site}/handovers/{yyyymmdd}-{definition}" = the outgoing shift's
   * id. Output only.
   */
  'name'?: (string);
  /**
   * "sites/{site}/shifts/{shift}". Required on create.
   */
  'outgoingShift'?: (string);
  /**
   * The next shift. Output only.
   */
  'incomingShift'?: (string);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_Handover_Status);
  /**
   * The duty log (值班记录): equipment, difficult cases, staffing changes,
   * anything the next shift must know. 1..8000 characters before submit.
   */
  'dutyLog'?: (string);
  /**
   * Unfinished matters; items without id on update are new.
   */
  'items'?: (_frontdesk_v1_HandoverItem)[];
  /**
   * "staff/{staff}" who created, submitted and accepted it. Output only.
   */
  'writtenBy'?: (string);
  'submittedBy'?: (string);
  'acceptedBy'?: (string);
  /**
   * output only
   */
  'submitTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'acceptTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The accepting receptionist's clock-in. Output only.
   */
  'incomingClockInTime'?: (_google_protobuf_Timestamp | null);
  /**
   * incoming_clock_in_time <= incoming shift start - handover_arrival_lead.
   * Output only.
   */
  'incomingArrivedEarly'?: (boolean);
  /**
   * What the incoming side found, at most 2000 characters. Set at accept.
   */
  'incomingRemarks'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * The incoming receptionist's count of the site's inventory checklist,
   * set at accept. Output only.
   */
  'inventoryCounts'?: (_frontdesk_v1_InventoryCount)[];
  /**
   * Some count differs from the expected one. Output only.
   */
  'inventoryDiscrepancy'?: (boolean);
  /**
   * The supervisor's countersignature (阅签). Output only.
   */
  'countersignedBy'?: (string);
  'countersignTime'?: (_google_protobuf_Timestamp | null);
  'countersignComment'?: (string);
}

/**
 * The handover record of one shift boundary (交接班记录).
 */
export interface Handover__Output {
  /**
   * "sites/{site}/handovers/{yyyymmdd}-{definition}" = the outgoing shift's
   * id. Output only.
   */
  'name': (string);
  /**
   * "sites/{site}/shifts/{shift}". Required on create.
   */
  'outgoingShift': (string);
  /**
   * The next shift. Output only.
   */
  'incomingShift': (string);
  /**
   * output only
   */
  'status': (_frontdesk_v1_Handover_Status__Output);
  /**
   * The duty log (值班记录): equipment, difficult cases, staffing changes,
   * anything the next shift must know. 1..8000 characters before submit.
   */
  'dutyLog': (string);
  /**
   * Unfinished matters; items without id on update are new.
   */
  'items': (_frontdesk_v1_HandoverItem__Output)[];
  /**
   * "staff/{staff}" who created, submitted and accepted it. Output only.
   */
  'writtenBy': (string);
  'submittedBy': (string);
  'acceptedBy': (string);
  /**
   * output only
   */
  'submitTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'acceptTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The accepting receptionist's clock-in. Output only.
   */
  'incomingClockInTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * incoming_clock_in_time <= incoming shift start - handover_arrival_lead.
   * Output only.
   */
  'incomingArrivedEarly': (boolean);
  /**
   * What the incoming side found, at most 2000 characters. Set at accept.
   */
  'incomingRemarks': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * The incoming receptionist's count of the site's inventory checklist,
   * set at accept. Output only.
   */
  'inventoryCounts': (_frontdesk_v1_InventoryCount__Output)[];
  /**
   * Some count differs from the expected one. Output only.
   */
  'inventoryDiscrepancy': (boolean);
  /**
   * The supervisor's countersignature (阅签). Output only.
   */
  'countersignedBy': (string);
  'countersignTime': (_google_protobuf_Timestamp__Output | null);
  'countersignComment': (string);
}
