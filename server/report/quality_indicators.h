// The service-quality indicators (ServiceQualityReport), each defined once
// here over the rows of db/report/quality_figures.h [REP-SLA-COMPLIANCE]
// [REP-CALLBACK-RATE] [REP-SATISFACTION] [REP-TIMELINESS]
// [REP-EFFECTIVE-COMPLAINT-RATE]. The words are docs/metrics.md's.
#ifndef FRONTDESK_SERVER_REPORT_QUALITY_INDICATORS_H_
#define FRONTDESK_SERVER_REPORT_QUALITY_INDICATORS_H_

#include <utility>
#include <vector>

#include "db/report/quality_figures.h"
#include "frontdesk/v1/report_service.pb.h"
#include "server/report/report_settings.h"

namespace frontdesk {

struct QualityInputs {
  std::vector<db::ComplaintFacts> complaints;
  db::CallbackFollowUp follow_ups;
  std::vector<std::pair<int, long long>> ratings;  // rating 1..5, count
  std::vector<db::SlipFacts> slips;
  db::PromiseCounts promises;
  long long units = 0;     // at the period's end
  long long received = 0;  // tickets received, counted once
  long long as_of_us = 0;
};

// Time a complaint spent PENDING before `until_us`.
long long PausedBefore(const db::ComplaintFacts& complaint, long long until_us);

// The indicators more than one report shows, each defined here once (the
// words are ServiceQualityReport's comments). `as_of_us` is the instant the
// facts were read as of; complaints older than a limit then are judged even
// when not yet answered or finished.
v1::RateMetric ComplaintAnswered24h(
    const std::vector<db::ComplaintFacts>& complaints, long long as_of_us);
v1::RateMetric ComplaintFinishedInDeadline(
    const std::vector<db::ComplaintFacts>& complaints, absl::Duration deadline,
    long long as_of_us);
v1::RateMetric CallbackRate(const db::CallbackFollowUp& follow_ups);
v1::RateMetric InformationTimeliness(const std::vector<db::SlipFacts>& slips,
                                     const ReportSettingsValues& settings);
// Complaints not judged UNFOUNDED (有效投诉).
long long EffectiveComplaints(
    const std::vector<db::ComplaintFacts>& complaints);

// Fills every indicator of `report` but scope, days, by_site and
// night_callbacks_within_1h (night_callbacks.h, from the roster).
void FillQualityIndicators(const QualityInputs& in,
                           const ReportSettingsValues& settings,
                           v1::ServiceQualityReport* report);

// `total` += `site`, indicator by indicator (rates add their numerators and
// denominators, the rating counts add). The satisfaction rate's target is a
// site setting: the total has it only when every site added has the same
// one, else none (DIRECTION_UNSPECIFIED). `total` starts as an empty report.
void AddQuality(const v1::ServiceQualityReport& site,
                v1::ServiceQualityReport* total);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_QUALITY_INDICATORS_H_
