// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Unit as _frontdesk_v1_Unit, Unit__Output as _frontdesk_v1_Unit__Output } from '../../frontdesk/v1/Unit';

export interface ListUnitsResponse {
  'units'?: (_frontdesk_v1_Unit)[];
  'nextPageToken'?: (string);
}

export interface ListUnitsResponse__Output {
  'units': (_frontdesk_v1_Unit__Output)[];
  'nextPageToken': (string);
}
