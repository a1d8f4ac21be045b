// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * A dwelling: building-entrance-room of one site, e.g. "3-2-501".
 */
export interface Unit {
  /**
   * "sites/{site}/units/{unit}"; {unit} is "{building}-{entrance}-{room}".
   */
  'name'?: (string);
  /**
   * 1..16 of [A-Za-z0-9] each.
   */
  'building'?: (string);
  'entrance'?: (string);
  'room'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

/**
 * A dwelling: building-entrance-room of one site, e.g. "3-2-501".
 */
export interface Unit__Output {
  /**
   * "sites/{site}/units/{unit}"; {unit} is "{building}-{entrance}-{room}".
   */
  'name': (string);
  /**
   * 1..16 of [A-Za-z0-9] each.
   */
  'building': (string);
  'entrance': (string);
  'room': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
