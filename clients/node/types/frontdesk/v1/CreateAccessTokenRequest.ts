// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { AccessToken as _frontdesk_v1_AccessToken, AccessToken__Output as _frontdesk_v1_AccessToken__Output } from '../../frontdesk/v1/AccessToken';

export interface CreateAccessTokenRequest {
  /**
   * "staff/{staff}".
   */
  'parent'?: (string);
  'accessToken'?: (_frontdesk_v1_AccessToken | null);
  'requestId'?: (string);
}

export interface CreateAccessTokenRequest__Output {
  /**
   * "staff/{staff}".
   */
  'parent': (string);
  'accessToken': (_frontdesk_v1_AccessToken__Output | null);
  'requestId': (string);
}
