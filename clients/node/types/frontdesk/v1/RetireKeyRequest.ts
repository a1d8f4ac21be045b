// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { _frontdesk_v1_Key_RetireReason, _frontdesk_v1_Key_RetireReason__Output } from '../../frontdesk/v1/Key';

export interface RetireKeyRequest {
  'name'?: (string);
  /**
   * required
   */
  'reason'?: (_frontdesk_v1_Key_RetireReason);
  /**
   * 1..1000 characters, e.g. to whom it was handed over. Required.
   */
  'note'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface RetireKeyRequest__Output {
  'name': (string);
  /**
   * required
   */
  'reason': (_frontdesk_v1_Key_RetireReason__Output);
  /**
   * 1..1000 characters, e.g. to whom it was handed over. Required.
   */
  'note': (string);
  'etag': (string);
  'requestId': (string);
}
