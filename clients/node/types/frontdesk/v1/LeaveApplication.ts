// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { ApprovalStep as _frontdesk_v1_ApprovalStep, ApprovalStep__Output as _frontdesk_v1_ApprovalStep__Output } from '../../frontdesk/v1/ApprovalStep';
import type { CoverageGap as _frontdesk_v1_CoverageGap, CoverageGap__Output as _frontdesk_v1_CoverageGap__Output } from '../../frontdesk/v1/CoverageGap';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_LeaveApplication_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
  /**
   * the person reported back (销假)
   */
  RETURNED: 'RETURNED',
} as const;

export type _frontdesk_v1_LeaveApplication_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'PENDING'
  | 1
  | 'APPROVED'
  | 2
  | 'REJECTED'
  | 3
  | 'CANCELLED'
  | 4
  /**
   * the person reported back (销假)
   */
  | 'RETURNED'
  | 5

export type _frontdesk_v1_LeaveApplication_Status__Output = typeof _frontdesk_v1_LeaveApplication_Status[keyof typeof _frontdesk_v1_LeaveApplication_Status]

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_LeaveApplication_Type = {
  TYPE_UNSPECIFIED: 'TYPE_UNSPECIFIED',
  /**
   * 年假
   */
  ANNUAL: 'ANNUAL',
  /**
   * 病假
   */
  SICK: 'SICK',
  /**
   * 事假
   */
  PERSONAL: 'PERSONAL',
  /**
   * 调休
   */
  COMPENSATORY: 'COMPENSATORY',
  /**
   * 婚假
   */
  MARRIAGE: 'MARRIAGE',
  /**
   * 产假
   */
  MATERNITY: 'MATERNITY',
  /**
   * 陪产假
   */
  PATERNITY: 'PATERNITY',
  /**
   * 丧假
   */
  BEREAVEMENT: 'BEREAVEMENT',
  OTHER: 'OTHER',
} as const;

export type _frontdesk_v1_LeaveApplication_Type =
  | 'TYPE_UNSPECIFIED'
  | 0
  /**
   * 年假
   */
  | 'ANNUAL'
  | 1
  /**
   * 病假
   */
  | 'SICK'
  | 2
  /**
   * 事假
   */
  | 'PERSONAL'
  | 3
  /**
   * 调休
   */
  | 'COMPENSATORY'
  | 4
  /**
   * 婚假
   */
  | 'MARRIAGE'
  | 5
  /**
   * 产假
   */
  | 'MATERNITY'
  | 6
  /**
   * 陪产假
   */
  | 'PATERNITY'
  | 7
  /**
   * 丧假
   */
  | 'BEREAVEMENT'
  | 8
  | 'OTHER'
  | 9

export type _frontdesk_v1_LeaveApplication_Type__Output = typeof _frontdesk_v1_LeaveApplication_Type[keyof typeof _frontdesk_v1_LeaveApplication_Type]

/**
 * An application for leave and its approval flow.
 * 
 * Flow: step 1 SUPERVISOR of the site; if the leave covers more than
 * RosterPolicy.supervisor_only_leave_days local calendar days, step 2
 * MANAGER. Nobody approves their own application (SELF_APPROVAL); if the
 * applicant is the site's only supervisor, step 1 goes to the MANAGER.
 * Rules: the leave starts in the future (LEAVE_IN_PAST), except SICK and
 * BEREAVEMENT, which may be filed up to 3 days after they end; verbs that do
 * not apply to the status are LEAVE_WRONG_STATE.
 */
export interface LeaveApplication {
  /**
   * "staff/{staff}/leaveApplications/{leave}". Output only.
   */
  'name'?: (string);
  /**
   * "sites/{site}" whose roster and approvers apply. Required; one of the
   * applicant's sites.
   */
  'site'?: (string);
  /**
   * required
   */
  'type'?: (_frontdesk_v1_LeaveApplication_Type);
  /**
   * Required; end after start, at most 180 days.
   */
  'startTime'?: (_google_protobuf_Timestamp | null);
  'endTime'?: (_google_protobuf_Timestamp | null);
  /**
   * 1..500 characters. Required.
   */
  'reason'?: (string);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_LeaveApplication_Status);
  /**
   * output only
   */
  'steps'?: (_frontdesk_v1_ApprovalStep)[];
  /**
   * Index into steps of the pending step; -1 when not PENDING. Output only.
   */
  'currentStep'?: (number);
  /**
   * Assignments the leave overlaps (they become ON_LEAVE on approval).
   */
  'affectedAssignments'?: (string)[];
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * While PENDING: the shifts that approving now would leave shorter than
   * they are (computed at read time), so the approver sees the gap before
   * approving; approval is COVERAGE_GAP while any remains. Output only.
   */
  'coverageGaps'?: (_frontdesk_v1_CoverageGap)[];
  /**
   * The report back (销假): when, and who recorded it. Output only.
   */
  'returnTime'?: (_google_protobuf_Timestamp | null);
  'returnedBy'?: (string);
}

/**
 * An application for leave and its approval flow.
 * 
 * Flow: step 1 SUPERVISOR of the site; if the leave covers more than
 * RosterPolicy.supervisor_only_leave_days local calendar days, step 2
 * MANAGER. Nobody approves their own application (SELF_APPROVAL); if the
 * applicant is the site's only supervisor, step 1 goes to the MANAGER.
 * Rules: the leave starts in the future (LEAVE_IN_PAST), except SICK and
 * BEREAVEMENT, which may be filed up to 3 days after they end; verbs that do
 * not apply to the status are LEAVE_WRONG_STATE.
 */
export interface LeaveApplication__Output {
  /**
   * "staff/{staff}/leaveApplications/{leave}". Output only.
   */
  'name': (string);
  /**
   * "sites/{site}" whose roster and approvers apply. Required; one of the
   * applicant's sites.
   */
  'site': (string);
  /**
   * required
   */
  'type': (_frontdesk_v1_LeaveApplication_Type__Output);
  /**
   * Required; end after start, at most 180 days.
   */
  'startTime': (_google_protobuf_Timestamp__Output | null);
  'endTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * 1..500 characters. Required.
   */
  'reason': (string);
  /**
   * output only
   */
  'status': (_frontdesk_v1_LeaveApplication_Status__Output);
  /**
   * output only
   */
  'steps': (_frontdesk_v1_ApprovalStep__Output)[];
  /**
   * Index into steps of the pending step; -1 when not PENDING. Output only.
   */
  'currentStep': (number);
  /**
   * Assignments the leave overlaps (they become ON_LEAVE on approval).
   */
  'affectedAssignments': (string)[];
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * While PENDING: the shifts that approving now would leave shorter than
   * they are (computed at read time), so the approver sees the gap before
   * approving; approval is COVERAGE_GAP while any remains. Output only.
   */
  'coverageGaps': (_frontdesk_v1_CoverageGap__Output)[];
  /**
   * The report back (销假): when, and who recorded it. Output only.
   */
  'returnTime': (_google_protobuf_Timestamp__Output | null);
  'returnedBy': (string);
}
