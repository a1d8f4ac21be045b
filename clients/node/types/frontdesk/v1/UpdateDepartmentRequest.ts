// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from '../../frontdesk/v1/Department';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateDepartmentRequest {
  /**
   * department.name identifies it; department.etag, when set, must match.
   */
  'department'?: (_frontdesk_v1_Department | null);
  /**
   * Mutable: display_name, kind, head, phone. Required and non-empty.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateDepartmentRequest__Output {
  /**
   * department.name identifies it; department.etag, when set, must match.
   */
  'department': (_frontdesk_v1_Department__Output | null);
  /**
   * Mutable: display_name, kind, head, phone. Required and non-empty.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
