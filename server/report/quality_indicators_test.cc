#include "server/report/quality_indicators.h"

#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

constexpr long long kHour = 3600LL * 1000000;
constexpr long long kT0 = 1'800'000'000LL * 1000000;  // a complaint's call

db::ComplaintFacts Complaint(std::optional<long long> answered_after,
                             std::optional<long long> finished_after) {
  db::ComplaintFacts c;
  c.create_us = kT0;
  if (answered_after) c.answered_us = kT0 + *answered_after;
  if (finished_after) c.finished_us = kT0 + *finished_after;
  return c;
}

v1::ServiceQualityReport Fill(const QualityInputs& in,
                              const ReportSettingsValues& settings = {}) {
  v1::ServiceQualityReport r;
  FillQualityIndicators(in, settings, &r);
  return r;
}

TEST(QualityIndicators, AnsweredWithin24HoursCountsOnlyWhatCanBeJudged) {
  QualityInputs in;
  in.as_of_us = kT0 + 30 * kHour;
  in.complaints = {Complaint(2 * kHour, {}), Complaint(25 * kHour, {}),
                   Complaint({}, {})};
  // Answered in 2 h: yes. In 25 h: no. Not answered after 30 h: no.
  in.complaints.push_back(Complaint({}, {}));
  in.complaints.back().create_us = kT0 + 20 * kHour;  // 10 h old: not yet
  v1::RateMetric m = Fill(in).complaint_answered_24h();
  EXPECT_EQ(m.numerator(), 1);
  EXPECT_EQ(m.denominator(), 3);
  EXPECT_FALSE(m.met());
}

TEST(QualityIndicators, FinishedInDeadlineExcludesPausedTimeNotPromises) {
  QualityInputs in;
  in.as_of_us = kT0 + 200 * kHour;
  // Finished at 80 h after a 10-hour pause: due 72 + 10 = 82 h: in time.
  db::ComplaintFacts paused = Complaint(1 * kHour, 80 * kHour);
  paused.pauses = {{kT0 + 5 * kHour, kT0 + 15 * kHour}};
  // Finished at 80 h without a pause (a later promise does not count).
  db::ComplaintFacts late = Complaint(1 * kHour, 80 * kHour);
  // A pause after the finish does not extend it.
  db::ComplaintFacts pause_after = Complaint(1 * kHour, 70 * kHour);
  pause_after.pauses = {{kT0 + 90 * kHour, std::nullopt}};
  in.complaints = {paused, late, pause_after};
  v1::RateMetric m = Fill(in).complaint_finished_in_deadline();
  EXPECT_EQ(m.numerator(), 2);
  EXPECT_EQ(m.denominator(), 3);
  // With a one-week deadline all three are in time.
  ReportSettingsValues week;
  week.complaint_deadline = absl::Hours(7 * 24);
  EXPECT_TRUE(Fill(in, week).complaint_finished_in_deadline().met());
}

TEST(QualityIndicators, AnOpenComplaintCountsOnceItsDeadlineHasPassed) {
  QualityInputs in;
  db::ComplaintFacts open = Complaint(1 * kHour, {});
  open.pauses = {{kT0 + 10 * kHour, std::nullopt}};  // still paused
  in.complaints = {open};
  in.as_of_us = kT0 + 100 * kHour;  // 72 h + 90 h paused not yet passed
  EXPECT_EQ(Fill(in).complaint_finished_in_deadline().denominator(), 0);
  in.complaints[0].pauses = {{kT0 + 10 * kHour, kT0 + 11 * kHour}};
  EXPECT_EQ(Fill(in).complaint_finished_in_deadline().denominator(), 1);
  EXPECT_EQ(Fill(in).complaint_finished_in_deadline().numerator(), 0);
}

TEST(QualityIndicators, EffectiveComplaintsPerUnitOrPerTicket) {
  QualityInputs in;
  in.as_of_us = kT0;
  in.complaints = {Complaint({}, {}), Complaint({}, {})};
  in.complaints[1].unfounded = true;
  in.units = 200;
  in.received = 40;
  v1::RateMetric per_unit = Fill(in).effective_complaint_rate();
  EXPECT_EQ(per_unit.numerator(), 1);
  EXPECT_EQ(per_unit.denominator(), 200);
  EXPECT_TRUE(per_unit.met()) << "0.5% is below 1%";
  ReportSettingsValues tickets;
  tickets.effective_complaint_basis = v1::ReportSettings::TICKETS;
  v1::RateMetric per_ticket = Fill(in, tickets).effective_complaint_rate();
  EXPECT_EQ(per_ticket.denominator(), 40);
  EXPECT_FALSE(per_ticket.met());
}

TEST(QualityIndicators, SatisfactionByRatingAndItsTarget) {
  QualityInputs in;
  in.ratings = {{5, 6}, {4, 2}, {2, 2}};
  v1::ServiceQualityReport r = Fill(in);
  EXPECT_EQ(r.satisfaction().rated_callbacks(), 10);
  ASSERT_EQ(r.satisfaction().by_rating_size(), 5);
  EXPECT_EQ(r.satisfaction().by_rating(0).category(), "VERY_SATISFIED");
  EXPECT_EQ(r.satisfaction().by_rating(0).count(), 6);
  EXPECT_EQ(r.satisfaction_rate().numerator(), 8);
  EXPECT_EQ(r.satisfaction_rate().direction(),
            v1::RateMetric::DIRECTION_UNSPECIFIED);
  ReportSettingsValues target;
  target.satisfaction_target = 0.8;
  EXPECT_TRUE(Fill(in, target).satisfaction_rate().met());
}

TEST(QualityIndicators, SlipsTimelyByPriorityAccurateUnlessRedirected) {
  QualityInputs in;
  db::SlipFacts normal;  // 25 minutes for a NORMAL ticket: in time
  normal.since_us = kT0;
  normal.issue_us = kT0 + 25 * 60 * 1000000LL;
  normal.priority = v1::Ticket::NORMAL;
  normal.route = v1::REPAIR_ROUTE_OWN_MAINTENANCE;
  normal.arrival_confirmed = true;
  db::SlipFacts urgent = normal;  // 25 minutes for an URGENT one: late
  urgent.priority = v1::Ticket::URGENT;
  urgent.redirected = true;
  urgent.arrival_confirmed = false;
  db::SlipFacts liaison = normal;  // a developer's liaison form
  liaison.route = v1::REPAIR_ROUTE_DEVELOPER_WARRANTY;
  liaison.arrival_confirmed = false;
  in.slips = {normal, urgent, liaison};
  v1::ServiceQualityReport r = Fill(in);
  EXPECT_EQ(r.information_timeliness().numerator(), 2);
  EXPECT_EQ(r.information_timeliness().denominator(), 3);
  EXPECT_EQ(r.information_accuracy().numerator(), 2);
  EXPECT_EQ(r.arrival_confirmation_rate().numerator(), 1);
  EXPECT_EQ(r.arrival_confirmation_rate().denominator(), 2);
}

TEST(QualityIndicators, SitesAddUp) {
  QualityInputs a;
  a.follow_ups = {10, 9};
  a.ratings = {{5, 3}};
  QualityInputs b;
  b.follow_ups = {5, 5};
  b.ratings = {{5, 1}, {3, 1}};
  v1::ServiceQualityReport total;
  AddQuality(Fill(a), &total);
  AddQuality(Fill(b), &total);
  EXPECT_EQ(total.callback_rate().numerator(), 14);
  EXPECT_EQ(total.callback_rate().denominator(), 15);
  EXPECT_EQ(total.satisfaction().rated_callbacks(), 5);
  EXPECT_EQ(total.satisfaction().by_rating(0).count(), 4);
  EXPECT_EQ(total.satisfaction().by_rating(2).count(), 1);
}

TEST(QualityIndicators, TotalSatisfactionTargetOnlyWhenTheSitesShareIt) {
  QualityInputs in;
  in.ratings = {{5, 9}, {2, 1}};  // 90% at each site
  ReportSettingsValues ninety;
  ninety.satisfaction_target = 0.9;
  ReportSettingsValues ninety_five;
  ninety_five.satisfaction_target = 0.95;

  v1::ServiceQualityReport same;
  AddQuality(Fill(in, ninety), &same);
  AddQuality(Fill(in, ninety), &same);
  EXPECT_EQ(same.satisfaction_rate().numerator(), 18);
  EXPECT_EQ(same.satisfaction_rate().denominator(), 20);
  EXPECT_DOUBLE_EQ(same.satisfaction_rate().target(), 0.9);
  EXPECT_EQ(same.satisfaction_rate().direction(), v1::RateMetric::AT_LEAST);
  EXPECT_TRUE(same.satisfaction_rate().met());

  // The first site's 0.9 is not the second site's 0.95: no target at all,
  // rather than the first site's (which the total would "meet").
  v1::ServiceQualityReport differ;
  AddQuality(Fill(in, ninety), &differ);
  AddQuality(Fill(in, ninety_five), &differ);
  EXPECT_EQ(differ.satisfaction_rate().numerator(), 18);
  EXPECT_EQ(differ.satisfaction_rate().denominator(), 20);
  EXPECT_DOUBLE_EQ(differ.satisfaction_rate().target(), 0.0);
  EXPECT_EQ(differ.satisfaction_rate().direction(),
            v1::RateMetric::DIRECTION_UNSPECIFIED);
  EXPECT_FALSE(differ.satisfaction_rate().met());
  // ... and a third site with the first one's target does not bring it back.
  AddQuality(Fill(in, ninety), &differ);
  EXPECT_EQ(differ.satisfaction_rate().direction(),
            v1::RateMetric::DIRECTION_UNSPECIFIED);

  // A site without a target (none set) and one with: none for the total.
  v1::ServiceQualityReport some_unset;
  AddQuality(Fill(in), &some_unset);
  AddQuality(Fill(in, ninety), &some_unset);
  EXPECT_EQ(some_unset.satisfaction_rate().direction(),
            v1::RateMetric::DIRECTION_UNSPECIFIED);
  EXPECT_EQ(some_unset.satisfaction_rate().denominator(), 20);
}

}  // namespace
}  // namespace frontdesk
