// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface ListCallbacksDueRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  /**
   * Callbacks due at or before now + window (default 24 h, at most 7 days).
   */
  'window'?: (_google_protobuf_Duration | null);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListCallbacksDueRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  /**
   * Callbacks due at or before now + window (default 24 h, at most 7 days).
   */
  'window': (_google_protobuf_Duration__Output | null);
  'pageSize': (number);
  'pageToken': (string);
}
