// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface DeleteWatchlistEntryRequest {
  /**
   * "sites/{site}/watchlistEntries/{entry}".
   */
  'name'?: (string);
  /**
   * If set, must match (ABORTED otherwise).
   */
  'etag'?: (string);
  'requestId'?: (string);
}

export interface DeleteWatchlistEntryRequest__Output {
  /**
   * "sites/{site}/watchlistEntries/{entry}".
   */
  'name': (string);
  /**
   * If set, must match (ABORTED otherwise).
   */
  'etag': (string);
  'requestId': (string);
}
