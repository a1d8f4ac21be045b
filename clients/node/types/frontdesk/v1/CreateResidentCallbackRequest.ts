// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { ResidentCallback as _frontdesk_v1_ResidentCallback, ResidentCallback__Output as _frontdesk_v1_ResidentCallback__Output } from '../../frontdesk/v1/ResidentCallback';

export interface CreateResidentCallbackRequest {
  /**
   * "sites/{site}/units/{unit}"; NOT_FOUND (UNIT_NOT_FOUND) when the unit
   * does not exist.
   */
  'parent'?: (string);
  /**
   * result, rating and comment; the rest is output only and ignored.
   */
  'residentCallback'?: (_frontdesk_v1_ResidentCallback | null);
  /**
   * A retry with the same request_id returns the first callback and records
   * nothing new.
   */
  'requestId'?: (string);
}

export interface CreateResidentCallbackRequest__Output {
  /**
   * "sites/{site}/units/{unit}"; NOT_FOUND (UNIT_NOT_FOUND) when the unit
   * does not exist.
   */
  'parent': (string);
  /**
   * result, rating and comment; the rest is output only and ignored.
   */
  'residentCallback': (_frontdesk_v1_ResidentCallback__Output | null);
  /**
   * A retry with the same request_id returns the first callback and records
   * nothing new.
   */
  'requestId': (string);
}
