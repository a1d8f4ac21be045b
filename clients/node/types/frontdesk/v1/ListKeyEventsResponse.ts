// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { KeyEvent as _frontdesk_v1_KeyEvent, KeyEvent__Output as _frontdesk_v1_KeyEvent__Output } from '../../frontdesk/v1/KeyEvent';

export interface ListKeyEventsResponse {
  'events'?: (_frontdesk_v1_KeyEvent)[];
  'nextPageToken'?: (string);
}

export interface ListKeyEventsResponse__Output {
  'events': (_frontdesk_v1_KeyEvent__Output)[];
  'nextPageToken': (string);
}
