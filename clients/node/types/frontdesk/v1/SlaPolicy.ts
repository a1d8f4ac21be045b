// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { _frontdesk_v1_Ticket_Kind, _frontdesk_v1_Ticket_Kind__Output } from '../../frontdesk/v1/Ticket';
import type { _frontdesk_v1_Ticket_Priority, _frontdesk_v1_Ticket_Priority__Output } from '../../frontdesk/v1/Ticket';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * Deadlines and escalation offsets for one kind × priority at a site.
 * Defaults: a complaint answered within 24 h and finished within 3 days
 * [T-SLA-DEFAULTS], its plan agreed within 1 day [T-COMPLAINT-PLAN]; a
 * callback within 24 h of resolution [T-CALLBACK-DUE]; a coordination route
 * promised 3 days [T-COORDINATION-PROMISE]; supervisor at the breach, manager
 * 24 h after it [T-ESCALATION-ON-BREACH].
 */
export interface SlaPolicy {
  /**
   * "sites/{site}/slaPolicies/{kind}.{priority}", lower case, e.g.
   * "sites/hx/slaPolicies/complaint.normal".
   */
  'name'?: (string);
  /**
   * output only (from the name)
   */
  'kind'?: (_frontdesk_v1_Ticket_Kind);
  /**
   * output only (from the name)
   */
  'priority'?: (_frontdesk_v1_Ticket_Priority);
  /**
   * 1 minute .. 30 days each.
   */
  'firstResponse'?: (_google_protobuf_Duration | null);
  'resolution'?: (_google_protobuf_Duration | null);
  'callback'?: (_google_protobuf_Duration | null);
  /**
   * After the breach; 0 .. 30 days; the manager's not before the
   * supervisor's.
   */
  'escalateSupervisorAfter'?: (_google_protobuf_Duration | null);
  'escalateManagerAfter'?: (_google_protobuf_Duration | null);
  /**
   * True when the site has no policy of its own for this kind × priority.
   */
  'isDefault'?: (boolean);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * COMPLAINT only: the department at fault agrees a plan within this long
   * of creation (paused while PENDING). 1 minute .. the resolution window;
   * default 1 day, capped by the resolution window (URGENT 24 h, EMERGENCY
   * 4 h). 0 for every other kind, and may not be set for them.
   */
  'plan'?: (_google_protobuf_Duration | null);
  /**
   * The coordination route (沟通类) needs several parties and is expected to
   * take more than two days. A coordination dispatch without a promised
   * time promises the resident create_time + this window (but never less
   * than 2 days after the dispatch); 2 .. 30 days, default 3 days.
   */
  'coordination'?: (_google_protobuf_Duration | null);
}

/**
 * Deadlines and escalation offsets for one kind × priority at a site.
 * Defaults: a complaint answered within 24 h and finished within 3 days
 * [T-SLA-DEFAULTS], its plan agreed within 1 day [T-COMPLAINT-PLAN]; a
 * callback within 24 h of resolution [T-CALLBACK-DUE]; a coordination route
 * promised 3 days [T-COORDINATION-PROMISE]; supervisor at the breach, manager
 * 24 h after it [T-ESCALATION-ON-BREACH].
 */
export interface SlaPolicy__Output {
  /**
   * "sites/{site}/slaPolicies/{kind}.{priority}", lower case, e.g.
   * "sites/hx/slaPolicies/complaint.normal".
   */
  'name': (string);
  /**
   * output only (from the name)
   */
  'kind': (_frontdesk_v1_Ticket_Kind__Output);
  /**
   * output only (from the name)
   */
  'priority': (_frontdesk_v1_Ticket_Priority__Output);
  /**
   * 1 minute .. 30 days each.
   */
  'firstResponse': (_google_protobuf_Duration__Output | null);
  'resolution': (_google_protobuf_Duration__Output | null);
  'callback': (_google_protobuf_Duration__Output | null);
  /**
   * After the breach; 0 .. 30 days; the manager's not before the
   * supervisor's.
   */
  'escalateSupervisorAfter': (_google_protobuf_Duration__Output | null);
  'escalateManagerAfter': (_google_protobuf_Duration__Output | null);
  /**
   * True when the site has no policy of its own for this kind × priority.
   */
  'isDefault': (boolean);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * COMPLAINT only: the department at fault agrees a plan within this long
   * of creation (paused while PENDING). 1 minute .. the resolution window;
   * default 1 day, capped by the resolution window (URGENT 24 h, EMERGENCY
   * 4 h). 0 for every other kind, and may not be set for them.
   */
  'plan': (_google_protobuf_Duration__Output | null);
  /**
   * The coordination route (沟通类) needs several parties and is expected to
   * take more than two days. A coordination dispatch without a promised
   * time promises the resident create_time + this window (but never less
   * than 2 days after the dispatch); 2 .. 30 days, default 3 days.
   */
  'coordination': (_google_protobuf_Duration__Output | null);
}
