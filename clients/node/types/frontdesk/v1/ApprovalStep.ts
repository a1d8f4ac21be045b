// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { _frontdesk_v1_StaffMember_Role, _frontdesk_v1_StaffMember_Role__Output } from '../../frontdesk/v1/StaffMember';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_ApprovalStep_Decision = {
  /**
   * pending
   */
  DECISION_UNSPECIFIED: 'DECISION_UNSPECIFIED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
} as const;

export type _frontdesk_v1_ApprovalStep_Decision =
  /**
   * pending
   */
  | 'DECISION_UNSPECIFIED'
  | 0
  | 'APPROVED'
  | 1
  | 'REJECTED'
  | 2

export type _frontdesk_v1_ApprovalStep_Decision__Output = typeof _frontdesk_v1_ApprovalStep_Decision[keyof typeof _frontdesk_v1_ApprovalStep_Decision]

/**
 * One step of an approval flow.
 */
export interface ApprovalStep {
  /**
   * The role whose holder at the site decides: SUPERVISOR or MANAGER.
   */
  'role'?: (_frontdesk_v1_StaffMember_Role);
  'decision'?: (_frontdesk_v1_ApprovalStep_Decision);
  'decidedBy'?: (string);
  'decideTime'?: (_google_protobuf_Timestamp | null);
  'comment'?: (string);
}

/**
 * One step of an approval flow.
 */
export interface ApprovalStep__Output {
  /**
   * The role whose holder at the site decides: SUPERVISOR or MANAGER.
   */
  'role': (_frontdesk_v1_StaffMember_Role__Output);
  'decision': (_frontdesk_v1_ApprovalStep_Decision__Output);
  'decidedBy': (string);
  'decideTime': (_google_protobuf_Timestamp__Output | null);
  'comment': (string);
}
