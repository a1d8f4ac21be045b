// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { KeyBorrower as _frontdesk_v1_KeyBorrower, KeyBorrower__Output as _frontdesk_v1_KeyBorrower__Output } from '../../frontdesk/v1/KeyBorrower';
import type { SupervisorAuthorization as _frontdesk_v1_SupervisorAuthorization, SupervisorAuthorization__Output as _frontdesk_v1_SupervisorAuthorization__Output } from '../../frontdesk/v1/SupervisorAuthorization';
import type { _frontdesk_v1_Key_RetireReason, _frontdesk_v1_Key_RetireReason__Output } from '../../frontdesk/v1/Key';
import type { FieldChange as _frontdesk_v1_FieldChange, FieldChange__Output as _frontdesk_v1_FieldChange__Output } from '../../frontdesk/v1/FieldChange';
import type { Long } from '@grpc/proto-loader';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_KeyEvent_Type = {
  TYPE_UNSPECIFIED: 'TYPE_UNSPECIFIED',
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  LENT: 'LENT',
  RETURNED: 'RETURNED',
  RETIRED: 'RETIRED',
} as const;

export type _frontdesk_v1_KeyEvent_Type =
  | 'TYPE_UNSPECIFIED'
  | 0
  | 'CREATED'
  | 1
  | 'UPDATED'
  | 2
  | 'LENT'
  | 3
  | 'RETURNED'
  | 4
  | 'RETIRED'
  | 5

export type _frontdesk_v1_KeyEvent_Type__Output = typeof _frontdesk_v1_KeyEvent_Type[keyof typeof _frontdesk_v1_KeyEvent_Type]

/**
 * One entry of a key's history. Append-only: the database refuses UPDATE and
 * DELETE on these rows (retention only blanks a non-staff borrower's
 * personal data).
 */
export interface KeyEvent {
  /**
   * "sites/{site}/keys/{key}/events/{event}". Output only.
   */
  'name'?: (string);
  'eventId'?: (number | string | Long);
  'type'?: (_frontdesk_v1_KeyEvent_Type);
  /**
   * "staff/{staff}" at the desk who recorded it.
   */
  'actor'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * LENT and RETURNED (and RETIRED when a LOST key was on loan): the
   * borrower; for RETURNED, returned_by is who brought it back if not the
   * borrower. Non-staff persons' numbers are masked unless unmasked.
   */
  'borrower'?: (_frontdesk_v1_KeyBorrower | null);
  'returnedBy'?: (_frontdesk_v1_KeyBorrower | null);
  /**
   * LENT
   */
  'purpose'?: (string);
  /**
   * LENT
   */
  'dueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * RETURNED after due_time.
   */
  'late'?: (boolean);
  /**
   * LENT with a supervisor's authorisation.
   */
  'authorization'?: (_frontdesk_v1_SupervisorAuthorization | null);
  /**
   * RETIRED
   */
  'retireReason'?: (_frontdesk_v1_Key_RetireReason);
  /**
   * UPDATED: the changed fields.
   */
  'changes'?: (_frontdesk_v1_FieldChange)[];
  /**
   * Free text, e.g. the key's condition on return. At most 1000 characters.
   */
  'note'?: (string);
}

/**
 * One entry of a key's history. Append-only: the database refuses UPDATE and
 * DELETE on these rows (retention only blanks a non-staff borrower's
 * personal data).
 */
export interface KeyEvent__Output {
  /**
   * "sites/{site}/keys/{key}/events/{event}". Output only.
   */
  'name': (string);
  'eventId': (string);
  'type': (_frontdesk_v1_KeyEvent_Type__Output);
  /**
   * "staff/{staff}" at the desk who recorded it.
   */
  'actor': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * LENT and RETURNED (and RETIRED when a LOST key was on loan): the
   * borrower; for RETURNED, returned_by is who brought it back if not the
   * borrower. Non-staff persons' numbers are masked unless unmasked.
   */
  'borrower': (_frontdesk_v1_KeyBorrower__Output | null);
  'returnedBy': (_frontdesk_v1_KeyBorrower__Output | null);
  /**
   * LENT
   */
  'purpose': (string);
  /**
   * LENT
   */
  'dueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * RETURNED after due_time.
   */
  'late': (boolean);
  /**
   * LENT with a supervisor's authorisation.
   */
  'authorization': (_frontdesk_v1_SupervisorAuthorization__Output | null);
  /**
   * RETIRED
   */
  'retireReason': (_frontdesk_v1_Key_RetireReason__Output);
  /**
   * UPDATED: the changed fields.
   */
  'changes': (_frontdesk_v1_FieldChange__Output)[];
  /**
   * Free text, e.g. the key's condition on return. At most 1000 characters.
   */
  'note': (string);
}
