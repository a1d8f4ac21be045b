// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { OpenItem as _frontdesk_v1_OpenItem, OpenItem__Output as _frontdesk_v1_OpenItem__Output } from '../../frontdesk/v1/OpenItem';

export interface OpenItemGroup {
  'department'?: (string);
  'displayName'?: (string);
  /**
   * Overdue first, then by due_time, then create_time.
   */
  'items'?: (_frontdesk_v1_OpenItem)[];
}

export interface OpenItemGroup__Output {
  'department': (string);
  'displayName': (string);
  /**
   * Overdue first, then by due_time, then create_time.
   */
  'items': (_frontdesk_v1_OpenItem__Output)[];
}
