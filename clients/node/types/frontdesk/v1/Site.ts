// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * A managed residential site. The site's time zone decides its "today": ticket
 * numbers, shift boundaries and report periods.
 */
export interface Site {
  /**
   * "sites/{site}"; {site} is 2..16 of [a-z0-9], starting with a letter, e.g.
   * "hx". Its upper-case form prefixes ticket numbers.
   */
  'name'?: (string);
  /**
   * 1..64 characters, e.g. "华馨苑".
   */
  'displayName'?: (string);
  /**
   * IANA time zone, e.g. "Asia/Shanghai". Required.
   */
  'timeZone'?: (string);
  /**
   * At most 200 characters.
   */
  'address'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

/**
 * A managed residential site. The site's time zone decides its "today": ticket
 * numbers, shift boundaries and report periods.
 */
export interface Site__Output {
  /**
   * "sites/{site}"; {site} is 2..16 of [a-z0-9], starting with a letter, e.g.
   * "hx". Its upper-case form prefixes ticket numbers.
   */
  'name': (string);
  /**
   * 1..64 characters, e.g. "华馨苑".
   */
  'displayName': (string);
  /**
   * IANA time zone, e.g. "Asia/Shanghai". Required.
   */
  'timeZone': (string);
  /**
   * At most 200 characters.
   */
  'address': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
