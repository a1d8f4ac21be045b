// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visitor as _frontdesk_v1_Visitor, Visitor__Output as _frontdesk_v1_Visitor__Output } from '../../frontdesk/v1/Visitor';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from '../../frontdesk/v1/Contact';
import type { _frontdesk_v1_Visit_Purpose, _frontdesk_v1_Visit_Purpose__Output } from '../../frontdesk/v1/Visit';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_VisitorPass_State = {
  STATE_UNSPECIFIED: 'STATE_UNSPECIFIED',
  /**
   * may be used (inside its validity window)
   */
  ACTIVE: 'ACTIVE',
  /**
   * use_count reached max_uses
   */
  USED_UP: 'USED_UP',
  /**
   * now >= expire_time
   */
  EXPIRED: 'EXPIRED',
  CANCELLED: 'CANCELLED',
} as const;

export type _frontdesk_v1_VisitorPass_State =
  | 'STATE_UNSPECIFIED'
  | 0
  /**
   * may be used (inside its validity window)
   */
  | 'ACTIVE'
  | 1
  /**
   * use_count reached max_uses
   */
  | 'USED_UP'
  | 2
  /**
   * now >= expire_time
   */
  | 'EXPIRED'
  | 3
  | 'CANCELLED'
  | 4

export type _frontdesk_v1_VisitorPass_State__Output = typeof _frontdesk_v1_VisitorPass_State[keyof typeof _frontdesk_v1_VisitorPass_State]

/**
 * A pre-registered visitor (访客预约). The code is 8 characters of
 * "23456789ABCDEFGHJKMNPQRSTUVWXYZ" (no 0/O/1/I/L), unique among the site's
 * passes that are not expired or cancelled; input is case-insensitive.
 */
export interface VisitorPass {
  /**
   * "sites/{site}/visitorPasses/{pass}". Output only.
   */
  'name'?: (string);
  /**
   * Only in CreateVisitorPass's response. Output only.
   */
  'code'?: (string);
  /**
   * The expected visitor: display_name required; document and phone
   * optional (the document is checked again at the desk anyway).
   */
  'visitor'?: (_frontdesk_v1_Visitor | null);
  'partySize'?: (number);
  /**
   * host.unit is required for passes created by the resident app (SERVICE
   * role). Residents are not linked to units in this API yet, so the app
   * itself decides which units its signed-in resident may name.
   */
  'host'?: (_frontdesk_v1_Contact | null);
  'purpose'?: (_frontdesk_v1_Visit_Purpose);
  'purposeDetail'?: (string);
  /**
   * Validity window. valid_from defaults to now; expire_time is required,
   * after valid_from, at most 30 days after it.
   */
  'validFrom'?: (_google_protobuf_Timestamp | null);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  /**
   * 1..100; 0 means 1 (a single entry).
   */
  'maxUses'?: (number);
  /**
   * output only
   */
  'useCount'?: (number);
  /**
   * output only
   */
  'state'?: (_frontdesk_v1_VisitorPass_State);
  /**
   * "staff/{staff}" (desk or app service account) that created it.
   */
  'createdBy'?: (string);
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
 * A pre-registered visitor (访客预约). The code is 8 characters of
 * "23456789ABCDEFGHJKMNPQRSTUVWXYZ" (no 0/O/1/I/L), unique among the site's
 * passes that are not expired or cancelled; input is case-insensitive.
 */
export interface VisitorPass__Output {
  /**
   * "sites/{site}/visitorPasses/{pass}". Output only.
   */
  'name': (string);
  /**
   * Only in CreateVisitorPass's response. Output only.
   */
  'code': (string);
  /**
   * The expected visitor: display_name required; document and phone
   * optional (the document is checked again at the desk anyway).
   */
  'visitor': (_frontdesk_v1_Visitor__Output | null);
  'partySize': (number);
  /**
   * host.unit is required for passes created by the resident app (SERVICE
   * role). Residents are not linked to units in this API yet, so the app
   * itself decides which units its signed-in resident may name.
   */
  'host': (_frontdesk_v1_Contact__Output | null);
  'purpose': (_frontdesk_v1_Visit_Purpose__Output);
  'purposeDetail': (string);
  /**
   * Validity window. valid_from defaults to now; expire_time is required,
   * after valid_from, at most 30 days after it.
   */
  'validFrom': (_google_protobuf_Timestamp__Output | null);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * 1..100; 0 means 1 (a single entry).
   */
  'maxUses': (number);
  /**
   * output only
   */
  'useCount': (number);
  /**
   * output only
   */
  'state': (_frontdesk_v1_VisitorPass_State__Output);
  /**
   * "staff/{staff}" (desk or app service account) that created it.
   */
  'createdBy': (string);
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
