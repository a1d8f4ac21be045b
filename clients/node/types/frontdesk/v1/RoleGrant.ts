// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { _frontdesk_v1_StaffMember_Role, _frontdesk_v1_StaffMember_Role__Output } from '../../frontdesk/v1/StaffMember';

/**
 * One role held at one site, or at every site.
 */
export interface RoleGrant {
  'role'?: (_frontdesk_v1_StaffMember_Role);
  /**
   * "sites/{site}", which must exist; "sites/-" for every site.
   */
  'site'?: (string);
}

/**
 * One role held at one site, or at every site.
 */
export interface RoleGrant__Output {
  'role': (_frontdesk_v1_StaffMember_Role__Output);
  /**
   * "sites/{site}", which must exist; "sites/-" for every site.
   */
  'site': (string);
}
