// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface ListVendorsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * AIP-160 subset, each field at most once, joined by AND:
   * `site = "sites/hx"` — the vendors serving that site (those listing it
   * and the company-wide ones; NOT_FOUND when the site does not exist);
   * `trade = ELEVATOR`.
   */
  'filter'?: (string);
}

export interface ListVendorsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  /**
   * AIP-160 subset, each field at most once, joined by AND:
   * `site = "sites/hx"` — the vendors serving that site (those listing it
   * and the company-wide ones; NOT_FOUND when the site does not exist);
   * `trade = ELEVATOR`.
   */
  'filter': (string);
}
