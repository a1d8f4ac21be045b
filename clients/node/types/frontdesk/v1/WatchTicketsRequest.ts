// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Long } from '@grpc/proto-loader';

export interface WatchTicketsRequest {
  /**
   * "sites/{site}".
   */
  'parent'?: (string);
  /**
   * Resume point: only events with a larger event_id are sent. 0 sends only
   * new events; -1 sends the site's whole history first.
   */
  'afterEventId'?: (number | string | Long);
}

export interface WatchTicketsRequest__Output {
  /**
   * "sites/{site}".
   */
  'parent': (string);
  /**
   * Resume point: only events with a larger event_id are sent. 0 sends only
   * new events; -1 sends the site's whole history first.
   */
  'afterEventId': (string);
}
