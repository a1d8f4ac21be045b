// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ListTicketsRequest {
  /**
   * "sites/{site}", or "sites/-" for every site the caller may see.
   */
  'parent'?: (string);
  /**
   * 0 means 50; at most 1000; negative is INVALID_ARGUMENT.
   */
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * AIP-160 subset: comparisons joined by AND.
   * status = NEW            kind = REPAIR         channel = PHONE
   * priority = URGENT       reporter_phone = "13800138000"
   * reporter_phone matches by digits ("138-0013-8000" is the same phone). It
   * is the site desk's search, or ADMIN's; with parent "sites/-" only a
   * SUPERVISOR's, MANAGER's or ADMIN's, and every ticket found is written to
   * the access log (PERMISSION_DENIED reason PHONE_SEARCH_NOT_PERMITTED
   * otherwise) [T-PHONE-SEARCH-AUDITED].
   * unit = "sites/hx/units/3-2-501"
   * create_time >= "2026-11-01T00:00:00Z"   (also >, <, <=; RFC 3339)
   * One value per comparison; OR, NOT and functions are not supported. Values
   * may be quoted ("...") or bare. Unknown fields, operators not allowed for a
   * field and malformed values are INVALID_ARGUMENT naming the field.
   */
  'filter'?: (string);
}

export interface ListTicketsRequest__Output {
  /**
   * "sites/{site}", or "sites/-" for every site the caller may see.
   */
  'parent': (string);
  /**
   * 0 means 50; at most 1000; negative is INVALID_ARGUMENT.
   */
  'pageSize': (number);
  'pageToken': (string);
  /**
   * AIP-160 subset: comparisons joined by AND.
   * status = NEW            kind = REPAIR         channel = PHONE
   * priority = URGENT       reporter_phone = "13800138000"
   * reporter_phone matches by digits ("138-0013-8000" is the same phone). It
   * is the site desk's search, or ADMIN's; with parent "sites/-" only a
   * SUPERVISOR's, MANAGER's or ADMIN's, and every ticket found is written to
   * the access log (PERMISSION_DENIED reason PHONE_SEARCH_NOT_PERMITTED
   * otherwise) [T-PHONE-SEARCH-AUDITED].
   * unit = "sites/hx/units/3-2-501"
   * create_time >= "2026-11-01T00:00:00Z"   (also >, <, <=; RFC 3339)
   * One value per comparison; OR, NOT and functions are not supported. Values
   * may be quoted ("...") or bare. Unknown fields, operators not allowed for a
   * field and malformed values are INVALID_ARGUMENT naming the field.
   */
  'filter': (string);
}
