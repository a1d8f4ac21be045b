// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Shift as _frontdesk_v1_Shift, Shift__Output as _frontdesk_v1_Shift__Output } from '../../frontdesk/v1/Shift';

export interface ListShiftsResponse {
  'shifts'?: (_frontdesk_v1_Shift)[];
  'nextPageToken'?: (string);
}

export interface ListShiftsResponse__Output {
  'shifts': (_frontdesk_v1_Shift__Output)[];
  'nextPageToken': (string);
}
