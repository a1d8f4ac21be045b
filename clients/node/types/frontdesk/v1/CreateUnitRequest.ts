// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Unit as _frontdesk_v1_Unit, Unit__Output as _frontdesk_v1_Unit__Output } from '../../frontdesk/v1/Unit';

export interface CreateUnitRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  'unit'?: (_frontdesk_v1_Unit | null);
  'requestId'?: (string);
}

export interface CreateUnitRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  'unit': (_frontdesk_v1_Unit__Output | null);
  'requestId': (string);
}
