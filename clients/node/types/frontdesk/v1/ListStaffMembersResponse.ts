// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { StaffMember as _frontdesk_v1_StaffMember, StaffMember__Output as _frontdesk_v1_StaffMember__Output } from '../../frontdesk/v1/StaffMember';

export interface ListStaffMembersResponse {
  'staffMembers'?: (_frontdesk_v1_StaffMember)[];
  'nextPageToken'?: (string);
}

export interface ListStaffMembersResponse__Output {
  'staffMembers': (_frontdesk_v1_StaffMember__Output)[];
  'nextPageToken': (string);
}
