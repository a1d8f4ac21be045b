// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_VisitorAlert_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  /**
   * refused; `refusal` names the Refusal
   */
  WATCHLIST_DENIED: 'WATCHLIST_DENIED',
  /**
   * admitted with an alert; `visit` names it
   */
  WATCHLIST_ADMITTED: 'WATCHLIST_ADMITTED',
} as const;

export type _frontdesk_v1_VisitorAlert_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  /**
   * refused; `refusal` names the Refusal
   */
  | 'WATCHLIST_DENIED'
  | 1
  /**
   * admitted with an alert; `visit` names it
   */
  | 'WATCHLIST_ADMITTED'
  | 2

export type _frontdesk_v1_VisitorAlert_Kind__Output = typeof _frontdesk_v1_VisitorAlert_Kind[keyof typeof _frontdesk_v1_VisitorAlert_Kind]

/**
 * An alert for the site's supervisors, raised by the desk's rules: a check-in
 * matched a watchlist entry (refused with DENY, admitted and flagged with
 * ALERT). Append-only.
 */
export interface VisitorAlert {
  /**
   * "sites/{site}/visitorAlerts/{alert}". Output only.
   */
  'name'?: (string);
  'kind'?: (_frontdesk_v1_VisitorAlert_Kind);
  /**
   * "sites/{site}/watchlistEntries/{entry}" that matched.
   */
  'watchlistEntry'?: (string);
  'refusal'?: (string);
  'visit'?: (string);
  /**
   * The visitor's name as given at the desk; erased by the retention purge
   * together with the visit or refusal (the alert keeps no numbers).
   */
  'personDisplayName'?: (string);
  /**
   * "staff/{staff}" at the desk when it was raised.
   */
  'raisedBy'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * An alert for the site's supervisors, raised by the desk's rules: a check-in
 * matched a watchlist entry (refused with DENY, admitted and flagged with
 * ALERT). Append-only.
 */
export interface VisitorAlert__Output {
  /**
   * "sites/{site}/visitorAlerts/{alert}". Output only.
   */
  'name': (string);
  'kind': (_frontdesk_v1_VisitorAlert_Kind__Output);
  /**
   * "sites/{site}/watchlistEntries/{entry}" that matched.
   */
  'watchlistEntry': (string);
  'refusal': (string);
  'visit': (string);
  /**
   * The visitor's name as given at the desk; erased by the retention purge
   * together with the visit or refusal (the alert keeps no numbers).
   */
  'personDisplayName': (string);
  /**
   * "staff/{staff}" at the desk when it was raised.
   */
  'raisedBy': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
