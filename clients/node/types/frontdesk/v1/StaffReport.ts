// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { StaffReportRow as _frontdesk_v1_StaffReportRow, StaffReportRow__Output as _frontdesk_v1_StaffReportRow__Output } from '../../frontdesk/v1/StaffReportRow';
import type { StaffReport as _frontdesk_v1_StaffReport, StaffReport__Output as _frontdesk_v1_StaffReport__Output } from '../../frontdesk/v1/StaffReport';

export interface StaffReport {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  /**
   * Staff with any duty or activity in scope, by display_name.
   */
  'rows'?: (_frontdesk_v1_StaffReportRow)[];
  /**
   * Column totals (staff and display_name empty).
   */
  'totals'?: (_frontdesk_v1_StaffReportRow | null);
  'bySite'?: (_frontdesk_v1_StaffReport)[];
}

export interface StaffReport__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  /**
   * Staff with any duty or activity in scope, by display_name.
   */
  'rows': (_frontdesk_v1_StaffReportRow__Output)[];
  /**
   * Column totals (staff and display_name empty).
   */
  'totals': (_frontdesk_v1_StaffReportRow__Output | null);
  'bySite': (_frontdesk_v1_StaffReport__Output)[];
}
