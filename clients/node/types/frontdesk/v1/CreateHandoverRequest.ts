// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Handover as _frontdesk_v1_Handover, Handover__Output as _frontdesk_v1_Handover__Output } from '../../frontdesk/v1/Handover';

export interface CreateHandoverRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  'handover'?: (_frontdesk_v1_Handover | null);
  'requestId'?: (string);
}

export interface CreateHandoverRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  'handover': (_frontdesk_v1_Handover__Output | null);
  'requestId': (string);
}
