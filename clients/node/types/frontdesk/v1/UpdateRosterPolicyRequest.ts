// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { RosterPolicy as _frontdesk_v1_RosterPolicy, RosterPolicy__Output as _frontdesk_v1_RosterPolicy__Output } from '../../frontdesk/v1/RosterPolicy';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateRosterPolicyRequest {
  'rosterPolicy'?: (_frontdesk_v1_RosterPolicy | null);
  /**
   * Mutable: shifts, handover_arrival_lead, min_rest, max_swaps_per_month,
   * max_late_per_month, max_corrections_per_month, supervisor_only_leave_days,
   * inventory_checklist.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateRosterPolicyRequest__Output {
  'rosterPolicy': (_frontdesk_v1_RosterPolicy__Output | null);
  /**
   * Mutable: shifts, handover_arrival_lead, min_rest, max_swaps_per_month,
   * max_late_per_month, max_corrections_per_month, supervisor_only_leave_days,
   * inventory_checklist.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
