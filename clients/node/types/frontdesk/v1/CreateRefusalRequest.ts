// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Refusal as _frontdesk_v1_Refusal, Refusal__Output as _frontdesk_v1_Refusal__Output } from '../../frontdesk/v1/Refusal';

export interface CreateRefusalRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  /**
   * reason NO_DOCUMENT and WATCHLIST are reserved for CheckInVisitor
   * (INVALID_ARGUMENT).
   */
  'refusal'?: (_frontdesk_v1_Refusal | null);
  'requestId'?: (string);
}

export interface CreateRefusalRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  /**
   * reason NO_DOCUMENT and WATCHLIST are reserved for CheckInVisitor
   * (INVALID_ARGUMENT).
   */
  'refusal': (_frontdesk_v1_Refusal__Output | null);
  'requestId': (string);
}
