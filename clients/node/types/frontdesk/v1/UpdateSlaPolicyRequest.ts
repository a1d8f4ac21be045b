// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { SlaPolicy as _frontdesk_v1_SlaPolicy, SlaPolicy__Output as _frontdesk_v1_SlaPolicy__Output } from '../../frontdesk/v1/SlaPolicy';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateSlaPolicyRequest {
  /**
   * policy.name identifies it; policy.etag, when set, must match.
   */
  'policy'?: (_frontdesk_v1_SlaPolicy | null);
  /**
   * Of first_response, resolution, callback, escalate_supervisor_after,
   * escalate_manager_after, plan, coordination. Empty: the first five
   * (plan and coordination are changed only when named).
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateSlaPolicyRequest__Output {
  /**
   * policy.name identifies it; policy.etag, when set, must match.
   */
  'policy': (_frontdesk_v1_SlaPolicy__Output | null);
  /**
   * Of first_response, resolution, callback, escalate_supervisor_after,
   * escalate_manager_after, plan, coordination. Empty: the first five
   * (plan and coordination are changed only when named).
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
