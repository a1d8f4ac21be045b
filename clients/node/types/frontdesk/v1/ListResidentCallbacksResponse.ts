// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { ResidentCallback as _frontdesk_v1_ResidentCallback, ResidentCallback__Output as _frontdesk_v1_ResidentCallback__Output } from '../../frontdesk/v1/ResidentCallback';

export interface ListResidentCallbacksResponse {
  /**
   * Newest first.
   */
  'residentCallbacks'?: (_frontdesk_v1_ResidentCallback)[];
  'nextPageToken'?: (string);
}

export interface ListResidentCallbacksResponse__Output {
  /**
   * Newest first.
   */
  'residentCallbacks': (_frontdesk_v1_ResidentCallback__Output)[];
  'nextPageToken': (string);
}
