// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * The deadlines of a ticket, computed by server/ticket/sla.h from the site's
 * SLA policy, paused while PENDING.
 */
export interface TicketDeadlines {
  'firstResponseDueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The SLA deadline (moved by time spent pending). Breaches are counted
   * against this, even when a later promise was made.
   */
  'resolutionDueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The latest promise told to the resident, if any.
   */
  'promisedTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Resolution + 24 h (by default), once resolved.
   */
  'callbackDueTime'?: (_google_protobuf_Timestamp | null);
  'paused'?: (boolean);
  'firstResponseBreached'?: (boolean);
  'resolutionBreached'?: (boolean);
  'callbackBreached'?: (boolean);
  /**
   * Not met yet and close: within the warning lead before the deadline
   * (20% of its window, at most 12 h), so the desk acts before a breach.
   */
  'firstResponseWarning'?: (boolean);
  'resolutionWarning'?: (boolean);
  'callbackWarning'?: (boolean);
  /**
   * When the current hold began; set while paused. Deadlines not met yet are
   * judged as of this instant until the ticket resumes.
   */
  'pausedSince'?: (_google_protobuf_Timestamp | null);
  /**
   * Complaints: the department at fault agrees a plan by then (creation +
   * the policy's plan window, moved by time spent pending).
   */
  'planDueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the plan clock stopped: the first plan agreed, or the resolution
   * or ending (unfounded, duplicate, cancelled) if that came first.
   */
  'planMetTime'?: (_google_protobuf_Timestamp | null);
  'planBreached'?: (boolean);
  /**
   * same lead as the other warnings
   */
  'planWarning'?: (boolean);
  /**
   * When several departments or parties are involved (a coordination
   * dispatch, or a second department among the work orders and the plan),
   * the resident is told the same day: the end of the site's local day on
   * which that happened (the next local midnight). Not moved by pauses (a
   * calendar deadline, like a promise), but not missed during a hold.
   */
  'residentNoticeDueTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the notice clock stopped: the first RecordResidentNotice after the
   * notice became due, or the resolution or ending if that came first.
   */
  'residentNoticeMetTime'?: (_google_protobuf_Timestamp | null);
  'residentNoticeBreached'?: (boolean);
}

/**
 * The deadlines of a ticket, computed by server/ticket/sla.h from the site's
 * SLA policy, paused while PENDING.
 */
export interface TicketDeadlines__Output {
  'firstResponseDueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The SLA deadline (moved by time spent pending). Breaches are counted
   * against this, even when a later promise was made.
   */
  'resolutionDueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The latest promise told to the resident, if any.
   */
  'promisedTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Resolution + 24 h (by default), once resolved.
   */
  'callbackDueTime': (_google_protobuf_Timestamp__Output | null);
  'paused': (boolean);
  'firstResponseBreached': (boolean);
  'resolutionBreached': (boolean);
  'callbackBreached': (boolean);
  /**
   * Not met yet and close: within the warning lead before the deadline
   * (20% of its window, at most 12 h), so the desk acts before a breach.
   */
  'firstResponseWarning': (boolean);
  'resolutionWarning': (boolean);
  'callbackWarning': (boolean);
  /**
   * When the current hold began; set while paused. Deadlines not met yet are
   * judged as of this instant until the ticket resumes.
   */
  'pausedSince': (_google_protobuf_Timestamp__Output | null);
  /**
   * Complaints: the department at fault agrees a plan by then (creation +
   * the policy's plan window, moved by time spent pending).
   */
  'planDueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the plan clock stopped: the first plan agreed, or the resolution
   * or ending (unfounded, duplicate, cancelled) if that came first.
   */
  'planMetTime': (_google_protobuf_Timestamp__Output | null);
  'planBreached': (boolean);
  /**
   * same lead as the other warnings
   */
  'planWarning': (boolean);
  /**
   * When several departments or parties are involved (a coordination
   * dispatch, or a second department among the work orders and the plan),
   * the resident is told the same day: the end of the site's local day on
   * which that happened (the next local midnight). Not moved by pauses (a
   * calendar deadline, like a promise), but not missed during a hold.
   */
  'residentNoticeDueTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the notice clock stopped: the first RecordResidentNotice after the
   * notice became due, or the resolution or ending if that came first.
   */
  'residentNoticeMetTime': (_google_protobuf_Timestamp__Output | null);
  'residentNoticeBreached': (boolean);
}
