// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Refusal as _frontdesk_v1_Refusal, Refusal__Output as _frontdesk_v1_Refusal__Output } from '../../frontdesk/v1/Refusal';

export interface ListRefusalsResponse {
  'refusals'?: (_frontdesk_v1_Refusal)[];
  'nextPageToken'?: (string);
}

export interface ListRefusalsResponse__Output {
  'refusals': (_frontdesk_v1_Refusal__Output)[];
  'nextPageToken': (string);
}
