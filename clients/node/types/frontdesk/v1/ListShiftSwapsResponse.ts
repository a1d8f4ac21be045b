// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { ShiftSwap as _frontdesk_v1_ShiftSwap, ShiftSwap__Output as _frontdesk_v1_ShiftSwap__Output } from '../../frontdesk/v1/ShiftSwap';

export interface ListShiftSwapsResponse {
  'shiftSwaps'?: (_frontdesk_v1_ShiftSwap)[];
  'nextPageToken'?: (string);
}

export interface ListShiftSwapsResponse__Output {
  'shiftSwaps': (_frontdesk_v1_ShiftSwap__Output)[];
  'nextPageToken': (string);
}
