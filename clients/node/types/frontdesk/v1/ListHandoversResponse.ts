// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Handover as _frontdesk_v1_Handover, Handover__Output as _frontdesk_v1_Handover__Output } from '../../frontdesk/v1/Handover';

export interface ListHandoversResponse {
  'handovers'?: (_frontdesk_v1_Handover)[];
  'nextPageToken'?: (string);
}

export interface ListHandoversResponse__Output {
  'handovers': (_frontdesk_v1_Handover__Output)[];
  'nextPageToken': (string);
}
