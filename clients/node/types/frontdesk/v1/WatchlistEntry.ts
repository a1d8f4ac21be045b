// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visitor as _frontdesk_v1_Visitor, Visitor__Output as _frontdesk_v1_Visitor__Output } from '../../frontdesk/v1/Visitor';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_WatchlistEntry_Action = {
  /**
   * treated as DENY on create
   */
  ACTION_UNSPECIFIED: 'ACTION_UNSPECIFIED',
  /**
   * refuse entry (logged as a Refusal)
   */
  DENY: 'DENY',
  /**
   * admit, flag the visit and notify supervisors
   */
  ALERT: 'ALERT',
} as const;

export type _frontdesk_v1_WatchlistEntry_Action =
  /**
   * treated as DENY on create
   */
  | 'ACTION_UNSPECIFIED'
  | 0
  /**
   * refuse entry (logged as a Refusal)
   */
  | 'DENY'
  | 1
  /**
   * admit, flag the visit and notify supervisors
   */
  | 'ALERT'
  | 2

export type _frontdesk_v1_WatchlistEntry_Action__Output = typeof _frontdesk_v1_WatchlistEntry_Action[keyof typeof _frontdesk_v1_WatchlistEntry_Action]

/**
 * A person not to be admitted (or to be admitted with an alert) at one site.
 * A check-in matches an entry when it is active (not deleted, not expired)
 * and either the document numbers are equal (after trimming and
 * upper-casing) or both the name (trimmed, exact) and the phone (digits only)
 * are equal.
 */
export interface WatchlistEntry {
  /**
   * "sites/{site}/watchlistEntries/{entry}". Output only.
   */
  'name'?: (string);
  /**
   * Either document.number, or both display_name and phone, are required.
   * Stored unmasked; returned masked unless unmask is permitted.
   */
  'person'?: (_frontdesk_v1_Visitor | null);
  'action'?: (_frontdesk_v1_WatchlistEntry_Action);
  /**
   * Why, 1..500 characters. Required. Given to the desk in the
   * VISITOR_ON_WATCHLIST error (staff only: never read out to the visitor).
   */
  'reason'?: (string);
  /**
   * When the entry stops matching. Required, after now, at most 3 years
   * ahead; there are no permanent entries.
   */
  'expireTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'createdBy'?: (string);
  /**
   * output only
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'deletedBy'?: (string);
  /**
   * output only
   */
  'deleteTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'masked'?: (boolean);
  'etag'?: (string);
}

/**
 * A person not to be admitted (or to be admitted with an alert) at one site.
 * A check-in matches an entry when it is active (not deleted, not expired)
 * and either the document numbers are equal (after trimming and
 * upper-casing) or both the name (trimmed, exact) and the phone (digits only)
 * are equal.
 */
export interface WatchlistEntry__Output {
  /**
   * "sites/{site}/watchlistEntries/{entry}". Output only.
   */
  'name': (string);
  /**
   * Either document.number, or both display_name and phone, are required.
   * Stored unmasked; returned masked unless unmask is permitted.
   */
  'person': (_frontdesk_v1_Visitor__Output | null);
  'action': (_frontdesk_v1_WatchlistEntry_Action__Output);
  /**
   * Why, 1..500 characters. Required. Given to the desk in the
   * VISITOR_ON_WATCHLIST error (staff only: never read out to the visitor).
   */
  'reason': (string);
  /**
   * When the entry stops matching. Required, after now, at most 3 years
   * ahead; there are no permanent entries.
   */
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'createdBy': (string);
  /**
   * output only
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'deletedBy': (string);
  /**
   * output only
   */
  'deleteTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'masked': (boolean);
  'etag': (string);
}
