// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { _frontdesk_v1_StaffMember_Role, _frontdesk_v1_StaffMember_Role__Output } from '../../frontdesk/v1/StaffMember';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Long } from '@grpc/proto-loader';

/**
 * One staff member's workload and attendance over the period.
 */
export interface StaffReportRow {
  /**
   * "staff/{staff}".
   */
  'staff'?: (string);
  'displayName'?: (string);
  'roles'?: (_frontdesk_v1_StaffMember_Role)[];
  /**
   * Workload.
   */
  'ticketsRecorded'?: (number | string | Long);
  /**
   * slips they issued
   */
  'dispatchesMade'?: (number | string | Long);
  'callbacksMade'?: (number | string | Long);
  /**
   * as the assigned worker
   */
  'workOrdersFinished'?: (number | string | Long);
  /**
   * their finished repairs that failed
   */
  'workOrdersReworked'?: (number | string | Long);
  'visitsRegistered'?: (number | string | Long);
  /**
   * lends and returns recorded
   */
  'keyTransactions'?: (number | string | Long);
  'handoversWritten'?: (number | string | Long);
  /**
   * Attendance over the period (definitions in roster_service.proto
   * AttendanceRecord).
   */
  'scheduledShifts'?: (number);
  'workedShifts'?: (number);
  'workedTime'?: (_google_protobuf_Duration | null);
  'lateCount'?: (number);
  'handoverArrivalLateCount'?: (number);
  'earlyLeaveCount'?: (number);
  'absenceCount'?: (number);
  'missedClockCount'?: (number);
  'correctionCount'?: (number);
  'swapCount'?: (number);
  /**
   * Approved leave in the period, local calendar days.
   */
  'leaveDays'?: (number | string);
  'overtimeMinutes'?: (number);
}

/**
 * One staff member's workload and attendance over the period.
 */
export interface StaffReportRow__Output {
  /**
   * "staff/{staff}".
   */
  'staff': (string);
  'displayName': (string);
  'roles': (_frontdesk_v1_StaffMember_Role__Output)[];
  /**
   * Workload.
   */
  'ticketsRecorded': (string);
  /**
   * slips they issued
   */
  'dispatchesMade': (string);
  'callbacksMade': (string);
  /**
   * as the assigned worker
   */
  'workOrdersFinished': (string);
  /**
   * their finished repairs that failed
   */
  'workOrdersReworked': (string);
  'visitsRegistered': (string);
  /**
   * lends and returns recorded
   */
  'keyTransactions': (string);
  'handoversWritten': (string);
  /**
   * Attendance over the period (definitions in roster_service.proto
   * AttendanceRecord).
   */
  'scheduledShifts': (number);
  'workedShifts': (number);
  'workedTime': (_google_protobuf_Duration__Output | null);
  'lateCount': (number);
  'handoverArrivalLateCount': (number);
  'earlyLeaveCount': (number);
  'absenceCount': (number);
  'missedClockCount': (number);
  'correctionCount': (number);
  'swapCount': (number);
  /**
   * Approved leave in the period, local calendar days.
   */
  'leaveDays': (number);
  'overtimeMinutes': (number);
}
