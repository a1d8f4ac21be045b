// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Site as _frontdesk_v1_Site, Site__Output as _frontdesk_v1_Site__Output } from '../../frontdesk/v1/Site';

export interface ListSitesResponse {
  'sites'?: (_frontdesk_v1_Site)[];
  'nextPageToken'?: (string);
}

export interface ListSitesResponse__Output {
  'sites': (_frontdesk_v1_Site__Output)[];
  'nextPageToken': (string);
}
