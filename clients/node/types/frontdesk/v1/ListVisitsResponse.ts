// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visit as _frontdesk_v1_Visit, Visit__Output as _frontdesk_v1_Visit__Output } from '../../frontdesk/v1/Visit';

export interface ListVisitsResponse {
  'visits'?: (_frontdesk_v1_Visit)[];
  'nextPageToken'?: (string);
}

export interface ListVisitsResponse__Output {
  'visits': (_frontdesk_v1_Visit__Output)[];
  'nextPageToken': (string);
}
