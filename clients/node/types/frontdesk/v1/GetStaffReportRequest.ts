// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportPeriod as _frontdesk_v1_ReportPeriod, ReportPeriod__Output as _frontdesk_v1_ReportPeriod__Output } from '../../frontdesk/v1/ReportPeriod';

export interface GetStaffReportRequest {
  'site'?: (string);
  /**
   * required
   */
  'period'?: (_frontdesk_v1_ReportPeriod | null);
  /**
   * Optional: only these "staff/{staff}" (at most 100).
   */
  'staff'?: (string)[];
}

export interface GetStaffReportRequest__Output {
  'site': (string);
  /**
   * required
   */
  'period': (_frontdesk_v1_ReportPeriod__Output | null);
  /**
   * Optional: only these "staff/{staff}" (at most 100).
   */
  'staff': (string)[];
}
