// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * Per-site settings of the visitor register: "sites/{site}/visitorSettings".
 */
export interface VisitorSettings {
  'name'?: (string);
  /**
   * Days personal data of ended visits, refusals and key loans to non-staff
   * is kept; 1..3650. 0 on read never happens (the default is 90).
   */
  'retentionDays'?: (number);
  /**
   * Default expected stay when check-in gives none; default 4 hours,
   * 5 minutes .. 7 days.
   */
  'defaultVisitDuration'?: (_google_protobuf_Duration | null);
  /**
   * Tolerance before a visit counts as overstayed; default 30 minutes,
   * 0 .. 24 hours.
   */
  'overstayGrace'?: (_google_protobuf_Duration | null);
  /**
   * Default loan period when LendKey gives no due_time; default 4 hours.
   */
  'defaultKeyLoanDuration'?: (_google_protobuf_Duration | null);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * Days the reporter's name and phone of a finished ticket are kept
   * (ticket_service.proto, "Retention"); 365..3650, default 365: complaint
   * files are kept at least a year [T-COMPLAINT-RETENTION]. The site's one
   * place for retention, hence here rather than in a settings resource of
   * its own.
   */
  'ticketRetentionDays'?: (number);
}

/**
 * Per-site settings of the visitor register: "sites/{site}/visitorSettings".
 */
export interface VisitorSettings__Output {
  'name': (string);
  /**
   * Days personal data of ended visits, refusals and key loans to non-staff
   * is kept; 1..3650. 0 on read never happens (the default is 90).
   */
  'retentionDays': (number);
  /**
   * Default expected stay when check-in gives none; default 4 hours,
   * 5 minutes .. 7 days.
   */
  'defaultVisitDuration': (_google_protobuf_Duration__Output | null);
  /**
   * Tolerance before a visit counts as overstayed; default 30 minutes,
   * 0 .. 24 hours.
   */
  'overstayGrace': (_google_protobuf_Duration__Output | null);
  /**
   * Default loan period when LendKey gives no due_time; default 4 hours.
   */
  'defaultKeyLoanDuration': (_google_protobuf_Duration__Output | null);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * Days the reporter's name and phone of a finished ticket are kept
   * (ticket_service.proto, "Retention"); 365..3650, default 365: complaint
   * files are kept at least a year [T-COMPLAINT-RETENTION]. The site's one
   * place for retention, hence here rather than in a settings resource of
   * its own.
   */
  'ticketRetentionDays': (number);
}
