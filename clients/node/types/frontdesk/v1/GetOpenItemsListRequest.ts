// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { _frontdesk_v1_OpenItemsList_Checkpoint, _frontdesk_v1_OpenItemsList_Checkpoint__Output } from '../../frontdesk/v1/OpenItemsList';

export interface GetOpenItemsListRequest {
  'site'?: (string);
  /**
   * Today's 11:00 or 14:30, or unspecified for now.
   */
  'checkpoint'?: (_frontdesk_v1_OpenItemsList_Checkpoint);
  /**
   * "YYYY-MM-DD" of the checkpoint; empty means today. Ignored for now.
   */
  'date'?: (string);
}

export interface GetOpenItemsListRequest__Output {
  'site': (string);
  /**
   * Today's 11:00 or 14:30, or unspecified for now.
   */
  'checkpoint': (_frontdesk_v1_OpenItemsList_Checkpoint__Output);
  /**
   * "YYYY-MM-DD" of the checkpoint; empty means today. Ignored for now.
   */
  'date': (string);
}
