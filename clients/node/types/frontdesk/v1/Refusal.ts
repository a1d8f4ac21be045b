// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visitor as _frontdesk_v1_Visitor, Visitor__Output as _frontdesk_v1_Visitor__Output } from '../../frontdesk/v1/Visitor';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from '../../frontdesk/v1/Contact';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_Refusal_Reason = {
  REASON_UNSPECIFIED: 'REASON_UNSPECIFIED',
  /**
   * 无有效证件 (written by CheckInVisitor)
   */
  NO_DOCUMENT: 'NO_DOCUMENT',
  /**
   * watchlist entry with action DENY (written by CheckInVisitor)
   */
  WATCHLIST: 'WATCHLIST',
  /**
   * 形迹可疑
   */
  SUSPICIOUS: 'SUSPICIOUS',
  /**
   * would not give the details the register needs
   */
  REFUSED_REGISTRATION: 'REFUSED_REGISTRATION',
  /**
   * the resident visited declined the visit
   */
  HOST_DECLINED: 'HOST_DECLINED',
  /**
   * note required
   */
  OTHER: 'OTHER',
} as const;

export type _frontdesk_v1_Refusal_Reason =
  | 'REASON_UNSPECIFIED'
  | 0
  /**
   * 无有效证件 (written by CheckInVisitor)
   */
  | 'NO_DOCUMENT'
  | 1
  /**
   * watchlist entry with action DENY (written by CheckInVisitor)
   */
  | 'WATCHLIST'
  | 2
  /**
   * 形迹可疑
   */
  | 'SUSPICIOUS'
  | 3
  /**
   * would not give the details the register needs
   */
  | 'REFUSED_REGISTRATION'
  | 4
  /**
   * the resident visited declined the visit
   */
  | 'HOST_DECLINED'
  | 5
  /**
   * note required
   */
  | 'OTHER'
  | 6

export type _frontdesk_v1_Refusal_Reason__Output = typeof _frontdesk_v1_Refusal_Reason[keyof typeof _frontdesk_v1_Refusal_Reason]

/**
 * A person refused entry (拒绝进入), kept as evidence. Append-only.
 */
export interface Refusal {
  /**
   * "sites/{site}/refusals/{refusal}". Output only.
   */
  'name'?: (string);
  /**
   * output only
   */
  'site'?: (string);
  /**
   * What is known of the person; display_name may be a description
   * ("穿灰色外套男子") when no name was given. 1..64 characters.
   */
  'person'?: (_frontdesk_v1_Visitor | null);
  /**
   * whom they asked for, if said
   */
  'host'?: (_frontdesk_v1_Contact | null);
  /**
   * required
   */
  'reason'?: (_frontdesk_v1_Refusal_Reason);
  /**
   * At most 1000 characters; required for OTHER.
   */
  'note'?: (string);
  /**
   * "sites/{site}/watchlistEntries/{entry}" for WATCHLIST. Output only; shown
   * to SUPERVISOR and MANAGER only.
   */
  'watchlistEntry'?: (string);
  /**
   * "staff/{staff}" who refused (the caller). Output only.
   */
  'refusedBy'?: (string);
  /**
   * output only
   */
  'masked'?: (boolean);
  /**
   * output only
   */
  'purgeTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A person refused entry (拒绝进入), kept as evidence. Append-only.
 */
export interface Refusal__Output {
  /**
   * "sites/{site}/refusals/{refusal}". Output only.
   */
  'name': (string);
  /**
   * output only
   */
  'site': (string);
  /**
   * What is known of the person; display_name may be a description
   * ("穿灰色外套男子") when no name was given. 1..64 characters.
   */
  'person': (_frontdesk_v1_Visitor__Output | null);
  /**
   * whom they asked for, if said
   */
  'host': (_frontdesk_v1_Contact__Output | null);
  /**
   * required
   */
  'reason': (_frontdesk_v1_Refusal_Reason__Output);
  /**
   * At most 1000 characters; required for OTHER.
   */
  'note': (string);
  /**
   * "sites/{site}/watchlistEntries/{entry}" for WATCHLIST. Output only; shown
   * to SUPERVISOR and MANAGER only.
   */
  'watchlistEntry': (string);
  /**
   * "staff/{staff}" who refused (the caller). Output only.
   */
  'refusedBy': (string);
  /**
   * output only
   */
  'masked': (boolean);
  /**
   * output only
   */
  'purgeTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
