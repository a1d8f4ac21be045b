// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { Long } from '@grpc/proto-loader';

/**
 * Information-transfer slips (信息传递单) of one department in a period. A
 * slip is one dispatch of a ticket to a department, staff member or vendor
 * (work order 派工单, liaison form 联络单 or slip), as the ticket workflow
 * records it.
 */
export interface DepartmentSlipSummary {
  /**
   * The dispatch target's department as the ticket workflow names it (for
   * vendors "vendors/{vendor}"); "" for slips with no department.
   */
  'department'?: (string);
  'displayName'?: (string);
  /**
   * Slips issued in the period.
   */
  'issued'?: (number | string | Long);
  /**
   * Of those, finished (reported back) by the period's end; still open;
   * open past their agreed time (flagged for tracking, 004 §4.1.2).
   */
  'finished'?: (number | string | Long);
  'open'?: (number | string | Long);
  'overdue'?: (number | string | Long);
  /**
   * Slips open from before the period and still open at its end.
   */
  'carriedOver'?: (number | string | Long);
  /**
   * Median time from issue to report-back of the finished ones.
   */
  'medianTimeToFinish'?: (_google_protobuf_Duration | null);
  /**
   * Finished by the agreed time / finished.
   */
  'onTime'?: (_frontdesk_v1_RateMetric | null);
  /**
   * Reworked (a failed repair redone, 000 §2.11).
   */
  'reworked'?: (number | string | Long);
}

/**
 * Information-transfer slips (信息传递单) of one department in a period. A
 * slip is one dispatch of a ticket to a department, staff member or vendor
 * (work order 派工单, liaison form 联络单 or slip), as the ticket workflow
 * records it.
 */
export interface DepartmentSlipSummary__Output {
  /**
   * The dispatch target's department as the ticket workflow names it (for
   * vendors "vendors/{vendor}"); "" for slips with no department.
   */
  'department': (string);
  'displayName': (string);
  /**
   * Slips issued in the period.
   */
  'issued': (string);
  /**
   * Of those, finished (reported back) by the period's end; still open;
   * open past their agreed time (flagged for tracking, 004 §4.1.2).
   */
  'finished': (string);
  'open': (string);
  'overdue': (string);
  /**
   * Slips open from before the period and still open at its end.
   */
  'carriedOver': (string);
  /**
   * Median time from issue to report-back of the finished ones.
   */
  'medianTimeToFinish': (_google_protobuf_Duration__Output | null);
  /**
   * Finished by the agreed time / finished.
   */
  'onTime': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * Reworked (a failed repair redone, 000 §2.11).
   */
  'reworked': (string);
}
