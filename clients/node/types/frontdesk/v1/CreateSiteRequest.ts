// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Site as _frontdesk_v1_Site, Site__Output as _frontdesk_v1_Site__Output } from '../../frontdesk/v1/Site';

export interface CreateSiteRequest {
  'site'?: (_frontdesk_v1_Site | null);
  /**
   * The {site} part of the name. Required.
   */
  'siteId'?: (string);
  'requestId'?: (string);
}

export interface CreateSiteRequest__Output {
  'site': (_frontdesk_v1_Site__Output | null);
  /**
   * The {site} part of the name. Required.
   */
  'siteId': (string);
  'requestId': (string);
}
