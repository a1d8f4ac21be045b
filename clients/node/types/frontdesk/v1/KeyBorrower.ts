// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visitor as _frontdesk_v1_Visitor, Visitor__Output as _frontdesk_v1_Visitor__Output } from '../../frontdesk/v1/Visitor';

/**
 * A person who may borrow, or has borrowed, a key: a staff member, or a
 * person outside the staff (an owner's agent, a decorator) identified by
 * name, phone and document.
 */
export interface KeyBorrower {
  /**
   * "staff/{staff}".
   */
  'staff'?: (string);
  /**
   * display_name and phone required; a document is required to lend.
   */
  'person'?: (_frontdesk_v1_Visitor | null);
  'borrower'?: "staff"|"person";
}

/**
 * A person who may borrow, or has borrowed, a key: a staff member, or a
 * person outside the staff (an owner's agent, a decorator) identified by
 * name, phone and document.
 */
export interface KeyBorrower__Output {
  /**
   * "staff/{staff}".
   */
  'staff'?: (string);
  /**
   * display_name and phone required; a document is required to lend.
   */
  'person'?: (_frontdesk_v1_Visitor__Output | null);
  'borrower'?: "staff"|"person";
}
