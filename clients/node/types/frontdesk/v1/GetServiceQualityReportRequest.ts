// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportPeriod as _frontdesk_v1_ReportPeriod, ReportPeriod__Output as _frontdesk_v1_ReportPeriod__Output } from '../../frontdesk/v1/ReportPeriod';

export interface GetServiceQualityReportRequest {
  'site'?: (string);
  /**
   * required
   */
  'period'?: (_frontdesk_v1_ReportPeriod | null);
}

export interface GetServiceQualityReportRequest__Output {
  'site': (string);
  /**
   * required
   */
  'period': (_frontdesk_v1_ReportPeriod__Output | null);
}
