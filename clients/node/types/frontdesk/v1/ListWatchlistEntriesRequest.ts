// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface ListWatchlistEntriesRequest {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  /**
   * action = DENY, expired = true, document_number = "...".
   */
  'filter'?: (string);
  /**
   * Include soft-deleted entries.
   */
  'showDeleted'?: (boolean);
  'unmask'?: (boolean);
  'unmaskReason'?: (string);
}

export interface ListWatchlistEntriesRequest__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  /**
   * action = DENY, expired = true, document_number = "...".
   */
  'filter': (string);
  /**
   * Include soft-deleted entries.
   */
  'showDeleted': (boolean);
  'unmask': (boolean);
  'unmaskReason': (string);
}
