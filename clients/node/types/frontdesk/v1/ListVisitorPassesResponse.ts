// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { VisitorPass as _frontdesk_v1_VisitorPass, VisitorPass__Output as _frontdesk_v1_VisitorPass__Output } from '../../frontdesk/v1/VisitorPass';

export interface ListVisitorPassesResponse {
  'visitorPasses'?: (_frontdesk_v1_VisitorPass)[];
  'nextPageToken'?: (string);
}

export interface ListVisitorPassesResponse__Output {
  'visitorPasses': (_frontdesk_v1_VisitorPass__Output)[];
  'nextPageToken': (string);
}
