// Original file: ../../protos/frontdesk/v1/visitor_service.proto


// Original file: ../../protos/frontdesk/v1/visitor_service.proto

export const _frontdesk_v1_IdentityDocument_Type = {
  /**
   * none shown
   */
  TYPE_UNSPECIFIED: 'TYPE_UNSPECIFIED',
  /**
   * 居民身份证: 17 digits + digit or 'X', ISO 7064 check digit verified
   */
  ID_CARD: 'ID_CARD',
  /**
   * 护照
   */
  PASSPORT: 'PASSPORT',
  /**
   * 港澳居民来往内地通行证
   */
  HK_MACAO_PERMIT: 'HK_MACAO_PERMIT',
  /**
   * 台湾居民来往大陆通行证
   */
  TAIWAN_PERMIT: 'TAIWAN_PERMIT',
  /**
   * 港澳台居民居住证 / 外国人永久居留身份证
   */
  RESIDENCE_PERMIT: 'RESIDENCE_PERMIT',
  /**
   * 机动车驾驶证
   */
  DRIVING_LICENSE: 'DRIVING_LICENSE',
  /**
   * a contractor's or courier's work card
   */
  EMPLOYEE_CARD: 'EMPLOYEE_CARD',
  OTHER: 'OTHER',
} as const;

export type _frontdesk_v1_IdentityDocument_Type =
  /**
   * none shown
   */
  | 'TYPE_UNSPECIFIED'
  | 0
  /**
   * 居民身份证: 17 digits + digit or 'X', ISO 7064 check digit verified
   */
  | 'ID_CARD'
  | 1
  /**
   * 护照
   */
  | 'PASSPORT'
  | 2
  /**
   * 港澳居民来往内地通行证
   */
  | 'HK_MACAO_PERMIT'
  | 3
  /**
   * 台湾居民来往大陆通行证
   */
  | 'TAIWAN_PERMIT'
  | 4
  /**
   * 港澳台居民居住证 / 外国人永久居留身份证
   */
  | 'RESIDENCE_PERMIT'
  | 5
  /**
   * 机动车驾驶证
   */
  | 'DRIVING_LICENSE'
  | 6
  /**
   * a contractor's or courier's work card
   */
  | 'EMPLOYEE_CARD'
  | 7
  | 'OTHER'
  | 8

export type _frontdesk_v1_IdentityDocument_Type__Output = typeof _frontdesk_v1_IdentityDocument_Type[keyof typeof _frontdesk_v1_IdentityDocument_Type]

/**
 * An identity document shown at the desk.
 */
export interface IdentityDocument {
  'type'?: (_frontdesk_v1_IdentityDocument_Type);
  /**
   * Trimmed and upper-cased on input; 4..32 of [A-Z0-9-]; ID_CARD exactly 18
   * with a valid check digit. Masked on output (see the file header).
   */
  'number'?: (string);
}

/**
 * An identity document shown at the desk.
 */
export interface IdentityDocument__Output {
  'type': (_frontdesk_v1_IdentityDocument_Type__Output);
  /**
   * Trimmed and upper-cased on input; 4..32 of [A-Z0-9-]; ID_CARD exactly 18
   * with a valid check digit. Masked on output (see the file header).
   */
  'number': (string);
}
