// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { SlaPolicy as _frontdesk_v1_SlaPolicy, SlaPolicy__Output as _frontdesk_v1_SlaPolicy__Output } from '../../frontdesk/v1/SlaPolicy';

export interface ListSlaPoliciesResponse {
  /**
   * Every kind × priority, kind-major, in enum order.
   */
  'policies'?: (_frontdesk_v1_SlaPolicy)[];
}

export interface ListSlaPoliciesResponse__Output {
  /**
   * Every kind × priority, kind-major, in enum order.
   */
  'policies': (_frontdesk_v1_SlaPolicy__Output)[];
}
