// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { VisitorSettings as _frontdesk_v1_VisitorSettings, VisitorSettings__Output as _frontdesk_v1_VisitorSettings__Output } from '../../frontdesk/v1/VisitorSettings';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateVisitorSettingsRequest {
  'visitorSettings'?: (_frontdesk_v1_VisitorSettings | null);
  /**
   * Mutable: retention_days, default_visit_duration, overstay_grace,
   * default_key_loan_duration, ticket_retention_days. An empty mask means
   * the first four (ticket_retention_days is changed only when named).
   * Shortening retention takes effect at the next daily purge.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateVisitorSettingsRequest__Output {
  'visitorSettings': (_frontdesk_v1_VisitorSettings__Output | null);
  /**
   * Mutable: retention_days, default_visit_duration, overstay_grace,
   * default_key_loan_duration, ticket_retention_days. An empty mask means
   * the first four (ticket_retention_days is changed only when named).
   * Shortening retention takes effect at the next daily purge.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
