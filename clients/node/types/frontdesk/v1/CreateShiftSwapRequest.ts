// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { ShiftSwap as _frontdesk_v1_ShiftSwap, ShiftSwap__Output as _frontdesk_v1_ShiftSwap__Output } from '../../frontdesk/v1/ShiftSwap';

export interface CreateShiftSwapRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  'shiftSwap'?: (_frontdesk_v1_ShiftSwap | null);
  'requestId'?: (string);
}

export interface CreateShiftSwapRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  'shiftSwap': (_frontdesk_v1_ShiftSwap__Output | null);
  'requestId': (string);
}
