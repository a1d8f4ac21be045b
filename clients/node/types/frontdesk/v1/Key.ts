// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { KeyBorrower as _frontdesk_v1_KeyBorrower, KeyBorrower__Output as _frontdesk_v1_KeyBorrower__Output } from '../../frontdesk/v1/KeyBorrower';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from '../../frontdesk/v1/Contact';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_Key_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  /**
   * 空置房钥匙 (incl. move-in keys not yet handed over)
   */
  VACANT_UNIT: 'VACANT_UNIT',
  /**
   * 托管 / 代管房钥匙, left by the owner
   */
  ENTRUSTED_UNIT: 'ENTRUSTED_UNIT',
  /**
   * 公共钥匙: plant rooms, roof, meter rooms, gates
   */
  PUBLIC_AREA: 'PUBLIC_AREA',
} as const;

export type _frontdesk_v1_Key_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  /**
   * 空置房钥匙 (incl. move-in keys not yet handed over)
   */
  | 'VACANT_UNIT'
  | 1
  /**
   * 托管 / 代管房钥匙, left by the owner
   */
  | 'ENTRUSTED_UNIT'
  | 2
  /**
   * 公共钥匙: plant rooms, roof, meter rooms, gates
   */
  | 'PUBLIC_AREA'
  | 3

export type _frontdesk_v1_Key_Kind__Output = typeof _frontdesk_v1_Key_Kind[keyof typeof _frontdesk_v1_Key_Kind]

/**
 * The loan in progress.
 */
export interface _frontdesk_v1_Key_Loan {
  'borrower'?: (_frontdesk_v1_KeyBorrower | null);
  /**
   * Why, 1..200 characters.
   */
  'purpose'?: (string);
  'lendTime'?: (_google_protobuf_Timestamp | null);
  'dueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * "staff/{staff}" who handed it out.
   */
  'lentBy'?: (string);
}

/**
 * The loan in progress.
 */
export interface _frontdesk_v1_Key_Loan__Output {
  'borrower': (_frontdesk_v1_KeyBorrower__Output | null);
  /**
   * Why, 1..200 characters.
   */
  'purpose': (string);
  'lendTime': (_google_protobuf_Timestamp__Output | null);
  'dueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * "staff/{staff}" who handed it out.
   */
  'lentBy': (string);
}

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_Key_RetireReason = {
  RETIRE_REASON_UNSPECIFIED: 'RETIRE_REASON_UNSPECIFIED',
  /**
   * to the owner: move-in or end of entrustment
   */
  HANDED_OVER: 'HANDED_OVER',
  LOST: 'LOST',
  /**
   * broken, or replaced after a lock change
   */
  DESTROYED: 'DESTROYED',
} as const;

export type _frontdesk_v1_Key_RetireReason =
  | 'RETIRE_REASON_UNSPECIFIED'
  | 0
  /**
   * to the owner: move-in or end of entrustment
   */
  | 'HANDED_OVER'
  | 1
  | 'LOST'
  | 2
  /**
   * broken, or replaced after a lock change
   */
  | 'DESTROYED'
  | 3

export type _frontdesk_v1_Key_RetireReason__Output = typeof _frontdesk_v1_Key_RetireReason[keyof typeof _frontdesk_v1_Key_RetireReason]

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_Key_State = {
  STATE_UNSPECIFIED: 'STATE_UNSPECIFIED',
  IN_STORE: 'IN_STORE',
  ON_LOAN: 'ON_LOAN',
  /**
   * handed over, lost or destroyed; see retire_reason
   */
  RETIRED: 'RETIRED',
} as const;

export type _frontdesk_v1_Key_State =
  | 'STATE_UNSPECIFIED'
  | 0
  | 'IN_STORE'
  | 1
  | 'ON_LOAN'
  | 2
  /**
   * handed over, lost or destroyed; see retire_reason
   */
  | 'RETIRED'
  | 3

export type _frontdesk_v1_Key_State__Output = typeof _frontdesk_v1_Key_State[keyof typeof _frontdesk_v1_Key_State]

/**
 * A key, or a ring of keys under one tag, held at the desk.
 */
export interface Key {
  /**
   * "sites/{site}/keys/{key}". Output only.
   */
  'name'?: (string);
  /**
   * The label on the physical tag, e.g. "K-3-2-501"; 1..32 of
   * [A-Za-z0-9-], starting with a letter or digit and not digits only (so
   * that "sites/{site}/keys/12" always means the key with id 12 and
   * ".../keys/-" the site's whole key log), unique per site among keys not
   * retired. Case-sensitive. Required.
   */
  'tag'?: (string);
  /**
   * required
   */
  'kind'?: (_frontdesk_v1_Key_Kind);
  /**
   * "sites/{site}/units/{unit}"; required for VACANT_UNIT and
   * ENTRUSTED_UNIT, empty for PUBLIC_AREA.
   */
  'unit'?: (string);
  /**
   * What it opens, 1..200 characters; required for PUBLIC_AREA, e.g.
   * "2号楼屋顶门".
   */
  'description'?: (string);
  /**
   * Number of keys on the ring, 1..50. 0 means 1.
   */
  'copies'?: (number);
  /**
   * Where it hangs in the key cabinet, e.g. "A-03". At most 16 characters.
   */
  'storageSlot'?: (string);
  /**
   * Who may borrow without a supervisor's authorisation. For ENTRUSTED_UNIT
   * these are the persons the owner named in the entrustment.
   */
  'authorizedBorrowers'?: (_frontdesk_v1_KeyBorrower)[];
  /**
   * ENTRUSTED_UNIT: the owner who left the key (name and phone required;
   * unit and location must be empty, the unit is `unit`). Empty for other
   * kinds. The phone is stored sealed and masked on output like a host's.
   */
  'entrustedBy'?: (_frontdesk_v1_Contact | null);
  /**
   * output only
   */
  'state'?: (_frontdesk_v1_Key_State);
  /**
   * output only; set when ON_LOAN
   */
  'currentLoan'?: (_frontdesk_v1_Key_Loan | null);
  /**
   * ON_LOAN and now > current_loan.due_time. Output only.
   */
  'overdue'?: (boolean);
  /**
   * output only
   */
  'retireReason'?: (_frontdesk_v1_Key_RetireReason);
  /**
   * output only
   */
  'masked'?: (boolean);
  /**
   * output only
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

/**
 * A key, or a ring of keys under one tag, held at the desk.
 */
export interface Key__Output {
  /**
   * "sites/{site}/keys/{key}". Output only.
   */
  'name': (string);
  /**
   * The label on the physical tag, e.g. "K-3-2-501"; 1..32 of
   * [A-Za-z0-9-], starting with a letter or digit and not digits only (so
   * that "sites/{site}/keys/12" always means the key with id 12 and
   * ".../keys/-" the site's whole key log), unique per site among keys not
   * retired. Case-sensitive. Required.
   */
  'tag': (string);
  /**
   * required
   */
  'kind': (_frontdesk_v1_Key_Kind__Output);
  /**
   * "sites/{site}/units/{unit}"; required for VACANT_UNIT and
   * ENTRUSTED_UNIT, empty for PUBLIC_AREA.
   */
  'unit': (string);
  /**
   * What it opens, 1..200 characters; required for PUBLIC_AREA, e.g.
   * "2号楼屋顶门".
   */
  'description': (string);
  /**
   * Number of keys on the ring, 1..50. 0 means 1.
   */
  'copies': (number);
  /**
   * Where it hangs in the key cabinet, e.g. "A-03". At most 16 characters.
   */
  'storageSlot': (string);
  /**
   * Who may borrow without a supervisor's authorisation. For ENTRUSTED_UNIT
   * these are the persons the owner named in the entrustment.
   */
  'authorizedBorrowers': (_frontdesk_v1_KeyBorrower__Output)[];
  /**
   * ENTRUSTED_UNIT: the owner who left the key (name and phone required;
   * unit and location must be empty, the unit is `unit`). Empty for other
   * kinds. The phone is stored sealed and masked on output like a host's.
   */
  'entrustedBy': (_frontdesk_v1_Contact__Output | null);
  /**
   * output only
   */
  'state': (_frontdesk_v1_Key_State__Output);
  /**
   * output only; set when ON_LOAN
   */
  'currentLoan': (_frontdesk_v1_Key_Loan__Output | null);
  /**
   * ON_LOAN and now > current_loan.due_time. Output only.
   */
  'overdue': (boolean);
  /**
   * output only
   */
  'retireReason': (_frontdesk_v1_Key_RetireReason__Output);
  /**
   * output only
   */
  'masked': (boolean);
  /**
   * output only
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
