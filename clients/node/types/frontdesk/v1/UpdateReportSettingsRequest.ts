// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportSettings as _frontdesk_v1_ReportSettings, ReportSettings__Output as _frontdesk_v1_ReportSettings__Output } from '../../frontdesk/v1/ReportSettings';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateReportSettingsRequest {
  /**
   * name identifies the site; etag, when set, must match.
   */
  'reportSettings'?: (_frontdesk_v1_ReportSettings | null);
  /**
   * Mutable: complaint_deadline, dispatch_limit_normal,
   * dispatch_limit_urgent, effective_complaint_basis, satisfaction_target,
   * resident_handover_date. An empty mask means all of them.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateReportSettingsRequest__Output {
  /**
   * name identifies the site; etag, when set, must match.
   */
  'reportSettings': (_frontdesk_v1_ReportSettings__Output | null);
  /**
   * Mutable: complaint_deadline, dispatch_limit_normal,
   * dispatch_limit_urgent, effective_complaint_basis, satisfaction_target,
   * resident_handover_date. An empty mask means all of them.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
