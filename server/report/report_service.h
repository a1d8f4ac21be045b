// gRPC adapter of ReportService: authenticates (server/handler.h) and hands
// each call to the desk that owns it. No logic here.
#ifndef FRONTDESK_SERVER_REPORT_REPORT_SERVICE_H_
#define FRONTDESK_SERVER_REPORT_REPORT_SERVICE_H_

#include "frontdesk/v1/report_service.grpc.pb.h"
#include "server/handler.h"
#include "server/report/callback_plan_desk.h"
#include "server/report/complaint_desk.h"
#include "server/report/open_items_desk.h"
#include "server/report/quality_desk.h"
#include "server/report/report_settings_desk.h"
#include "server/report/staff_desk.h"
#include "server/report/statistics_desk.h"

namespace frontdesk {

class ReportServiceImpl final : public v1::ReportService::Service {
 public:
  static constexpr absl::string_view kService = "ReportService";

  explicit ReportServiceImpl(ServiceContext services)
      : services_(services),
        statistics_(services),
        open_items_(services),
        quality_(services),
        complaints_(services),
        settings_(services),
        staff_(services),
        callback_plan_(services) {}

  FRONTDESK_SERVE(GetDailyDutyReport, v1::GetDailyDutyReportRequest,
                  v1::DailyDutyReport, statistics_)
  FRONTDESK_SERVE(GetWeeklySummary, v1::GetWeeklySummaryRequest,
                  v1::WeeklySummary, statistics_)
  FRONTDESK_SERVE(GetComplaintAnalysis, v1::GetComplaintAnalysisRequest,
                  v1::ComplaintAnalysis, complaints_)
  FRONTDESK_SERVE(GetMonthlyStatistics, v1::GetMonthlyStatisticsRequest,
                  v1::MonthlyStatistics, statistics_)
  FRONTDESK_SERVE(GetOpenItemsList, v1::GetOpenItemsListRequest,
                  v1::OpenItemsList, open_items_)
  FRONTDESK_SERVE(GetServiceQualityReport, v1::GetServiceQualityReportRequest,
                  v1::ServiceQualityReport, quality_)
  FRONTDESK_SERVE(GetStaffReport, v1::GetStaffReportRequest, v1::StaffReport,
                  staff_)
  FRONTDESK_SERVE(GetReportSettings, v1::GetReportSettingsRequest,
                  v1::ReportSettings, settings_)
  FRONTDESK_SERVE(UpdateReportSettings, v1::UpdateReportSettingsRequest,
                  v1::ReportSettings, settings_)
  // Periodic resident callbacks (回访计划) [T-PERIODIC-RESIDENT-VISITS].
  FRONTDESK_SERVE(GetResidentCallbackPlan, v1::GetResidentCallbackPlanRequest,
                  v1::ResidentCallbackPlan, callback_plan_)

 private:
  ServiceContext services_;
  StatisticsDesk statistics_;
  OpenItemsDesk open_items_;
  QualityDesk quality_;
  ComplaintDesk complaints_;
  ReportSettingsDesk settings_;
  StaffReportDesk staff_;
  CallbackPlanDesk callback_plan_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_SERVICE_H_
