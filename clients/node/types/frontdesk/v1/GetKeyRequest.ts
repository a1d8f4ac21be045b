// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface GetKeyRequest {
  /**
   * "sites/{site}/keys/{key}", or the tag in place of {key}: the site's key
   * with that tag that is not retired, else the one retired last.
   */
  'name'?: (string);
  'unmask'?: (boolean);
  'unmaskReason'?: (string);
}

export interface GetKeyRequest__Output {
  /**
   * "sites/{site}/keys/{key}", or the tag in place of {key}: the site's key
   * with that tag that is not retired, else the one retired last.
   */
  'name': (string);
  'unmask': (boolean);
  'unmaskReason': (string);
}
