// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { ReportScope as _frontdesk_v1_ReportScope, ReportScope__Output as _frontdesk_v1_ReportScope__Output } from '../../frontdesk/v1/ReportScope';
import type { RateMetric as _frontdesk_v1_RateMetric, RateMetric__Output as _frontdesk_v1_RateMetric__Output } from '../../frontdesk/v1/RateMetric';
import type { SatisfactionBreakdown as _frontdesk_v1_SatisfactionBreakdown, SatisfactionBreakdown__Output as _frontdesk_v1_SatisfactionBreakdown__Output } from '../../frontdesk/v1/SatisfactionBreakdown';
import type { ServiceQualityReport as _frontdesk_v1_ServiceQualityReport, ServiceQualityReport__Output as _frontdesk_v1_ServiceQualityReport__Output } from '../../frontdesk/v1/ServiceQualityReport';
import type { DayFigures as _frontdesk_v1_DayFigures, DayFigures__Output as _frontdesk_v1_DayFigures__Output } from '../../frontdesk/v1/DayFigures';

/**
 * The quality indicators. Each RateMetric below states what it counts;
 * "complaints" always means kind COMPLAINT excluding DUPLICATE and
 * CANCELLED.
 */
export interface ServiceQualityReport {
  'scope'?: (_frontdesk_v1_ReportScope | null);
  /**
   * Complaints answered within 24 hours (001). Denominator: complaints
   * created in the period that have been answered or are older than 24 h at
   * data_as_of. Numerator: those whose first answer — the first of dispatch,
   * reply to the resident, resolution or an UNFOUNDED finding in the
   * ticket's history — came within 24 h of create_time. Target 100%
   * (AT_LEAST 1.0).
   */
  'complaintAnswered_24h'?: (_frontdesk_v1_RateMetric | null);
  /**
   * Complaints finished within the site's completion deadline
   * (ReportSettings.complaint_deadline: 3 days by default, one week at some
   * sites, 002 §9.3), the time spent PENDING excluded. Denominator:
   * complaints created in the period that are finished or past their
   * deadline. Numerator: finished (RESOLVED, CLOSED or UNFOUNDED) by
   * create_time + deadline + paused time. A renegotiated promise does not
   * move this deadline: finishing by a later promised time is a breach.
   * Target 100%.
   */
  'complaintFinishedInDeadline'?: (_frontdesk_v1_RateMetric | null);
  /**
   * 回访率. Denominator: resolutions in the period (each time a ticket
   * reaches RESOLVED; a reopened and re-resolved ticket counts again; an
   * UNFOUNDED finding is not called back, the workflow has no callback for
   * it). Numerator: those followed, before the ticket's next resolution, by
   * a callback that reached the resident (SATISFIED or UNSATISFIED; an
   * UNREACHABLE attempt is not a callback). Target 100%.
   */
  'callbackRate'?: (_frontdesk_v1_RateMetric | null);
  /**
   * Day-shift repairs called back within 1 h of the night shift's start
   * (000 §2.10), as in the daily report. Target 100%.
   */
  'nightCallbacksWithin_1h'?: (_frontdesk_v1_RateMetric | null);
  /**
   * 满意率. Denominator: callbacks recorded in the period with a rating
   * (TicketCallback.rating 1..5: 5 VERY_SATISFIED, 4 SATISFIED, 3 NEUTRAL,
   * 2 UNSATISFIED, 1 VERY_UNSATISFIED). Numerator: rated 4 or 5. Target
   * ReportSettings.satisfaction_target (AT_LEAST); none (direction
   * unspecified) until the site sets one. For "sites/-" the total has a
   * target only when every site has the same one; when the sites' targets
   * differ (or some site has none) the total has none, and each site's
   * target is in by_site.
   */
  'satisfactionRate'?: (_frontdesk_v1_RateMetric | null);
  'satisfaction'?: (_frontdesk_v1_SatisfactionBreakdown | null);
  /**
   * 有效投诉率. Numerator: complaints created in the period and not judged
   * UNFOUNDED. Denominator (ReportSettings.effective_complaint_basis): units
   * of the site(s) in the directory at the period's end (the industry's
   * per-household rate, the default), or tickets received in the period.
   * Target below 1%
   * (BELOW 0.01). The target is meant for a month; other periods are
   * reported unscaled.
   */
  'effectiveComplaintRate'?: (_frontdesk_v1_RateMetric | null);
  /**
   * 信息传递及时率. Denominator: slips issued in the period. Numerator: those
   * passed on within the dispatch limit of the ticket's priority
   * (ReportSettings.dispatch_limit_normal / dispatch_limit_urgent: 30 min
   * NORMAL, 10 min URGENT and EMERGENCY by default), measured from ticket
   * creation or its latest reopening before the slip. Target 100% (000 §10).
   */
  'informationTimeliness'?: (_frontdesk_v1_RateMetric | null);
  /**
   * 信息传递正确率. Denominator: slips issued in the period. Numerator: those
   * not redirected: the ticket was not dispatched again before the slip's
   * work order was finished (a redirect means the first routing was
   * wrong). Target 100%.
   */
  'informationAccuracy'?: (_frontdesk_v1_RateMetric | null);
  /**
   * After a dispatch the desk phones the resident to confirm the worker
   * arrived (000 §2.8). Denominator: on-site work orders issued in the
   * period (routes OWN_MAINTENANCE, EXTERNAL_VENDOR or none; a liaison form
   * to the developer or a coordination has no arrival). Numerator: those
   * with an arrival confirmation recorded. Target 100%.
   */
  'arrivalConfirmationRate'?: (_frontdesk_v1_RateMetric | null);
  /**
   * Work orders finished by their agreed time / work orders due in the
   * period. Target 100%.
   */
  'workOrdersOnTime'?: (_frontdesk_v1_RateMetric | null);
  'bySite'?: (_frontdesk_v1_ServiceQualityReport)[];
  /**
   * One entry per day of the period (the SLA compliance trend).
   */
  'days'?: (_frontdesk_v1_DayFigures)[];
}

/**
 * The quality indicators. Each RateMetric below states what it counts;
 * "complaints" always means kind COMPLAINT excluding DUPLICATE and
 * CANCELLED.
 */
export interface ServiceQualityReport__Output {
  'scope': (_frontdesk_v1_ReportScope__Output | null);
  /**
   * Complaints answered within 24 hours (001). Denominator: complaints
   * created in the period that have been answered or are older than 24 h at
   * data_as_of. Numerator: those whose first answer — the first of dispatch,
   * reply to the resident, resolution or an UNFOUNDED finding in the
   * ticket's history — came within 24 h of create_time. Target 100%
   * (AT_LEAST 1.0).
   */
  'complaintAnswered_24h': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * Complaints finished within the site's completion deadline
   * (ReportSettings.complaint_deadline: 3 days by default, one week at some
   * sites, 002 §9.3), the time spent PENDING excluded. Denominator:
   * complaints created in the period that are finished or past their
   * deadline. Numerator: finished (RESOLVED, CLOSED or UNFOUNDED) by
   * create_time + deadline + paused time. A renegotiated promise does not
   * move this deadline: finishing by a later promised time is a breach.
   * Target 100%.
   */
  'complaintFinishedInDeadline': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * 回访率. Denominator: resolutions in the period (each time a ticket
   * reaches RESOLVED; a reopened and re-resolved ticket counts again; an
   * UNFOUNDED finding is not called back, the workflow has no callback for
   * it). Numerator: those followed, before the ticket's next resolution, by
   * a callback that reached the resident (SATISFIED or UNSATISFIED; an
   * UNREACHABLE attempt is not a callback). Target 100%.
   */
  'callbackRate': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * Day-shift repairs called back within 1 h of the night shift's start
   * (000 §2.10), as in the daily report. Target 100%.
   */
  'nightCallbacksWithin_1h': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * 满意率. Denominator: callbacks recorded in the period with a rating
   * (TicketCallback.rating 1..5: 5 VERY_SATISFIED, 4 SATISFIED, 3 NEUTRAL,
   * 2 UNSATISFIED, 1 VERY_UNSATISFIED). Numerator: rated 4 or 5. Target
   * ReportSettings.satisfaction_target (AT_LEAST); none (direction
   * unspecified) until the site sets one. For "sites/-" the total has a
   * target only when every site has the same one; when the sites' targets
   * differ (or some site has none) the total has none, and each site's
   * target is in by_site.
   */
  'satisfactionRate': (_frontdesk_v1_RateMetric__Output | null);
  'satisfaction': (_frontdesk_v1_SatisfactionBreakdown__Output | null);
  /**
   * 有效投诉率. Numerator: complaints created in the period and not judged
   * UNFOUNDED. Denominator (ReportSettings.effective_complaint_basis): units
   * of the site(s) in the directory at the period's end (the industry's
   * per-household rate, the default), or tickets received in the period.
   * Target below 1%
   * (BELOW 0.01). The target is meant for a month; other periods are
   * reported unscaled.
   */
  'effectiveComplaintRate': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * 信息传递及时率. Denominator: slips issued in the period. Numerator: those
   * passed on within the dispatch limit of the ticket's priority
   * (ReportSettings.dispatch_limit_normal / dispatch_limit_urgent: 30 min
   * NORMAL, 10 min URGENT and EMERGENCY by default), measured from ticket
   * creation or its latest reopening before the slip. Target 100% (000 §10).
   */
  'informationTimeliness': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * 信息传递正确率. Denominator: slips issued in the period. Numerator: those
   * not redirected: the ticket was not dispatched again before the slip's
   * work order was finished (a redirect means the first routing was
   * wrong). Target 100%.
   */
  'informationAccuracy': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * After a dispatch the desk phones the resident to confirm the worker
   * arrived (000 §2.8). Denominator: on-site work orders issued in the
   * period (routes OWN_MAINTENANCE, EXTERNAL_VENDOR or none; a liaison form
   * to the developer or a coordination has no arrival). Numerator: those
   * with an arrival confirmation recorded. Target 100%.
   */
  'arrivalConfirmationRate': (_frontdesk_v1_RateMetric__Output | null);
  /**
   * Work orders finished by their agreed time / work orders due in the
   * period. Target 100%.
   */
  'workOrdersOnTime': (_frontdesk_v1_RateMetric__Output | null);
  'bySite': (_frontdesk_v1_ServiceQualityReport__Output)[];
  /**
   * One entry per day of the period (the SLA compliance trend).
   */
  'days': (_frontdesk_v1_DayFigures__Output)[];
}
