// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Key as _frontdesk_v1_Key, Key__Output as _frontdesk_v1_Key__Output } from '../../frontdesk/v1/Key';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateKeyRequest {
  /**
   * key.name identifies it; key.etag, when set, must match.
   */
  'key'?: (_frontdesk_v1_Key | null);
  /**
   * Mutable: tag, description, copies, storage_slot, authorized_borrowers,
   * entrusted_by. kind and unit are fixed (retire and create a new key).
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateKeyRequest__Output {
  /**
   * key.name identifies it; key.etag, when set, must match.
   */
  'key': (_frontdesk_v1_Key__Output | null);
  /**
   * Mutable: tag, description, copies, storage_slot, authorized_borrowers,
   * entrusted_by. kind and unit are fixed (retire and create a new key).
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
