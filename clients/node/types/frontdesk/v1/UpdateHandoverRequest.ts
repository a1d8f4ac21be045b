// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Handover as _frontdesk_v1_Handover, Handover__Output as _frontdesk_v1_Handover__Output } from '../../frontdesk/v1/Handover';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateHandoverRequest {
  'handover'?: (_frontdesk_v1_Handover | null);
  /**
   * Mutable: duty_log, items (replaced as a whole; consented items keep
   * their consent only if description and significant are unchanged).
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateHandoverRequest__Output {
  'handover': (_frontdesk_v1_Handover__Output | null);
  /**
   * Mutable: duty_log, items (replaced as a whole; consented items keep
   * their consent only if description and significant are unchanged).
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
