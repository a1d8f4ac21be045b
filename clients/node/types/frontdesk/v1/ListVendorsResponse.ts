// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from '../../frontdesk/v1/Vendor';

export interface ListVendorsResponse {
  /**
   * Ordered by id.
   */
  'vendors'?: (_frontdesk_v1_Vendor)[];
  'nextPageToken'?: (string);
}

export interface ListVendorsResponse__Output {
  /**
   * Ordered by id.
   */
  'vendors': (_frontdesk_v1_Vendor__Output)[];
  'nextPageToken': (string);
}
