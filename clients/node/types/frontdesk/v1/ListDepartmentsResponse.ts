// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from '../../frontdesk/v1/Department';

export interface ListDepartmentsResponse {
  /**
   * Ordered by id.
   */
  'departments'?: (_frontdesk_v1_Department)[];
  'nextPageToken'?: (string);
}

export interface ListDepartmentsResponse__Output {
  /**
   * Ordered by id.
   */
  'departments': (_frontdesk_v1_Department__Output)[];
  'nextPageToken': (string);
}
