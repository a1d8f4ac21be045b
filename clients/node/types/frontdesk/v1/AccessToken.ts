// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface AccessToken {
  /**
   * "staff/{staff}/tokens/{token}". Output only.
   */
  'name'?: (string);
  /**
   * The bearer secret. Only in the response of the CreateAccessToken call
   * that created the token: the server keeps only its SHA-256, so a retry
   * with the same request_id returns the token without its secret.
   */
  'secret'?: (string);
  /**
   * Free text, e.g. "front desk PC 2". At most 64 characters.
   */
  'displayName'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

export interface AccessToken__Output {
  /**
   * "staff/{staff}/tokens/{token}". Output only.
   */
  'name': (string);
  /**
   * The bearer secret. Only in the response of the CreateAccessToken call
   * that created the token: the server keeps only its SHA-256, so a retry
   * with the same request_id returns the token without its secret.
   */
  'secret': (string);
  /**
   * Free text, e.g. "front desk PC 2". At most 64 characters.
   */
  'displayName': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
