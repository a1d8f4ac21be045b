// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { KeyBorrower as _frontdesk_v1_KeyBorrower, KeyBorrower__Output as _frontdesk_v1_KeyBorrower__Output } from '../../frontdesk/v1/KeyBorrower';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { SupervisorAuthorization as _frontdesk_v1_SupervisorAuthorization, SupervisorAuthorization__Output as _frontdesk_v1_SupervisorAuthorization__Output } from '../../frontdesk/v1/SupervisorAuthorization';

export interface LendKeyRequest {
  /**
   * "sites/{site}/keys/{key}".
   */
  'name'?: (string);
  /**
   * A non-staff person needs display_name, phone and document.
   */
  'borrower'?: (_frontdesk_v1_KeyBorrower | null);
  /**
   * 1..200 characters. Required.
   */
  'purpose'?: (string);
  /**
   * After now, at most 7 days ahead. Default now +
   * VisitorSettings.default_key_loan_duration.
   */
  'dueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Needed when the borrower is not authorised for this key.
   */
  'authorization'?: (_frontdesk_v1_SupervisorAuthorization | null);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface LendKeyRequest__Output {
  /**
   * "sites/{site}/keys/{key}".
   */
  'name': (string);
  /**
   * A non-staff person needs display_name, phone and document.
   */
  'borrower': (_frontdesk_v1_KeyBorrower__Output | null);
  /**
   * 1..200 characters. Required.
   */
  'purpose': (string);
  /**
   * After now, at most 7 days ahead. Default now +
   * VisitorSettings.default_key_loan_duration.
   */
  'dueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Needed when the borrower is not authorised for this key.
   */
  'authorization': (_frontdesk_v1_SupervisorAuthorization__Output | null);
  'etag': (string);
  'requestId': (string);
}
