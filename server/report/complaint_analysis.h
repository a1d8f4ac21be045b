// The complaint analysis (投诉分析, ComplaintAnalysis) folded from the
// period's complaints as db/report/quality_figures.h lists them
// [REP-COMPLAINT-ANALYSIS]. The answered-in-24-hours and finished-in-
// deadline rates are quality_indicators.h's, so both reports agree.
#ifndef FRONTDESK_SERVER_REPORT_COMPLAINT_ANALYSIS_H_
#define FRONTDESK_SERVER_REPORT_COMPLAINT_ANALYSIS_H_

#include <map>
#include <string>
#include <vector>

#include "db/report/quality_figures.h"
#include "frontdesk/v1/report_service.pb.h"
#include "server/report/report_settings.h"

namespace frontdesk {

inline constexpr int kRepeatUnitsShown = 20;

struct ComplaintAnalysisInputs {
  std::string site_id;
  std::vector<db::ComplaintFacts> complaints;  // created in the period
  long long previous_effective = 0;            // effective, the period before
  long long as_of_us = 0;
  // Display names of the departments (HolderNames).
  std::map<std::string, std::string> department_names;
};

// Every figure of `report` but scope and by_site:
// - complaints, by class, and their outcome at as_of: founded (RESOLVED or
//   CLOSED), unfounded, open (anything else);
// - by the department the agreed plan found responsible (complaints with
//   none are not listed), count descending;
// - answered within 24 h and finished in the site's deadline;
// - renegotiated promises, and of those finished by the promise in force
//   when they were finished;
// - complaints reopened at least once, and all their reopenings;
// - the median time to the first answer, and to the first finish with the
//   time spent PENDING left out (as the deadline is measured);
// - units with two or more complaints, count descending, at most 20;
// - notable: escalated to the site manager, or reopened twice or more.
void FillComplaintAnalysis(const ComplaintAnalysisInputs& in,
                           const ReportSettingsValues& settings,
                           v1::ComplaintAnalysis* report);

// The two medians of `complaints` (of any sites, each judged at its own
// site's as_of already).
void SetComplaintMedians(const std::vector<db::ComplaintFacts>& complaints,
                         v1::ComplaintAnalysis* report);

// `total` += `site`: counts and rates add, the lists merge (departments by
// key, count descending; repeat units count descending, at most 20;
// notable tickets appended). The medians are not added: the caller sets
// them from all the sites' complaints with SetComplaintMedians.
void AddComplaintAnalysis(const v1::ComplaintAnalysis& site,
                          v1::ComplaintAnalysis* total);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_COMPLAINT_ANALYSIS_H_
