#include "server/report/complaint_desk.h"

#include <utility>
#include <vector>

#include "db/report/open_items.h"
#include "db/report/quality_figures.h"
#include "server/report/complaint_analysis.h"
#include "server/report/quality_indicators.h"
#include "server/report/report_compute.h"
#include "server/report/report_period.h"
#include "server/report/report_settings_desk.h"

namespace frontdesk {

absl::Status ComplaintDesk::GetComplaintAnalysis(
    const Call& call, const v1::GetComplaintAnalysisRequest& request,
    v1::ComplaintAnalysis* response) {
  // The company-wide medians are taken over every site's complaints, not
  // added from the sites' medians.
  std::vector<db::ComplaintFacts> all_complaints;
  auto of_site = [&](db::Tx& tx, const ReportSite& site, const ReportDays& days,
                     absl::Time now) -> absl::StatusOr<v1::ComplaintAnalysis> {
    const db::ReportWindow w = WindowOf(site, days, now);
    auto settings = LoadReportSettings(tx, site.id);
    if (!settings.ok()) return settings.status();
    ComplaintAnalysisInputs in;
    in.site_id = site.id;
    in.as_of_us = w.as_of_us;
    auto complaints = db::ListComplaintFacts(tx, w);
    if (!complaints.ok()) return complaints.status();
    in.complaints = *std::move(complaints);
    auto previous =
        db::ListComplaintFacts(tx, WindowOf(site, PreviousPeriod(days), now));
    if (!previous.ok()) return previous.status();
    in.previous_effective = EffectiveComplaints(*previous);
    auto names = db::HolderNames(tx, site.id);
    if (!names.ok()) return names.status();
    in.department_names = *std::move(names);

    v1::ComplaintAnalysis r;
    *r.mutable_scope() = ScopeOf(&site, days, days.last >= site.today, now);
    FillComplaintAnalysis(in, *settings, &r);
    all_complaints.insert(all_complaints.end(), in.complaints.begin(),
                          in.complaints.end());
    return r;
  };
  absl::Status status = Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        return ExplicitPeriod("period", request.period().start_date(),
                              request.period().end_date(), today);
      },
      of_site, AddComplaintAnalysis, response);
  if (status.ok() && response->by_site_size() > 0) {
    SetComplaintMedians(all_complaints, response);
  }
  return status;
}

}  // namespace frontdesk
