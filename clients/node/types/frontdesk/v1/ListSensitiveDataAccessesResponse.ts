// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { SensitiveDataAccess as _frontdesk_v1_SensitiveDataAccess, SensitiveDataAccess__Output as _frontdesk_v1_SensitiveDataAccess__Output } from '../../frontdesk/v1/SensitiveDataAccess';

export interface ListSensitiveDataAccessesResponse {
  'sensitiveDataAccesses'?: (_frontdesk_v1_SensitiveDataAccess)[];
  'nextPageToken'?: (string);
}

export interface ListSensitiveDataAccessesResponse__Output {
  'sensitiveDataAccesses': (_frontdesk_v1_SensitiveDataAccess__Output)[];
  'nextPageToken': (string);
}
