// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { KeyBorrower as _frontdesk_v1_KeyBorrower, KeyBorrower__Output as _frontdesk_v1_KeyBorrower__Output } from '../../frontdesk/v1/KeyBorrower';

export interface ReturnKeyRequest {
  'name'?: (string);
  /**
   * Who brought it back, if not the borrower.
   */
  'returnedBy'?: (_frontdesk_v1_KeyBorrower | null);
  /**
   * Condition on return etc., at most 1000 characters.
   */
  'note'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ReturnKeyRequest__Output {
  'name': (string);
  /**
   * Who brought it back, if not the borrower.
   */
  'returnedBy': (_frontdesk_v1_KeyBorrower__Output | null);
  /**
   * Condition on return etc., at most 1000 characters.
   */
  'note': (string);
  'etag': (string);
  'requestId': (string);
}
