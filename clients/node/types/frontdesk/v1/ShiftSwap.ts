// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_ShiftSwap_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  PROPOSED: 'PROPOSED',
  AGREED: 'AGREED',
  APPROVED: 'APPROVED',
  /**
   * by the counterpart
   */
  DECLINED: 'DECLINED',
  /**
   * by the manager
   */
  REJECTED: 'REJECTED',
  /**
   * by the requester
   */
  CANCELLED: 'CANCELLED',
  /**
   * the earliest shift started before approval
   */
  EXPIRED: 'EXPIRED',
} as const;

export type _frontdesk_v1_ShiftSwap_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'PROPOSED'
  | 1
  | 'AGREED'
  | 2
  | 'APPROVED'
  | 3
  /**
   * by the counterpart
   */
  | 'DECLINED'
  | 4
  /**
   * by the manager
   */
  | 'REJECTED'
  | 5
  /**
   * by the requester
   */
  | 'CANCELLED'
  | 6
  /**
   * the earliest shift started before approval
   */
  | 'EXPIRED'
  | 7

export type _frontdesk_v1_ShiftSwap_Status__Output = typeof _frontdesk_v1_ShiftSwap_Status[keyof typeof _frontdesk_v1_ShiftSwap_Status]

/**
 * A swap of duties between two receptionists (换班登记).
 * 
 * Rules (checked on create, agree and approve; reasons in the file header):
 * - SWAP_NOTICE_TOO_SHORT: applied for at least one working day ahead. The
 * site-local date of the request (create_time, also when checked again at
 * agree and approve) must be on or before the working day before the date
 * of the earliest shift involved. Working days are those of the site's
 * calendar: Monday to Friday except its public holidays, plus its make-up
 * working days (调休) on weekends. E.g. for a Monday shift, apply by
 * Friday (or by a make-up Sunday before it).
 * - SWAP_MONTHLY_LIMIT_EXCEEDED: at most RosterPolicy.max_swaps_per_month
 * (3) swaps per person per calendar month, counting the PROPOSED, AGREED
 * and APPROVED swaps of the month of the earliest shift involved, for
 * each party, the swap itself not counted. Reading of 每人每月换班不得超过3次:
 * swaps count, not requests that came to nothing; a pending swap holds its
 * place, a declined, rejected, cancelled or expired one frees it.
 * ErrorInfo metadata "staff" names who is at the limit.
 * - SWAP_CONSECUTIVE (不允许连续换班, read as no chain of swaps and no run of
 * swapped duties): a duty obtained through a swap, or already in another
 * PROPOSED, AGREED or APPROVED swap, cannot be swapped again, and neither
 * party may swap a duty that is the immediately previous or next duty, in
 * their own schedule, of a duty already in another PROPOSED, AGREED or
 * APPROVED swap of theirs (including one they gave away). ErrorInfo
 * metadata "staff", "assignment".
 * - BACK_TO_BACK_SHIFTS / DUTY_OVERLAP (换班者、还班者不允许连班): after the
 * swap neither party may have two duties less than RosterPolicy.min_rest
 * apart, or overlapping.
 * - STAFF_ON_LEAVE: neither party may be on approved leave on a duty they
 * take.
 * - STAFF_NOT_QUALIFIED: both must be receptionists of the site.
 * - SWAP_SHIFT_STARTED: the earliest shift has started; PROPOSED and AGREED
 * swaps then become EXPIRED.
 * - SWAP_WRONG_STATE: the verb does not apply to the current status.
 */
export interface ShiftSwap {
  /**
   * "sites/{site}/shiftSwaps/{swap}". Output only.
   */
  'name'?: (string);
  /**
   * "staff/{staff}" who asks (the caller). Output only.
   */
  'requester'?: (string);
  /**
   * The requester's assignment to give away,
   * "sites/{site}/shifts/{shift}/assignments/{assignment}", SCHEDULED.
   * Required.
   */
  'requesterAssignment'?: (string);
  /**
   * "staff/{staff}" who takes it. Required, not the requester.
   */
  'counterpart'?: (string);
  /**
   * The counterpart's assignment the requester takes in return (还班).
   * Optional: empty means the counterpart covers without a duty in return;
   * it still counts as a swap for both.
   */
  'counterpartAssignment'?: (string);
  /**
   * 1..500 characters. Required.
   */
  'reason'?: (string);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_ShiftSwap_Status);
  /**
   * output only
   */
  'agreeTime'?: (_google_protobuf_Timestamp | null);
  /**
   * "staff/{staff}" who approved or rejected, and when, and why.
   */
  'decidedBy'?: (string);
  /**
   * output only
   */
  'decideTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'decisionComment'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

/**
 * A swap of duties between two receptionists (换班登记).
 * 
 * Rules (checked on create, agree and approve; reasons in the file header):
 * - SWAP_NOTICE_TOO_SHORT: applied for at least one working day ahead. The
 * site-local date of the request (create_time, also when checked again at
 * agree and approve) must be on or before the working day before the date
 * of the earliest shift involved. Working days are those of the site's
 * calendar: Monday to Friday except its public holidays, plus its make-up
 * working days (调休) on weekends. E.g. for a Monday shift, apply by
 * Friday (or by a make-up Sunday before it).
 * - SWAP_MONTHLY_LIMIT_EXCEEDED: at most RosterPolicy.max_swaps_per_month
 * (3) swaps per person per calendar month, counting the PROPOSED, AGREED
 * and APPROVED swaps of the month of the earliest shift involved, for
 * each party, the swap itself not counted. Reading of 每人每月换班不得超过3次:
 * swaps count, not requests that came to nothing; a pending swap holds its
 * place, a declined, rejected, cancelled or expired one frees it.
 * ErrorInfo metadata "staff" names who is at the limit.
 * - SWAP_CONSECUTIVE (不允许连续换班, read as no chain of swaps and no run of
 * swapped duties): a duty obtained through a swap, or already in another
 * PROPOSED, AGREED or APPROVED swap, cannot be swapped again, and neither
 * party may swap a duty that is the immediately previous or next duty, in
 * their own schedule, of a duty already in another PROPOSED, AGREED or
 * APPROVED swap of theirs (including one they gave away). ErrorInfo
 * metadata "staff", "assignment".
 * - BACK_TO_BACK_SHIFTS / DUTY_OVERLAP (换班者、还班者不允许连班): after the
 * swap neither party may have two duties less than RosterPolicy.min_rest
 * apart, or overlapping.
 * - STAFF_ON_LEAVE: neither party may be on approved leave on a duty they
 * take.
 * - STAFF_NOT_QUALIFIED: both must be receptionists of the site.
 * - SWAP_SHIFT_STARTED: the earliest shift has started; PROPOSED and AGREED
 * swaps then become EXPIRED.
 * - SWAP_WRONG_STATE: the verb does not apply to the current status.
 */
export interface ShiftSwap__Output {
  /**
   * "sites/{site}/shiftSwaps/{swap}". Output only.
   */
  'name': (string);
  /**
   * "staff/{staff}" who asks (the caller). Output only.
   */
  'requester': (string);
  /**
   * The requester's assignment to give away,
   * "sites/{site}/shifts/{shift}/assignments/{assignment}", SCHEDULED.
   * Required.
   */
  'requesterAssignment': (string);
  /**
   * "staff/{staff}" who takes it. Required, not the requester.
   */
  'counterpart': (string);
  /**
   * The counterpart's assignment the requester takes in return (还班).
   * Optional: empty means the counterpart covers without a duty in return;
   * it still counts as a swap for both.
   */
  'counterpartAssignment': (string);
  /**
   * 1..500 characters. Required.
   */
  'reason': (string);
  /**
   * output only
   */
  'status': (_frontdesk_v1_ShiftSwap_Status__Output);
  /**
   * output only
   */
  'agreeTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * "staff/{staff}" who approved or rejected, and when, and why.
   */
  'decidedBy': (string);
  /**
   * output only
   */
  'decideTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'decisionComment': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
