// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportPeriod as _frontdesk_v1_ReportPeriod, ReportPeriod__Output as _frontdesk_v1_ReportPeriod__Output } from '../../frontdesk/v1/ReportPeriod';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * What a report covers and how fresh it is. Every report starts with it.
 */
export interface ReportScope {
  /**
   * "sites/{site}" or "sites/-".
   */
  'site'?: (string);
  /**
   * Site.display_name for one site; empty for "sites/-".
   */
  'siteDisplayName'?: (string);
  /**
   * IANA zone of the site; empty for "sites/-".
   */
  'timeZone'?: (string);
  'period'?: (_frontdesk_v1_ReportPeriod | null);
  'generateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The newest data the report could see: generate_time on the primary, the
   * replica's last applied commit time on a report replica.
   */
  'dataAsOf'?: (_google_protobuf_Timestamp | null);
  /**
   * The period includes the site's today.
   */
  'partial'?: (boolean);
  /**
   * The version of the indicator definitions (docs/metrics.md) the report
   * was computed under, e.g. "1".
   */
  'definitionsVersion'?: (string);
}

/**
 * What a report covers and how fresh it is. Every report starts with it.
 */
export interface ReportScope__Output {
  /**
   * "sites/{site}" or "sites/-".
   */
  'site': (string);
  /**
   * Site.display_name for one site; empty for "sites/-".
   */
  'siteDisplayName': (string);
  /**
   * IANA zone of the site; empty for "sites/-".
   */
  'timeZone': (string);
  'period': (_frontdesk_v1_ReportPeriod__Output | null);
  'generateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The newest data the report could see: generate_time on the primary, the
   * replica's last applied commit time on a report replica.
   */
  'dataAsOf': (_google_protobuf_Timestamp__Output | null);
  /**
   * The period includes the site's today.
   */
  'partial': (boolean);
  /**
   * The version of the indicator definitions (docs/metrics.md) the report
   * was computed under, e.g. "1".
   */
  'definitionsVersion': (string);
}
