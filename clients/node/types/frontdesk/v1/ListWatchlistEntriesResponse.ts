// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { WatchlistEntry as _frontdesk_v1_WatchlistEntry, WatchlistEntry__Output as _frontdesk_v1_WatchlistEntry__Output } from '../../frontdesk/v1/WatchlistEntry';

export interface ListWatchlistEntriesResponse {
  'watchlistEntries'?: (_frontdesk_v1_WatchlistEntry)[];
  'nextPageToken'?: (string);
}

export interface ListWatchlistEntriesResponse__Output {
  'watchlistEntries': (_frontdesk_v1_WatchlistEntry__Output)[];
  'nextPageToken': (string);
}
