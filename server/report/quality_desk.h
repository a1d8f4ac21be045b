// ReportService.GetServiceQualityReport: the quality indicators of a
// period, each with its target (quality_indicators.h), and the day-by-day
// SLA compliance trend [REP-SLA-COMPLIANCE] [REP-CALLBACK-RATE]
// [REP-SATISFACTION] [REP-TIMELINESS] [REP-EFFECTIVE-COMPLAINT-RATE].
#ifndef FRONTDESK_SERVER_REPORT_QUALITY_DESK_H_
#define FRONTDESK_SERVER_REPORT_QUALITY_DESK_H_

#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class QualityDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetServiceQualityReport(
      const Call& call, const v1::GetServiceQualityReportRequest& request,
      v1::ServiceQualityReport* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_QUALITY_DESK_H_
