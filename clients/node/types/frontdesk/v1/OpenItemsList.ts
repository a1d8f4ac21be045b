// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { OpenItemGroup as _frontdesk_v1_OpenItemGroup, OpenItemGroup__Output as _frontdesk_v1_OpenItemGroup__Output } from '../../frontdesk/v1/OpenItemGroup';
import type { OpenItemsList as _frontdesk_v1_OpenItemsList, OpenItemsList__Output as _frontdesk_v1_OpenItemsList__Output } from '../../frontdesk/v1/OpenItemsList';
import type { Long } from '@grpc/proto-loader';

// Original file: ../../protos/frontdesk/v1/report_service.proto

export const _frontdesk_v1_OpenItemsList_Checkpoint = {
  /**
   * now
   */
  CHECKPOINT_UNSPECIFIED: 'CHECKPOINT_UNSPECIFIED',
  /**
   * 11:00 site time
   */
  MORNING_1100: 'MORNING_1100',
  /**
   * 14:30 site time
   */
  AFTERNOON_1430: 'AFTERNOON_1430',
} as const;

export type _frontdesk_v1_OpenItemsList_Checkpoint =
  /**
   * now
   */
  | 'CHECKPOINT_UNSPECIFIED'
  | 0
  /**
   * 11:00 site time
   */
  | 'MORNING_1100'
  | 1
  /**
   * 14:30 site time
   */
  | 'AFTERNOON_1430'
  | 2

export type _frontdesk_v1_OpenItemsList_Checkpoint__Output = typeof _frontdesk_v1_OpenItemsList_Checkpoint[keyof typeof _frontdesk_v1_OpenItemsList_Checkpoint]

/**
 * 未结事项汇总 at a checkpoint.
 */
export interface OpenItemsList {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  'checkpoint'?: (_frontdesk_v1_OpenItemsList_Checkpoint);
  /**
   * The instant the list describes, and the previous checkpoint it is
   * compared with (for 11:00 the previous day's 14:30; for 14:30 the same
   * day's 11:00; for now, the latest past checkpoint). The list is rebuilt
   * from the append-only ticket history, so asking later for an earlier
   * checkpoint gives the list as it stood then.
   */
  'cutoffTime'?: (_google_protobuf_Timestamp | null);
  'previousCutoffTime'?: (_google_protobuf_Timestamp | null);
  'groups'?: (_frontdesk_v1_OpenItemGroup)[];
  'open'?: (number | string | Long);
  'overdue'?: (number | string | Long);
  /**
   * Tickets that left the open state between the previous checkpoint and
   * this one (resource names), to confirm with the departments.
   */
  'closedSincePrevious'?: (string)[];
  'bySite'?: (_frontdesk_v1_OpenItemsList)[];
  /**
   * True when a site had more open tickets than the list holds (at most
   * 5000 items per site, server/report/open_items_desk.h): the groups then
   * hold the 5000 created first (the oldest), and `open` and `overdue`
   * count only those. For "sites/-", true when any site's list (by_site)
   * is.
   */
  'truncated'?: (boolean);
}

/**
 * 未结事项汇总 at a checkpoint.
 */
export interface OpenItemsList__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  'checkpoint': (_frontdesk_v1_OpenItemsList_Checkpoint__Output);
  /**
   * The instant the list describes, and the previous checkpoint it is
   * compared with (for 11:00 the previous day's 14:30; for 14:30 the same
   * day's 11:00; for now, the latest past checkpoint). The list is rebuilt
   * from the append-only ticket history, so asking later for an earlier
   * checkpoint gives the list as it stood then.
   */
  'cutoffTime': (_google_protobuf_Timestamp__Output | null);
  'previousCutoffTime': (_google_protobuf_Timestamp__Output | null);
  'groups': (_frontdesk_v1_OpenItemGroup__Output)[];
  'open': (string);
  'overdue': (string);
  /**
   * Tickets that left the open state between the previous checkpoint and
   * this one (resource names), to confirm with the departments.
   */
  'closedSincePrevious': (string)[];
  'bySite': (_frontdesk_v1_OpenItemsList__Output)[];
  /**
   * True when a site had more open tickets than the list holds (at most
   * 5000 items per site, server/report/open_items_desk.h): the groups then
   * hold the 5000 created first (the oldest), and `open` and `overdue`
   * count only those. For "sites/-", true when any site's list (by_site)
   * is.
   */
  'truncated': (boolean);
}
