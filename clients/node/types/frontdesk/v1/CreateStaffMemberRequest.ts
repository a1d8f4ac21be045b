// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { StaffMember as _frontdesk_v1_StaffMember, StaffMember__Output as _frontdesk_v1_StaffMember__Output } from '../../frontdesk/v1/StaffMember';

export interface CreateStaffMemberRequest {
  'staffMember'?: (_frontdesk_v1_StaffMember | null);
  /**
   * The {staff} part of the name. Required.
   */
  'staffId'?: (string);
  'requestId'?: (string);
}

export interface CreateStaffMemberRequest__Output {
  'staffMember': (_frontdesk_v1_StaffMember__Output | null);
  /**
   * The {staff} part of the name. Required.
   */
  'staffId': (string);
  'requestId': (string);
}
