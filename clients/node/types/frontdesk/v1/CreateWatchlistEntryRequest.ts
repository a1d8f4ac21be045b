// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { WatchlistEntry as _frontdesk_v1_WatchlistEntry, WatchlistEntry__Output as _frontdesk_v1_WatchlistEntry__Output } from '../../frontdesk/v1/WatchlistEntry';

export interface CreateWatchlistEntryRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  'watchlistEntry'?: (_frontdesk_v1_WatchlistEntry | null);
  'requestId'?: (string);
}

export interface CreateWatchlistEntryRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  'watchlistEntry': (_frontdesk_v1_WatchlistEntry__Output | null);
  'requestId': (string);
}
