// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A count under a category key, e.g. a repair route.
 */
export interface CategoryCount {
  /**
   * Stable key, e.g. "OWN_MAINTENANCE".
   */
  'category'?: (string);
  /**
   * Printable label, e.g. "工程类".
   */
  'displayName'?: (string);
  'count'?: (number | string | Long);
}

/**
 * A count under a category key, e.g. a repair route.
 */
export interface CategoryCount__Output {
  /**
   * Stable key, e.g. "OWN_MAINTENANCE".
   */
  'category': (string);
  /**
   * Printable label, e.g. "工程类".
   */
  'displayName': (string);
  'count': (string);
}
