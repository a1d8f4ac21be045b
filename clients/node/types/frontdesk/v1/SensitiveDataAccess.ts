// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * One unmasked read of sensitive data: a visitor's numbers unmasked, a
 * ticket's reporter read in clear outside the site's desk, or a search of
 * tickets by phone across sites (ticket_service.proto, "Privacy"); the
 * resource names say which. Append-only; never purged by the retention
 * rules (kept 3 years).
 */
export interface SensitiveDataAccess {
  /**
   * "sites/{site}/sensitiveDataAccesses/{access}". Output only.
   */
  'name'?: (string);
  /**
   * "staff/{staff}" who read.
   */
  'actor'?: (string);
  /**
   * The RPC, e.g. "ListVisits".
   */
  'method'?: (string);
  /**
   * Resource names whose data were returned unmasked (at most 1000 listed;
   * resource_count has the total).
   */
  'resources'?: (string)[];
  'resourceCount'?: (number);
  /**
   * The unmask_reason given with the request; for a ticket's reporter, why
   * the caller may read it (e.g. "assignee of an open work order of the
   * ticket", "search by reporter_phone across sites").
   */
  'reason'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * One unmasked read of sensitive data: a visitor's numbers unmasked, a
 * ticket's reporter read in clear outside the site's desk, or a search of
 * tickets by phone across sites (ticket_service.proto, "Privacy"); the
 * resource names say which. Append-only; never purged by the retention
 * rules (kept 3 years).
 */
export interface SensitiveDataAccess__Output {
  /**
   * "sites/{site}/sensitiveDataAccesses/{access}". Output only.
   */
  'name': (string);
  /**
   * "staff/{staff}" who read.
   */
  'actor': (string);
  /**
   * The RPC, e.g. "ListVisits".
   */
  'method': (string);
  /**
   * Resource names whose data were returned unmasked (at most 1000 listed;
   * resource_count has the total).
   */
  'resources': (string)[];
  'resourceCount': (number);
  /**
   * The unmask_reason given with the request; for a ticket's reporter, why
   * the caller may read it (e.g. "assignee of an open work order of the
   * ticket", "search by reporter_phone across sites").
   */
  'reason': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
