// ReportService.GetComplaintAnalysis (投诉分析): the complaints of a period,
// by class, outcome and department found responsible, how fast they were
// answered and finished, renegotiated promises, reopenings, repeat units
// and the notable complaints for the monthly review
// [REP-COMPLAINT-ANALYSIS]. Folded by complaint_analysis.h.
#ifndef FRONTDESK_SERVER_REPORT_COMPLAINT_DESK_H_
#define FRONTDESK_SERVER_REPORT_COMPLAINT_DESK_H_

#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class ComplaintDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetComplaintAnalysis(
      const Call& call, const v1::GetComplaintAnalysisRequest& request,
      v1::ComplaintAnalysis* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_COMPLAINT_DESK_H_
