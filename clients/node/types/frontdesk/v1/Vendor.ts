// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/directory_service.proto

export const _frontdesk_v1_Vendor_Trade = {
  TRADE_UNSPECIFIED: 'TRADE_UNSPECIFIED',
  /**
   * 电信
   */
  TELECOM: 'TELECOM',
  /**
   * 宽带
   */
  BROADBAND: 'BROADBAND',
  /**
   * 热水器
   */
  WATER_HEATER: 'WATER_HEATER',
  /**
   * 对讲 / 可视门铃
   */
  INTERCOM: 'INTERCOM',
  /**
   * 门 / 门禁
   */
  DOOR: 'DOOR',
  /**
   * 电梯
   */
  ELEVATOR: 'ELEVATOR',
  /**
   * 开发企业项目部: the developer's project team, which receives the
   * warranty liaison forms (整改类 repairs, inside warranty).
   */
  DEVELOPER_PROJECT_TEAM: 'DEVELOPER_PROJECT_TEAM',
  OTHER: 'OTHER',
} as const;

export type _frontdesk_v1_Vendor_Trade =
  | 'TRADE_UNSPECIFIED'
  | 0
  /**
   * 电信
   */
  | 'TELECOM'
  | 1
  /**
   * 宽带
   */
  | 'BROADBAND'
  | 2
  /**
   * 热水器
   */
  | 'WATER_HEATER'
  | 3
  /**
   * 对讲 / 可视门铃
   */
  | 'INTERCOM'
  | 4
  /**
   * 门 / 门禁
   */
  | 'DOOR'
  | 5
  /**
   * 电梯
   */
  | 'ELEVATOR'
  | 6
  /**
   * 开发企业项目部: the developer's project team, which receives the
   * warranty liaison forms (整改类 repairs, inside warranty).
   */
  | 'DEVELOPER_PROJECT_TEAM'
  | 7
  | 'OTHER'
  | 8

export type _frontdesk_v1_Vendor_Trade__Output = typeof _frontdesk_v1_Vendor_Trade[keyof typeof _frontdesk_v1_Vendor_Trade]

/**
 * An outside company that work is dispatched to. Vendors are company-wide:
 * one elevator maintainer may serve many sites.
 */
export interface Vendor {
  /**
   * "vendors/{vendor}"; {vendor} is 2..32 of [a-z0-9._-], starting with a
   * letter, e.g. "otis". Set by the server from CreateVendorRequest.vendor_id.
   */
  'name'?: (string);
  /**
   * 1..64 characters, e.g. "奥的斯电梯".
   */
  'displayName'?: (string);
  /**
   * Required.
   */
  'trade'?: (_frontdesk_v1_Vendor_Trade);
  /**
   * The person the desk calls, 1..64 characters, e.g. "张工".
   */
  'contactName'?: (string);
  /**
   * Same rule as a reporter's phone, at most 32 characters. Required.
   */
  'phone'?: (string);
  /**
   * How soon after dispatch the vendor must be on site. Required: whole
   * seconds, from 1 minute to 30 days.
   */
  'responseDeadline'?: (_google_protobuf_Duration | null);
  /**
   * "sites/{site}" the vendor serves, each existing and listed once; empty
   * means every site of the company.
   */
  'sites'?: (string)[];
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Changes on every update; UpdateVendor with a stale etag is ABORTED.
   */
  'etag'?: (string);
}

/**
 * An outside company that work is dispatched to. Vendors are company-wide:
 * one elevator maintainer may serve many sites.
 */
export interface Vendor__Output {
  /**
   * "vendors/{vendor}"; {vendor} is 2..32 of [a-z0-9._-], starting with a
   * letter, e.g. "otis". Set by the server from CreateVendorRequest.vendor_id.
   */
  'name': (string);
  /**
   * 1..64 characters, e.g. "奥的斯电梯".
   */
  'displayName': (string);
  /**
   * Required.
   */
  'trade': (_frontdesk_v1_Vendor_Trade__Output);
  /**
   * The person the desk calls, 1..64 characters, e.g. "张工".
   */
  'contactName': (string);
  /**
   * Same rule as a reporter's phone, at most 32 characters. Required.
   */
  'phone': (string);
  /**
   * How soon after dispatch the vendor must be on site. Required: whole
   * seconds, from 1 minute to 30 days.
   */
  'responseDeadline': (_google_protobuf_Duration__Output | null);
  /**
   * "sites/{site}" the vendor serves, each existing and listed once; empty
   * means every site of the company.
   */
  'sites': (string)[];
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Changes on every update; UpdateVendor with a stale etag is ABORTED.
   */
  'etag': (string);
}
