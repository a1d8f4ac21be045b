// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Key as _frontdesk_v1_Key, Key__Output as _frontdesk_v1_Key__Output } from '../../frontdesk/v1/Key';

export interface CreateKeyRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  'key'?: (_frontdesk_v1_Key | null);
  'requestId'?: (string);
}

export interface CreateKeyRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  'key': (_frontdesk_v1_Key__Output | null);
  'requestId': (string);
}
