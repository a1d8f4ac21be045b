// ReportService's statistics: GetDailyDutyReport (值班日报),
// GetWeeklySummary (周报) and GetMonthlyStatistics (月度统计)
// [REP-DAILY-DUTY] [REP-WEEKLY-TRANSFERS] [REP-MONTHLY-STATISTICS].
//
// Each site is computed alone, in its own zone and within one read
// transaction (one snapshot); "sites/-" adds the sites' figures and lists
// each under by_site. Every figure is a query of db/report/ folded by
// report_figures.h; the definitions are docs/metrics.md.
#ifndef FRONTDESK_SERVER_REPORT_STATISTICS_DESK_H_
#define FRONTDESK_SERVER_REPORT_STATISTICS_DESK_H_

#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class StatisticsDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetDailyDutyReport(const Call& call,
                                  const v1::GetDailyDutyReportRequest& request,
                                  v1::DailyDutyReport* response);
  absl::Status GetWeeklySummary(const Call& call,
                                const v1::GetWeeklySummaryRequest& request,
                                v1::WeeklySummary* response);
  absl::Status GetMonthlyStatistics(
      const Call& call, const v1::GetMonthlyStatisticsRequest& request,
      v1::MonthlyStatistics* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_STATISTICS_DESK_H_
