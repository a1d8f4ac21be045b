// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { VisitorAlert as _frontdesk_v1_VisitorAlert, VisitorAlert__Output as _frontdesk_v1_VisitorAlert__Output } from '../../frontdesk/v1/VisitorAlert';

export interface ListVisitorAlertsResponse {
  'visitorAlerts'?: (_frontdesk_v1_VisitorAlert)[];
  'nextPageToken'?: (string);
}

export interface ListVisitorAlertsResponse__Output {
  'visitorAlerts': (_frontdesk_v1_VisitorAlert__Output)[];
  'nextPageToken': (string);
}
