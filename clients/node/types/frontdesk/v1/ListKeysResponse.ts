// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Key as _frontdesk_v1_Key, Key__Output as _frontdesk_v1_Key__Output } from '../../frontdesk/v1/Key';

export interface ListKeysResponse {
  'keys'?: (_frontdesk_v1_Key)[];
  'nextPageToken'?: (string);
}

export interface ListKeysResponse__Output {
  'keys': (_frontdesk_v1_Key__Output)[];
  'nextPageToken': (string);
}
