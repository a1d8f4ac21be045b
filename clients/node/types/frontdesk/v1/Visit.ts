// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visitor as _frontdesk_v1_Visitor, Visitor__Output as _frontdesk_v1_Visitor__Output } from '../../frontdesk/v1/Visitor';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from '../../frontdesk/v1/Contact';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { SupervisorAuthorization as _frontdesk_v1_SupervisorAuthorization, SupervisorAuthorization__Output as _frontdesk_v1_SupervisorAuthorization__Output } from '../../frontdesk/v1/SupervisorAuthorization';

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_Visit_Purpose = {
  PURPOSE_UNSPECIFIED: 'PURPOSE_UNSPECIFIED',
  /**
   * 探亲访友
   */
  VISIT_RESIDENT: 'VISIT_RESIDENT',
  /**
   * 快递 / 外卖 / 送货
   */
  DELIVERY: 'DELIVERY',
  /**
   * 装修施工
   */
  RENOVATION: 'RENOVATION',
  /**
   * 上门维修 / vendor service
   */
  REPAIR_SERVICE: 'REPAIR_SERVICE',
  /**
   * 看房 / agent
   */
  PROPERTY_VIEWING: 'PROPERTY_VIEWING',
  /**
   * 公务 / government, utility company
   */
  OFFICIAL: 'OFFICIAL',
  /**
   * 搬家
   */
  MOVING: 'MOVING',
  /**
   * purpose_detail required
   */
  OTHER: 'OTHER',
} as const;

export type _frontdesk_v1_Visit_Purpose =
  | 'PURPOSE_UNSPECIFIED'
  | 0
  /**
   * 探亲访友
   */
  | 'VISIT_RESIDENT'
  | 1
  /**
   * 快递 / 外卖 / 送货
   */
  | 'DELIVERY'
  | 2
  /**
   * 装修施工
   */
  | 'RENOVATION'
  | 3
  /**
   * 上门维修 / vendor service
   */
  | 'REPAIR_SERVICE'
  | 4
  /**
   * 看房 / agent
   */
  | 'PROPERTY_VIEWING'
  | 5
  /**
   * 公务 / government, utility company
   */
  | 'OFFICIAL'
  | 6
  /**
   * 搬家
   */
  | 'MOVING'
  | 7
  /**
   * purpose_detail required
   */
  | 'OTHER'
  | 8

export type _frontdesk_v1_Visit_Purpose__Output = typeof _frontdesk_v1_Visit_Purpose[keyof typeof _frontdesk_v1_Visit_Purpose]

// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_Visit_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  ON_PREMISES: 'ON_PREMISES',
  CHECKED_OUT: 'CHECKED_OUT',
} as const;

export type _frontdesk_v1_Visit_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'ON_PREMISES'
  | 1
  | 'CHECKED_OUT'
  | 2

export type _frontdesk_v1_Visit_Status__Output = typeof _frontdesk_v1_Visit_Status[keyof typeof _frontdesk_v1_Visit_Status]

/**
 * One registered visit: who came, to see whom, why, when in and out.
 */
export interface Visit {
  /**
   * "sites/{site}/visits/{visit}". Output only.
   */
  'name'?: (string);
  /**
   * "sites/{site}". Output only (from the request's parent).
   */
  'site'?: (string);
  /**
   * required
   */
  'visitor'?: (_frontdesk_v1_Visitor | null);
  /**
   * People in the party including the visitor, 1..50. 0 means 1.
   */
  'partySize'?: (number);
  /**
   * Whom they visit. host.unit ("sites/{site}/units/{unit}", same site) or
   * host.location (e.g. "物业办公室", "3号楼电梯机房") is required; host.name is
   * the resident visited (optional); host.phone, if given, is masked on
   * output like the visitor's.
   */
  'host'?: (_frontdesk_v1_Contact | null);
  /**
   * required
   */
  'purpose'?: (_frontdesk_v1_Visit_Purpose);
  /**
   * Free text, at most 200 characters; required when purpose is OTHER.
   */
  'purposeDetail'?: (string);
  /**
   * When the visitor says they will leave. Optional on check-in: defaults to
   * check_in_time + VisitorSettings.default_visit_duration. Must be after
   * check_in_time and at most 7 days after it.
   */
  'expectedDepartureTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_Visit_Status);
  /**
   * output only
   */
  'checkInTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'checkOutTime'?: (_google_protobuf_Timestamp | null);
  /**
   * True when the visitor stayed past expected_departure_time +
   * VisitorSettings.overstay_grace: still on premises after it, or checked
   * out after it. Output only, computed at read time.
   */
  'overstayed'?: (boolean);
  /**
   * "staff/{staff}" who registered the visit (the caller). Output only.
   */
  'registeredBy'?: (string);
  /**
   * "staff/{staff}" who recorded the departure. Output only.
   */
  'checkedOutBy'?: (string);
  /**
   * Present when the visitor was admitted without a document. Output only.
   */
  'documentWaiver'?: (_frontdesk_v1_SupervisorAuthorization | null);
  /**
   * "sites/{site}/visitorPasses/{pass}" when checked in by pass code.
   * Output only.
   */
  'visitorPass'?: (string);
  /**
   * A watchlist entry with action ALERT matched; the supervisors of the site
   * are notified. Output only.
   */
  'watchlistAlert'?: (boolean);
  /**
   * True when document and phone numbers in this response are masked.
   * Output only.
   */
  'masked'?: (boolean);
  /**
   * Set when retention erased the personal data. Output only.
   */
  'purgeTime'?: (_google_protobuf_Timestamp | null);
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
 * One registered visit: who came, to see whom, why, when in and out.
 */
export interface Visit__Output {
  /**
   * "sites/{site}/visits/{visit}". Output only.
   */
  'name': (string);
  /**
   * "sites/{site}". Output only (from the request's parent).
   */
  'site': (string);
  /**
   * required
   */
  'visitor': (_frontdesk_v1_Visitor__Output | null);
  /**
   * People in the party including the visitor, 1..50. 0 means 1.
   */
  'partySize': (number);
  /**
   * Whom they visit. host.unit ("sites/{site}/units/{unit}", same site) or
   * host.location (e.g. "物业办公室", "3号楼电梯机房") is required; host.name is
   * the resident visited (optional); host.phone, if given, is masked on
   * output like the visitor's.
   */
  'host': (_frontdesk_v1_Contact__Output | null);
  /**
   * required
   */
  'purpose': (_frontdesk_v1_Visit_Purpose__Output);
  /**
   * Free text, at most 200 characters; required when purpose is OTHER.
   */
  'purposeDetail': (string);
  /**
   * When the visitor says they will leave. Optional on check-in: defaults to
   * check_in_time + VisitorSettings.default_visit_duration. Must be after
   * check_in_time and at most 7 days after it.
   */
  'expectedDepartureTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'status': (_frontdesk_v1_Visit_Status__Output);
  /**
   * output only
   */
  'checkInTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'checkOutTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * True when the visitor stayed past expected_departure_time +
   * VisitorSettings.overstay_grace: still on premises after it, or checked
   * out after it. Output only, computed at read time.
   */
  'overstayed': (boolean);
  /**
   * "staff/{staff}" who registered the visit (the caller). Output only.
   */
  'registeredBy': (string);
  /**
   * "staff/{staff}" who recorded the departure. Output only.
   */
  'checkedOutBy': (string);
  /**
   * Present when the visitor was admitted without a document. Output only.
   */
  'documentWaiver': (_frontdesk_v1_SupervisorAuthorization__Output | null);
  /**
   * "sites/{site}/visitorPasses/{pass}" when checked in by pass code.
   * Output only.
   */
  'visitorPass': (string);
  /**
   * A watchlist entry with action ALERT matched; the supervisors of the site
   * are notified. Output only.
   */
  'watchlistAlert': (boolean);
  /**
   * True when document and phone numbers in this response are masked.
   * Output only.
   */
  'masked': (boolean);
  /**
   * Set when retention erased the personal data. Output only.
   */
  'purgeTime': (_google_protobuf_Timestamp__Output | null);
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
