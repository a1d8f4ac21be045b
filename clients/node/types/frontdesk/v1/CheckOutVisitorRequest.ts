// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface CheckOutVisitorRequest {
  /**
   * "sites/{site}/visits/{visit}".
   */
  'name'?: (string);
  /**
   * When the visitor left, if recorded afterwards (e.g. reported by the
   * guard): not in the future, not before check_in_time. Default now.
   */
  'checkOutTime'?: (_google_protobuf_Timestamp | null);
  'requestId'?: (string);
}

export interface CheckOutVisitorRequest__Output {
  /**
   * "sites/{site}/visits/{visit}".
   */
  'name': (string);
  /**
   * When the visitor left, if recorded afterwards (e.g. reported by the
   * guard): not in the future, not before check_in_time. Default now.
   */
  'checkOutTime': (_google_protobuf_Timestamp__Output | null);
  'requestId': (string);
}
