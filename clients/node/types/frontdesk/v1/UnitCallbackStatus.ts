// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * One unit on the callback plan.
 */
export interface UnitCallbackStatus {
  /**
   * "sites/{site}/units/{unit}".
   */
  'unit'?: (string);
  /**
   * building-entrance-room, e.g. "3-2-501".
   */
  'display'?: (string);
  /**
   * A REACHED callback was recorded in the duty period.
   */
  'done'?: (boolean);
  /**
   * The unit's latest callback (any result) before the period's end (or
   * now); unset when none.
   */
  'lastCallbackTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Callbacks (any result) recorded in the duty period.
   */
  'callbacksInPeriod'?: (number);
}

/**
 * One unit on the callback plan.
 */
export interface UnitCallbackStatus__Output {
  /**
   * "sites/{site}/units/{unit}".
   */
  'unit': (string);
  /**
   * building-entrance-room, e.g. "3-2-501".
   */
  'display': (string);
  /**
   * A REACHED callback was recorded in the duty period.
   */
  'done': (boolean);
  /**
   * The unit's latest callback (any result) before the period's end (or
   * now); unset when none.
   */
  'lastCallbackTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Callbacks (any result) recorded in the duty period.
   */
  'callbacksInPeriod': (number);
}
