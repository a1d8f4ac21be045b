#include "server/report/quality_indicators.h"

#include <algorithm>
#include <string>

#include "frontdesk/v1/ticket_service.pb.h"
#include "server/report/indicators.h"
#include "server/report/report_figures.h"

namespace frontdesk {
namespace {

constexpr long long kDayUs = 24LL * 3600 * 1000000;

// The callback scale (TicketCallback.rating 1..5) by name, best first.
struct RatingName {
  int rating;
  const char* key;
  const char* label;
};
constexpr RatingName kRatings[] = {
    {5, "VERY_SATISFIED", "非常满意"},
    {4, "SATISFIED", "满意"},
    {3, "NEUTRAL", "一般"},
    {2, "UNSATISFIED", "不满意"},
    {1, "VERY_UNSATISFIED", "非常不满意"},
};
// "Satisfied or better".
constexpr int kSatisfiedRating = 4;

}  // namespace

long long PausedBefore(const db::ComplaintFacts& complaint,
                       long long until_us) {
  long long paused = 0;
  for (const auto& [start, end] : complaint.pauses) {
    const long long stop = std::min(end.value_or(until_us), until_us);
    if (stop > start) paused += stop - start;
  }
  return paused;
}

v1::RateMetric ComplaintAnswered24h(
    const std::vector<db::ComplaintFacts>& complaints, long long as_of_us) {
  long long answered = 0, judged = 0;
  for (const db::ComplaintFacts& c : complaints) {
    if (!c.answered_us && as_of_us - c.create_us < kDayUs) continue;
    ++judged;
    if (c.answered_us && *c.answered_us - c.create_us <= kDayUs) ++answered;
  }
  return Rate(answered, judged, 1.0, v1::RateMetric::AT_LEAST);
}

v1::RateMetric ComplaintFinishedInDeadline(
    const std::vector<db::ComplaintFacts>& complaints, absl::Duration deadline,
    long long as_of_us) {
  const long long deadline_us = absl::ToInt64Microseconds(deadline);
  long long in_time = 0, judged = 0;
  for (const db::ComplaintFacts& c : complaints) {
    const long long until = c.finished_us.value_or(as_of_us);
    const long long due = c.create_us + deadline_us + PausedBefore(c, until);
    if (!c.finished_us && as_of_us < due) continue;
    ++judged;
    if (c.finished_us && *c.finished_us <= due) ++in_time;
  }
  return Rate(in_time, judged, 1.0, v1::RateMetric::AT_LEAST);
}

v1::RateMetric CallbackRate(const db::CallbackFollowUp& follow_ups) {
  return Rate(follow_ups.called_back, follow_ups.resolutions, 1.0,
              v1::RateMetric::AT_LEAST);
}

v1::RateMetric InformationTimeliness(const std::vector<db::SlipFacts>& slips,
                                     const ReportSettingsValues& settings) {
  long long timely = 0;
  for (const db::SlipFacts& s : slips) {
    if (s.issue_us - s.since_us <=
        absl::ToInt64Microseconds(DispatchLimit(settings, s.priority))) {
      ++timely;
    }
  }
  return Rate(timely, static_cast<long long>(slips.size()), 1.0,
              v1::RateMetric::AT_LEAST);
}

long long EffectiveComplaints(
    const std::vector<db::ComplaintFacts>& complaints) {
  return std::count_if(
      complaints.begin(), complaints.end(),
      [](const db::ComplaintFacts& c) { return !c.unfounded; });
}

void FillQualityIndicators(const QualityInputs& in,
                           const ReportSettingsValues& settings,
                           v1::ServiceQualityReport* r) {
  constexpr auto kAtLeast = v1::RateMetric::AT_LEAST;
  *r->mutable_complaint_answered_24h() =
      ComplaintAnswered24h(in.complaints, in.as_of_us);
  *r->mutable_complaint_finished_in_deadline() = ComplaintFinishedInDeadline(
      in.complaints, settings.complaint_deadline, in.as_of_us);
  *r->mutable_callback_rate() = CallbackRate(in.follow_ups);

  long long rated = 0, satisfied = 0;
  v1::SatisfactionBreakdown* breakdown = r->mutable_satisfaction();
  for (const RatingName& name : kRatings) {
    long long n = 0;
    for (const auto& [rating, count] : in.ratings) {
      if (rating == name.rating) n += count;
    }
    v1::CategoryCount* c = breakdown->add_by_rating();
    c->set_category(name.key);
    c->set_display_name(name.label);
    c->set_count(n);
    rated += n;
    if (name.rating >= kSatisfiedRating) satisfied += n;
  }
  breakdown->set_rated_callbacks(rated);
  const bool has_target = settings.satisfaction_target > 0;
  *r->mutable_satisfaction_rate() =
      Rate(satisfied, rated, settings.satisfaction_target,
           has_target ? kAtLeast : v1::RateMetric::DIRECTION_UNSPECIFIED);

  const long long basis =
      EffectiveBasis(settings) == v1::ReportSettings::TICKETS ? in.received
                                                              : in.units;
  *r->mutable_effective_complaint_rate() = Rate(
      EffectiveComplaints(in.complaints), basis, 0.01, v1::RateMetric::BELOW);

  long long accurate = 0, onsite = 0, confirmed = 0;
  for (const db::SlipFacts& s : in.slips) {
    if (!s.redirected) ++accurate;
    // On site: a worker or vendor goes there; a liaison form to the
    // developer or a coordination needs no arrival.
    if (s.route == v1::REPAIR_ROUTE_OWN_MAINTENANCE ||
        s.route == v1::REPAIR_ROUTE_EXTERNAL_VENDOR ||
        s.route == v1::REPAIR_ROUTE_UNSPECIFIED) {
      ++onsite;
      if (s.arrival_confirmed) ++confirmed;
    }
  }
  const long long slips = static_cast<long long>(in.slips.size());
  *r->mutable_information_timeliness() =
      InformationTimeliness(in.slips, settings);
  *r->mutable_information_accuracy() = Rate(accurate, slips, 1.0, kAtLeast);
  *r->mutable_arrival_confirmation_rate() =
      Rate(confirmed, onsite, 1.0, kAtLeast);
  *r->mutable_work_orders_on_time() =
      Rate(in.promises.kept, in.promises.due, 1.0, kAtLeast);
}

void AddQuality(const v1::ServiceQualityReport& s,
                v1::ServiceQualityReport* t) {
  auto add = [](const v1::RateMetric& a, v1::RateMetric* into) {
    *into = AddRates(*into, a);
  };
  add(s.complaint_answered_24h(), t->mutable_complaint_answered_24h());
  add(s.complaint_finished_in_deadline(),
      t->mutable_complaint_finished_in_deadline());
  add(s.callback_rate(), t->mutable_callback_rate());
  add(s.night_callbacks_within_1h(), t->mutable_night_callbacks_within_1h());
  // The sites' satisfaction targets are their own settings: the total keeps
  // one only while every site added has the same (the first site's before
  // any other is added), and has none once two differ.
  const v1::RateMetric& site_rate = s.satisfaction_rate();
  const v1::RateMetric& so_far = t->satisfaction_rate();
  const bool shared = !t->has_satisfaction_rate() ||
                      (so_far.target() == site_rate.target() &&
                       so_far.direction() == site_rate.direction());
  *t->mutable_satisfaction_rate() = Rate(
      so_far.numerator() + site_rate.numerator(),
      so_far.denominator() + site_rate.denominator(),
      shared ? site_rate.target() : 0.0,
      shared ? site_rate.direction() : v1::RateMetric::DIRECTION_UNSPECIFIED);
  add(s.effective_complaint_rate(), t->mutable_effective_complaint_rate());
  add(s.information_timeliness(), t->mutable_information_timeliness());
  add(s.information_accuracy(), t->mutable_information_accuracy());
  add(s.arrival_confirmation_rate(), t->mutable_arrival_confirmation_rate());
  add(s.work_orders_on_time(), t->mutable_work_orders_on_time());
  t->mutable_satisfaction()->set_rated_callbacks(
      t->satisfaction().rated_callbacks() + s.satisfaction().rated_callbacks());
  AddCategoryCounts(s.satisfaction().by_rating(),
                    t->mutable_satisfaction()->mutable_by_rating());
  AddDays(s.days(), t->mutable_days());
}

}  // namespace frontdesk
