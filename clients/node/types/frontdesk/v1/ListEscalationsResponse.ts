// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Escalation as _frontdesk_v1_Escalation, Escalation__Output as _frontdesk_v1_Escalation__Output } from '../../frontdesk/v1/Escalation';

export interface ListEscalationsResponse {
  'escalations'?: (_frontdesk_v1_Escalation)[];
  'nextPageToken'?: (string);
}

export interface ListEscalationsResponse__Output {
  'escalations': (_frontdesk_v1_Escalation__Output)[];
  'nextPageToken': (string);
}
