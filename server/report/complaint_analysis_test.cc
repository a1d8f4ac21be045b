#include "server/report/complaint_analysis.h"

#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

constexpr long long kHour = 3600LL * 1000000;
constexpr long long kT0 = 1'800'000'000LL * 1000000;

db::ComplaintFacts Complaint(long long id, int status) {
  db::ComplaintFacts c;
  c.ticket_id = id;
  c.create_us = kT0;
  c.status = status;
  c.unfounded = status == v1::Ticket::UNFOUNDED;
  c.complaint_class = v1::Ticket::SERVICE;
  return c;
}

ComplaintAnalysisInputs Inputs(std::vector<db::ComplaintFacts> complaints) {
  ComplaintAnalysisInputs in;
  in.site_id = "hx";
  in.as_of_us = kT0 + 400 * kHour;
  in.complaints = std::move(complaints);
  return in;
}

v1::ComplaintAnalysis Fill(const ComplaintAnalysisInputs& in) {
  v1::ComplaintAnalysis r;
  FillComplaintAnalysis(in, ReportSettingsValues{}, &r);
  return r;
}

TEST(ComplaintAnalysis, OutcomeClassAndResponsibleDepartment) {
  db::ComplaintFacts resolved = Complaint(1, v1::Ticket::RESOLVED);
  resolved.plan_department = "sites/hx/departments/eng";
  db::ComplaintFacts closed = Complaint(2, v1::Ticket::CLOSED);
  closed.plan_department = "sites/hx/departments/sec";
  closed.complaint_class = v1::Ticket::FACILITY;
  db::ComplaintFacts closed2 = Complaint(3, v1::Ticket::CLOSED);
  closed2.plan_department = "sites/hx/departments/sec";
  ComplaintAnalysisInputs in =
      Inputs({resolved, closed, closed2, Complaint(4, v1::Ticket::UNFOUNDED),
              Complaint(5, v1::Ticket::DISPATCHED)});
  in.department_names = {{"sites/hx/departments/sec", "保安部"}};
  in.previous_effective = 7;
  v1::ComplaintAnalysis r = Fill(in);
  EXPECT_EQ(r.complaints(), 5);
  EXPECT_EQ(r.founded(), 3);
  EXPECT_EQ(r.unfounded(), 1);
  EXPECT_EQ(r.open(), 1);
  ASSERT_EQ(r.by_class_size(), 2);
  EXPECT_EQ(r.by_class(0).category(), "SERVICE");
  EXPECT_EQ(r.by_class(0).count(), 4);
  EXPECT_EQ(r.by_class(1).count(), 1);
  ASSERT_EQ(r.by_responsible_department_size(), 2);
  EXPECT_EQ(r.by_responsible_department(0).display_name(), "保安部");
  EXPECT_EQ(r.by_responsible_department(0).count(), 2);
  EXPECT_EQ(r.by_responsible_department(1).category(),
            "sites/hx/departments/eng");
  EXPECT_EQ(r.previous_period_effective(), 7);
}

TEST(ComplaintAnalysis, RenegotiatedReopenedAndNotable) {
  // Renegotiated, finished at 50 h by the promise of 60 h then in force.
  db::ComplaintFacts kept = Complaint(1, v1::Ticket::RESOLVED);
  kept.renegotiated = true;
  kept.finished_us = kT0 + 50 * kHour;
  kept.promised_at_finish_us = kT0 + 60 * kHour;
  // Renegotiated, finished after the promise.
  db::ComplaintFacts broken = Complaint(2, v1::Ticket::RESOLVED);
  broken.renegotiated = true;
  broken.finished_us = kT0 + 70 * kHour;
  broken.promised_at_finish_us = kT0 + 60 * kHour;
  broken.reopenings = 2;
  // Renegotiated, not finished.
  db::ComplaintFacts pending = Complaint(3, v1::Ticket::PENDING);
  pending.renegotiated = true;
  pending.reopenings = 1;
  db::ComplaintFacts escalated = Complaint(4, v1::Ticket::DISPATCHED);
  escalated.escalated_to_manager = true;
  v1::ComplaintAnalysis r = Fill(Inputs({kept, broken, pending, escalated}));
  EXPECT_EQ(r.renegotiated(), 3);
  EXPECT_EQ(r.finished_by_renegotiated_time(), 1);
  EXPECT_EQ(r.reopened(), 2);
  EXPECT_EQ(r.reopen_cycles(), 3);
  ASSERT_EQ(r.notable_tickets_size(), 2);
  EXPECT_EQ(r.notable_tickets(0), "sites/hx/tickets/2");
  EXPECT_EQ(r.notable_tickets(1), "sites/hx/tickets/4");
}

TEST(ComplaintAnalysis, MediansLeavePausedTimeOutOfTheFinish) {
  db::ComplaintFacts a = Complaint(1, v1::Ticket::RESOLVED);
  a.answered_us = kT0 + 1 * kHour;
  a.finished_us = kT0 + 30 * kHour;
  a.pauses = {{kT0 + 2 * kHour, kT0 + 12 * kHour}};  // 20 h of work
  db::ComplaintFacts b = Complaint(2, v1::Ticket::RESOLVED);
  b.answered_us = kT0 + 3 * kHour;
  b.finished_us = kT0 + 40 * kHour;
  db::ComplaintFacts c = Complaint(3, v1::Ticket::DISPATCHED);
  c.answered_us = kT0 + 5 * kHour;
  v1::ComplaintAnalysis r = Fill(Inputs({a, b, c}));
  EXPECT_EQ(r.median_time_to_answer().seconds(), 3 * 3600);
  // 20 h and 40 h: the lower middle one.
  EXPECT_EQ(r.median_time_to_finish().seconds(), 20 * 3600);
}

TEST(ComplaintAnalysis, RepeatUnitsHaveTwoOrMoreRankedAndCapped) {
  std::vector<db::ComplaintFacts> complaints;
  long long id = 0;
  auto at = [&](const std::string& unit, int n) {
    for (int i = 0; i < n; ++i) {
      complaints.push_back(Complaint(++id, v1::Ticket::RESOLVED));
      complaints.back().unit_id = unit;
    }
  };
  at("1-1-101", 1);
  at("1-1-102", 3);
  at("1-1-103", 2);
  for (int u = 0; u < 25; ++u) at("9-9-" + std::to_string(100 + u), 2);
  v1::ComplaintAnalysis r = Fill(Inputs(complaints));
  ASSERT_EQ(r.repeat_units_size(), kRepeatUnitsShown);
  EXPECT_EQ(r.repeat_units(0).category(), "sites/hx/units/1-1-102");
  EXPECT_EQ(r.repeat_units(0).display_name(), "1-1-102");
  EXPECT_EQ(r.repeat_units(0).count(), 3);
  for (const auto& unit : r.repeat_units()) {
    EXPECT_NE(unit.display_name(), "1-1-101");
  }
}

TEST(ComplaintAnalysis, AddingSitesAddsCountsAndMergesLists) {
  db::ComplaintFacts a = Complaint(1, v1::Ticket::RESOLVED);
  a.plan_department = "vendors/lift";
  a.reopenings = 2;
  ComplaintAnalysisInputs hx = Inputs({a});
  ComplaintAnalysisInputs gz = Inputs({a, Complaint(2, v1::Ticket::CLOSED)});
  gz.site_id = "gz";
  v1::ComplaintAnalysis total;
  AddComplaintAnalysis(Fill(hx), &total);
  AddComplaintAnalysis(Fill(gz), &total);
  EXPECT_EQ(total.complaints(), 3);
  EXPECT_EQ(total.founded(), 3);
  ASSERT_EQ(total.by_responsible_department_size(), 1);
  EXPECT_EQ(total.by_responsible_department(0).count(), 2);
  EXPECT_EQ(total.reopen_cycles(), 4);
  EXPECT_EQ(total.notable_tickets_size(), 2);
  EXPECT_EQ(total.answered_24h().denominator(), 3);
}

}  // namespace
}  // namespace frontdesk
