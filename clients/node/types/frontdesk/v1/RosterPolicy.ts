// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { ShiftDefinition as _frontdesk_v1_ShiftDefinition, ShiftDefinition__Output as _frontdesk_v1_ShiftDefinition__Output } from '../../frontdesk/v1/ShiftDefinition';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { InventoryItem as _frontdesk_v1_InventoryItem, InventoryItem__Output as _frontdesk_v1_InventoryItem__Output } from '../../frontdesk/v1/InventoryItem';

/**
 * Per-site roster rules: "sites/{site}/rosterPolicy".
 */
export interface RosterPolicy {
  'name'?: (string);
  /**
   * Sorted by start, each shift must end where the next begins and the last
   * where the first begins the next day: together exactly 24 hours
   * (SHIFT_PLAN_NOT_CONTIGUOUS). At least one.
   */
  'shifts'?: (_frontdesk_v1_ShiftDefinition)[];
  /**
   * How early the incoming receptionist must clock in (接班提前到岗).
   * Default 5 minutes; 0 .. 60 minutes.
   */
  'handoverArrivalLead'?: (_google_protobuf_Duration | null);
  /**
   * Shortest rest between two duties of one person; anything shorter,
   * including 0 (one shift straight after another), is back-to-back (连班).
   * Default 8 hours; 0 .. 24 hours.
   */
  'minRest'?: (_google_protobuf_Duration | null);
  /**
   * Swaps per person per calendar month; default 3, 0 .. 10.
   */
  'maxSwapsPerMonth'?: (number);
  /**
   * Monthly limits that feed the assessment; exceeding them is not refused
   * but reported as a breach in AttendanceSummary. Defaults: late 3,
   * corrections (补卡) 3. Late arrivals breach when they reach the limit
   * (the third of 3 already counts: 超过三次(含)); corrections when they
   * exceed it (不打卡次数超过规定次数).
   */
  'maxLatePerMonth'?: (number);
  'maxCorrectionsPerMonth'?: (number);
  /**
   * Leave longer than this many days needs the MANAGER after the
   * SUPERVISOR; default 3, 0 .. 30 (0: every leave goes to the manager).
   */
  'supervisorOnlyLeaveDays'?: (number);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * The desk's physical inventory the incoming receptionist counts at every
   * handover (清点各类物品, 000 篇2#2): keys cabinet, radios, registers...
   * At most 50 items, ids unique. Empty by default.
   */
  'inventoryChecklist'?: (_frontdesk_v1_InventoryItem)[];
}

/**
 * Per-site roster rules: "sites/{site}/rosterPolicy".
 */
export interface RosterPolicy__Output {
  'name': (string);
  /**
   * Sorted by start, each shift must end where the next begins and the last
   * where the first begins the next day: together exactly 24 hours
   * (SHIFT_PLAN_NOT_CONTIGUOUS). At least one.
   */
  'shifts': (_frontdesk_v1_ShiftDefinition__Output)[];
  /**
   * How early the incoming receptionist must clock in (接班提前到岗).
   * Default 5 minutes; 0 .. 60 minutes.
   */
  'handoverArrivalLead': (_google_protobuf_Duration__Output | null);
  /**
   * Shortest rest between two duties of one person; anything shorter,
   * including 0 (one shift straight after another), is back-to-back (连班).
   * Default 8 hours; 0 .. 24 hours.
   */
  'minRest': (_google_protobuf_Duration__Output | null);
  /**
   * Swaps per person per calendar month; default 3, 0 .. 10.
   */
  'maxSwapsPerMonth': (number);
  /**
   * Monthly limits that feed the assessment; exceeding them is not refused
   * but reported as a breach in AttendanceSummary. Defaults: late 3,
   * corrections (补卡) 3. Late arrivals breach when they reach the limit
   * (the third of 3 already counts: 超过三次(含)); corrections when they
   * exceed it (不打卡次数超过规定次数).
   */
  'maxLatePerMonth': (number);
  'maxCorrectionsPerMonth': (number);
  /**
   * Leave longer than this many days needs the MANAGER after the
   * SUPERVISOR; default 3, 0 .. 30 (0: every leave goes to the manager).
   */
  'supervisorOnlyLeaveDays': (number);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * The desk's physical inventory the incoming receptionist counts at every
   * handover (清点各类物品, 000 篇2#2): keys cabinet, radios, registers...
   * At most 50 items, ids unique. Empty by default.
   */
  'inventoryChecklist': (_frontdesk_v1_InventoryItem__Output)[];
}
