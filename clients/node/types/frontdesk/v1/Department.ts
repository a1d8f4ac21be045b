// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/directory_service.proto

export const _frontdesk_v1_Department_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  /**
   * 工程部 / 设备管理部: own-maintenance work orders
   */
  MAINTENANCE: 'MAINTENANCE',
  /**
   * 保安部
   */
  SECURITY: 'SECURITY',
  /**
   * 保洁绿化
   */
  CLEANING_GROUNDS: 'CLEANING_GROUNDS',
  /**
   * 客服中心
   */
  CUSTOMER_SERVICE: 'CUSTOMER_SERVICE',
  OTHER: 'OTHER',
} as const;

export type _frontdesk_v1_Department_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  /**
   * 工程部 / 设备管理部: own-maintenance work orders
   */
  | 'MAINTENANCE'
  | 1
  /**
   * 保安部
   */
  | 'SECURITY'
  | 2
  /**
   * 保洁绿化
   */
  | 'CLEANING_GROUNDS'
  | 3
  /**
   * 客服中心
   */
  | 'CUSTOMER_SERVICE'
  | 4
  | 'OTHER'
  | 5

export type _frontdesk_v1_Department_Kind__Output = typeof _frontdesk_v1_Department_Kind[keyof typeof _frontdesk_v1_Department_Kind]

/**
 * A department of one site, e.g. 工程部 (maintenance) or 保安部 (security).
 */
export interface Department {
  /**
   * "sites/{site}/departments/{department}"; {department} is 2..32 of
   * [a-z0-9._-], starting with a letter, e.g. "eng". Set by the server from
   * CreateDepartmentRequest.parent and department_id.
   */
  'name'?: (string);
  /**
   * 1..64 characters, e.g. "工程部".
   */
  'displayName'?: (string);
  /**
   * Required.
   */
  'kind'?: (_frontdesk_v1_Department_Kind);
  /**
   * "staff/{staff}", the person in charge. Required. Must exist (NOT_FOUND
   * otherwise) and work at the department's site (FAILED_PRECONDITION with
   * reason HEAD_NOT_AT_SITE otherwise); checked whenever head is set, not
   * again on updates that leave it unchanged.
   */
  'head'?: (string);
  /**
   * The department's duty phone; same rule as a reporter's phone, at most
   * 32 characters; optional.
   */
  'phone'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Changes on every update; UpdateDepartment with a stale etag is ABORTED.
   */
  'etag'?: (string);
}

/**
 * A department of one site, e.g. 工程部 (maintenance) or 保安部 (security).
 */
export interface Department__Output {
  /**
   * "sites/{site}/departments/{department}"; {department} is 2..32 of
   * [a-z0-9._-], starting with a letter, e.g. "eng". Set by the server from
   * CreateDepartmentRequest.parent and department_id.
   */
  'name': (string);
  /**
   * 1..64 characters, e.g. "工程部".
   */
  'displayName': (string);
  /**
   * Required.
   */
  'kind': (_frontdesk_v1_Department_Kind__Output);
  /**
   * "staff/{staff}", the person in charge. Required. Must exist (NOT_FOUND
   * otherwise) and work at the department's site (FAILED_PRECONDITION with
   * reason HEAD_NOT_AT_SITE otherwise); checked whenever head is set, not
   * again on updates that leave it unchanged.
   */
  'head': (string);
  /**
   * The department's duty phone; same rule as a reporter's phone, at most
   * 32 characters; optional.
   */
  'phone': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Changes on every update; UpdateDepartment with a stale etag is ABORTED.
   */
  'etag': (string);
}
