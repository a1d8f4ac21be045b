// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { ShiftDefinition as _frontdesk_v1_ShiftDefinition, ShiftDefinition__Output as _frontdesk_v1_ShiftDefinition__Output } from '../../frontdesk/v1/ShiftDefinition';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { DutyAssignment as _frontdesk_v1_DutyAssignment, DutyAssignment__Output as _frontdesk_v1_DutyAssignment__Output } from '../../frontdesk/v1/DutyAssignment';

/**
 * One occurrence of a shift definition on a date.
 */
export interface Shift {
  /**
   * "sites/{site}/shifts/{yyyymmdd}-{definition}". Output only.
   */
  'name'?: (string);
  'site'?: (string);
  /**
   * Local date the shift starts on, "YYYY-MM-DD".
   */
  'date'?: (string);
  /**
   * The definition as it was when the shift was materialised.
   */
  'definition'?: (_frontdesk_v1_ShiftDefinition | null);
  'startTime'?: (_google_protobuf_Timestamp | null);
  'endTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Assignments not CANCELLED, SWAPPED_OUT or ON_LEAVE, i.e. who works it.
   */
  'assignments'?: (_frontdesk_v1_DutyAssignment)[];
  /**
   * Fewer working assignments than definition.min_headcount.
   */
  'understaffed'?: (boolean);
  /**
   * "sites/{site}/handovers/{handover}" at the end of this shift, if begun.
   */
  'handover'?: (string);
  'materialized'?: (boolean);
}

/**
 * One occurrence of a shift definition on a date.
 */
export interface Shift__Output {
  /**
   * "sites/{site}/shifts/{yyyymmdd}-{definition}". Output only.
   */
  'name': (string);
  'site': (string);
  /**
   * Local date the shift starts on, "YYYY-MM-DD".
   */
  'date': (string);
  /**
   * The definition as it was when the shift was materialised.
   */
  'definition': (_frontdesk_v1_ShiftDefinition__Output | null);
  'startTime': (_google_protobuf_Timestamp__Output | null);
  'endTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Assignments not CANCELLED, SWAPPED_OUT or ON_LEAVE, i.e. who works it.
   */
  'assignments': (_frontdesk_v1_DutyAssignment__Output)[];
  /**
   * Fewer working assignments than definition.min_headcount.
   */
  'understaffed': (boolean);
  /**
   * "sites/{site}/handovers/{handover}" at the end of this shift, if begun.
   */
  'handover': (string);
  'materialized': (boolean);
}
