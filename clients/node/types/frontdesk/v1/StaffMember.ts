// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { RoleGrant as _frontdesk_v1_RoleGrant, RoleGrant__Output as _frontdesk_v1_RoleGrant__Output } from '../../frontdesk/v1/RoleGrant';

// Original file: ../../protos/frontdesk/v1/directory_service.proto

export const _frontdesk_v1_StaffMember_Role = {
  ROLE_UNSPECIFIED: 'ROLE_UNSPECIFIED',
  /**
   * 接待员
   */
  RECEPTIONIST: 'RECEPTIONIST',
  /**
   * 客服主管
   */
  SUPERVISOR: 'SUPERVISOR',
  /**
   * 管理处主任
   */
  MANAGER: 'MANAGER',
  /**
   * 维修工
   */
  MAINTENANCE: 'MAINTENANCE',
  /**
   * 保安
   */
  SECURITY: 'SECURITY',
  /**
   * 管家
   */
  BUTLER: 'BUTLER',
  /**
   * runs the system itself
   */
  ADMIN: 'ADMIN',
  /**
   * Replaced by the service-account purposes below; grants of it were
   * migrated to RESIDENT_APP (migration 0015) and it is granted no more.
   * @deprecated
   */
  SERVICE: 'SERVICE',
  /**
   * Service accounts: an internal app or scheduled job, not a person, with
   * one purpose at a set of sites, and only what that purpose needs.
   */
  RESIDENT_APP: 'RESIDENT_APP',
  /**
   * a site's clock-in terminal: attendance
   */
  CLOCK_TERMINAL: 'CLOCK_TERMINAL',
  /**
   * a scheduled report generator: its sites' reports
   */
  REPORT_JOB: 'REPORT_JOB',
  /**
   * 供应商联系人: a person of an outside company (a vendor), not of the
   * staff, who reports on the vendor's work orders at the sites they are
   * granted: it is their only role, and `vendor` names the company.
   */
  VENDOR_CONTACT: 'VENDOR_CONTACT',
} as const;

export type _frontdesk_v1_StaffMember_Role =
  | 'ROLE_UNSPECIFIED'
  | 0
  /**
   * 接待员
   */
  | 'RECEPTIONIST'
  | 1
  /**
   * 客服主管
   */
  | 'SUPERVISOR'
  | 2
  /**
   * 管理处主任
   */
  | 'MANAGER'
  | 3
  /**
   * 维修工
   */
  | 'MAINTENANCE'
  | 4
  /**
   * 保安
   */
  | 'SECURITY'
  | 5
  /**
   * 管家
   */
  | 'BUTLER'
  | 6
  /**
   * runs the system itself
   */
  | 'ADMIN'
  | 7
  /**
   * Replaced by the service-account purposes below; grants of it were
   * migrated to RESIDENT_APP (migration 0015) and it is granted no more.
   */
  | 'SERVICE'
  | 8
  /**
   * Service accounts: an internal app or scheduled job, not a person, with
   * one purpose at a set of sites, and only what that purpose needs.
   */
  | 'RESIDENT_APP'
  | 9
  /**
   * a site's clock-in terminal: attendance
   */
  | 'CLOCK_TERMINAL'
  | 10
  /**
   * a scheduled report generator: its sites' reports
   */
  | 'REPORT_JOB'
  | 11
  /**
   * 供应商联系人: a person of an outside company (a vendor), not of the
   * staff, who reports on the vendor's work orders at the sites they are
   * granted: it is their only role, and `vendor` names the company.
   */
  | 'VENDOR_CONTACT'
  | 12

export type _frontdesk_v1_StaffMember_Role__Output = typeof _frontdesk_v1_StaffMember_Role[keyof typeof _frontdesk_v1_StaffMember_Role]

export interface StaffMember {
  /**
   * "staff/{staff}"; {staff} is 2..32 of [a-z0-9._-], starting with a letter,
   * e.g. "wang.li".
   */
  'name'?: (string);
  /**
   * 1..64 characters, e.g. "王力".
   */
  'displayName'?: (string);
  /**
   * Same rule as a reporter's phone; optional.
   */
  'phone'?: (string);
  /**
   * Input: the shorthand above. Output: the distinct roles of `grants`.
   */
  'roles'?: (_frontdesk_v1_StaffMember_Role)[];
  /**
   * Input: the shorthand above; each must exist. Output: the distinct sites
   * named in `grants` (a company-wide grant names none).
   */
  'sites'?: (string)[];
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * What the person may do where: each role is held at one site, or at every
   * site for a company-wide grant (ADMIN always; a head-office manager). A
   * person may be SUPERVISOR at hx and RECEPTIONIST at yy. On create, give
   * either `grants` or the shorthand `roles` and `sites` (every role at every
   * site listed; ADMIN is company-wide), at least one grant either way.
   */
  'grants'?: (_frontdesk_v1_RoleGrant)[];
  /**
   * "vendors/{vendor}": the vendor a VENDOR_CONTACT acts for, required
   * exactly when they hold VENDOR_CONTACT. On create the vendor must exist
   * and serve every site the contact is granted at (every site for a grant
   * at "sites/-"). They see and report on that vendor's work orders only.
   */
  'vendor'?: (string);
}

export interface StaffMember__Output {
  /**
   * "staff/{staff}"; {staff} is 2..32 of [a-z0-9._-], starting with a letter,
   * e.g. "wang.li".
   */
  'name': (string);
  /**
   * 1..64 characters, e.g. "王力".
   */
  'displayName': (string);
  /**
   * Same rule as a reporter's phone; optional.
   */
  'phone': (string);
  /**
   * Input: the shorthand above. Output: the distinct roles of `grants`.
   */
  'roles': (_frontdesk_v1_StaffMember_Role__Output)[];
  /**
   * Input: the shorthand above; each must exist. Output: the distinct sites
   * named in `grants` (a company-wide grant names none).
   */
  'sites': (string)[];
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * What the person may do where: each role is held at one site, or at every
   * site for a company-wide grant (ADMIN always; a head-office manager). A
   * person may be SUPERVISOR at hx and RECEPTIONIST at yy. On create, give
   * either `grants` or the shorthand `roles` and `sites` (every role at every
   * site listed; ADMIN is company-wide), at least one grant either way.
   */
  'grants': (_frontdesk_v1_RoleGrant__Output)[];
  /**
   * "vendors/{vendor}": the vendor a VENDOR_CONTACT acts for, required
   * exactly when they hold VENDOR_CONTACT. On create the vendor must exist
   * and serve every site the contact is granted at (every site for a grant
   * at "sites/-"). They see and report on that vendor's work orders only.
   */
  'vendor': (string);
}
