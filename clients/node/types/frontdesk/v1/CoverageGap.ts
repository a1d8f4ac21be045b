// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * A shift a change would leave shorter than it is.
 */
export interface CoverageGap {
  /**
   * "sites/{site}/shifts/{shift}".
   */
  'shift'?: (string);
  'startTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Receptionists working it now, after the change, and needed.
   */
  'working'?: (number);
  'workingAfter'?: (number);
  'minHeadcount'?: (number);
}

/**
 * A shift a change would leave shorter than it is.
 */
export interface CoverageGap__Output {
  /**
   * "sites/{site}/shifts/{shift}".
   */
  'shift': (string);
  'startTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Receptionists working it now, after the change, and needed.
   */
  'working': (number);
  'workingAfter': (number);
  'minHeadcount': (number);
}
