// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface ChangePromiseRequest {
  'name'?: (string);
  /**
   * in the future
   */
  'promisedTime'?: (_google_protobuf_Timestamp | null);
  /**
   * 1..500 characters: what the resident was told
   */
  'reason'?: (string);
  'requestId'?: (string);
}

export interface ChangePromiseRequest__Output {
  'name': (string);
  /**
   * in the future
   */
  'promisedTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * 1..500 characters: what the resident was told
   */
  'reason': (string);
  'requestId': (string);
}
