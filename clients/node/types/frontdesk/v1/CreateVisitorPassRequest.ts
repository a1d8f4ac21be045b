// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { VisitorPass as _frontdesk_v1_VisitorPass, VisitorPass__Output as _frontdesk_v1_VisitorPass__Output } from '../../frontdesk/v1/VisitorPass';

export interface CreateVisitorPassRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  'visitorPass'?: (_frontdesk_v1_VisitorPass | null);
  'requestId'?: (string);
}

export interface CreateVisitorPassRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  'visitorPass': (_frontdesk_v1_VisitorPass__Output | null);
  'requestId': (string);
}
