// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Approval as _frontdesk_v1_Approval, Approval__Output as _frontdesk_v1_Approval__Output } from '../../frontdesk/v1/Approval';

export interface CreateApprovalRequest {
  /**
   * "sites/{site}"; the site must exist.
   */
  'parent'?: (string);
  /**
   * action, subject, reason and expiration; the rest is output only and
   * ignored.
   */
  'approval'?: (_frontdesk_v1_Approval | null);
  'requestId'?: (string);
}

export interface CreateApprovalRequest__Output {
  /**
   * "sites/{site}"; the site must exist.
   */
  'parent': (string);
  /**
   * action, subject, reason and expiration; the rest is output only and
   * ignored.
   */
  'approval': (_frontdesk_v1_Approval__Output | null);
  'requestId': (string);
}
