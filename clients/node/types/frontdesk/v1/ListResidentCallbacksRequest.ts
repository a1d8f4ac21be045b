// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface ListResidentCallbacksRequest {
  /**
   * "sites/{site}/units/{unit}", or "sites/{site}/units/-" for every unit of
   * the site; NOT_FOUND when the site (or the unit) does not exist.
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * AIP-160 subset, joined by AND: result = REACHED,
   * create_time >= "2026-11-01T00:00:00+08:00" (and >, <, <=).
   */
  'filter'?: (string);
}

export interface ListResidentCallbacksRequest__Output {
  /**
   * "sites/{site}/units/{unit}", or "sites/{site}/units/-" for every unit of
   * the site; NOT_FOUND when the site (or the unit) does not exist.
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * AIP-160 subset, joined by AND: result = REACHED,
   * create_time >= "2026-11-01T00:00:00+08:00" (and >, <, <=).
   */
  'filter': (string);
}
