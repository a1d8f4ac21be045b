// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListVisitsRequest {
  /**
   * "sites/{site}", or "sites/-" for every site the caller may see.
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * AIP-160 subset: comparisons joined by AND.
   * unit = "sites/hx/units/3-2-501"      (the host unit)
   * check_in_time >= "2026-11-01T00:00:00Z"   (also >, <, <=; RFC 3339)
   * check_in_date >= "2026-11-01"        (the site's local date; =, >, >=, <, <=)
   * status = ON_PREMISES                 on_premises = true
   * overstayed = true                    purpose = DELIVERY
   * vehicle_plate = "京A12345"            registered_by = "staff/wang.li"
   * document_number = "110101199003071234"  (SUPERVISOR or MANAGER only,
   * audited like an unmasked read)
   * Same error rules as ListTicketsRequest.filter.
   */
  'filter'?: (string);
  'unmask'?: (boolean);
  'unmaskReason'?: (string);
}

export interface ListVisitsRequest__Output {
  /**
   * "sites/{site}", or "sites/-" for every site the caller may see.
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * AIP-160 subset: comparisons joined by AND.
   * unit = "sites/hx/units/3-2-501"      (the host unit)
   * check_in_time >= "2026-11-01T00:00:00Z"   (also >, <, <=; RFC 3339)
   * check_in_date >= "2026-11-01"        (the site's local date; =, >, >=, <, <=)
   * status = ON_PREMISES                 on_premises = true
   * overstayed = true                    purpose = DELIVERY
   * vehicle_plate = "京A12345"            registered_by = "staff/wang.li"
   * document_number = "110101199003071234"  (SUPERVISOR or MANAGER only,
   * audited like an unmasked read)
   * Same error rules as ListTicketsRequest.filter.
   */
  'filter': (string);
  'unmask': (boolean);
  'unmaskReason': (string);
}
