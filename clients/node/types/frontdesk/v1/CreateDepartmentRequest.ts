// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from '../../frontdesk/v1/Department';

export interface CreateDepartmentRequest {
  /**
   * "sites/{site}"; the site must exist.
   */
  'parent'?: (string);
  /**
   * The {department} part of the name. Required.
   */
  'departmentId'?: (string);
  'department'?: (_frontdesk_v1_Department | null);
  'requestId'?: (string);
}

export interface CreateDepartmentRequest__Output {
  /**
   * "sites/{site}"; the site must exist.
   */
  'parent': (string);
  /**
   * The {department} part of the name. Required.
   */
  'departmentId': (string);
  'department': (_frontdesk_v1_Department__Output | null);
  'requestId': (string);
}
