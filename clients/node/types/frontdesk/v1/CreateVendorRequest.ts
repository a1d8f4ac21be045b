// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from '../../frontdesk/v1/Vendor';

export interface CreateVendorRequest {
  /**
   * The {vendor} part of the name. Required.
   */
  'vendorId'?: (string);
  'vendor'?: (_frontdesk_v1_Vendor | null);
  'requestId'?: (string);
}

export interface CreateVendorRequest__Output {
  /**
   * The {vendor} part of the name. Required.
   */
  'vendorId': (string);
  'vendor': (_frontdesk_v1_Vendor__Output | null);
  'requestId': (string);
}
