// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { IdentityDocument as _frontdesk_v1_IdentityDocument, IdentityDocument__Output as _frontdesk_v1_IdentityDocument__Output } from '../../frontdesk/v1/IdentityDocument';

/**
 * The visitor as registered.
 */
export interface Visitor {
  /**
   * 1..64 characters. Required.
   */
  'displayName'?: (string);
  'document'?: (_frontdesk_v1_IdentityDocument | null);
  /**
   * Same rule as Contact.phone. Optional; masked on output.
   */
  'phone'?: (string);
  /**
   * Vehicle plate if the visitor drives in, e.g. "京A12345". Upper-cased,
   * spaces removed, at most 16 characters.
   */
  'vehiclePlate'?: (string);
}

/**
 * The visitor as registered.
 */
export interface Visitor__Output {
  /**
   * 1..64 characters. Required.
   */
  'displayName': (string);
  'document': (_frontdesk_v1_IdentityDocument__Output | null);
  /**
   * Same rule as Contact.phone. Optional; masked on output.
   */
  'phone': (string);
  /**
   * Vehicle plate if the visitor drives in, e.g. "京A12345". Upper-cased,
   * spaces removed, at most 16 characters.
   */
  'vehiclePlate': (string);
}
