// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from '../../frontdesk/v1/Vendor';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateVendorRequest {
  /**
   * vendor.name identifies it; vendor.etag, when set, must match.
   */
  'vendor'?: (_frontdesk_v1_Vendor | null);
  /**
   * Mutable: display_name, trade, contact_name, phone, response_deadline,
   * sites (replaced as a whole; empty makes the vendor company-wide).
   * Required and non-empty.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'requestId'?: (string);
}

export interface UpdateVendorRequest__Output {
  /**
   * vendor.name identifies it; vendor.etag, when set, must match.
   */
  'vendor': (_frontdesk_v1_Vendor__Output | null);
  /**
   * Mutable: display_name, trade, contact_name, phone, response_deadline,
   * sites (replaced as a whole; empty makes the vendor company-wide).
   * Required and non-empty.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'requestId': (string);
}
