// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { _frontdesk_v1_Handover_Status, _frontdesk_v1_Handover_Status__Output } from '../../frontdesk/v1/Handover';

/**
 * One shift of the day in the daily duty report.
 */
export interface DutyShiftSummary {
  /**
   * "sites/{site}/shifts/{shift}".
   */
  'shift'?: (string);
  'displayName'?: (string);
  'startTime'?: (_google_protobuf_Timestamp | null);
  'endTime'?: (_google_protobuf_Timestamp | null);
  /**
   * "staff/{staff}" who worked it.
   */
  'staff'?: (string)[];
  /**
   * Status of the handover at its end; unspecified when none was begun.
   */
  'handoverStatus'?: (_frontdesk_v1_Handover_Status);
  'handoverItems'?: (number);
  'handoverSignificantItems'?: (number);
  /**
   * The relief clocked in handover_arrival_lead early.
   */
  'incomingArrivedEarly'?: (boolean);
  /**
   * LATE, EARLY_LEAVE, ABSENT... on this shift's attendance records.
   */
  'attendanceIrregularities'?: (number);
}

/**
 * One shift of the day in the daily duty report.
 */
export interface DutyShiftSummary__Output {
  /**
   * "sites/{site}/shifts/{shift}".
   */
  'shift': (string);
  'displayName': (string);
  'startTime': (_google_protobuf_Timestamp__Output | null);
  'endTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * "staff/{staff}" who worked it.
   */
  'staff': (string)[];
  /**
   * Status of the handover at its end; unspecified when none was begun.
   */
  'handoverStatus': (_frontdesk_v1_Handover_Status__Output);
  'handoverItems': (number);
  'handoverSignificantItems': (number);
  /**
   * The relief clocked in handover_arrival_lead early.
   */
  'incomingArrivedEarly': (boolean);
  /**
   * LATE, EARLY_LEAVE, ABSENT... on this shift's attendance records.
   */
  'attendanceIrregularities': (number);
}
