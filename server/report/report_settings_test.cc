#include "server/report/report_settings.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

google::protobuf::FieldMask Mask(std::initializer_list<const char*> paths) {
  google::protobuf::FieldMask m;
  for (const char* p : paths) m.add_paths(p);
  return m;
}

TEST(ReportSettings, DefaultsAreTheDraftsValues) {
  ReportSettingsValues d;
  EXPECT_EQ(d.complaint_deadline, absl::Hours(72));
  EXPECT_EQ(DispatchLimit(d, v1::Ticket::NORMAL), absl::Minutes(30));
  EXPECT_EQ(DispatchLimit(d, v1::Ticket::URGENT), absl::Minutes(10));
  EXPECT_EQ(DispatchLimit(d, v1::Ticket::EMERGENCY), absl::Minutes(10));
  EXPECT_EQ(EffectiveBasis(d), v1::ReportSettings::UNITS);
}

TEST(ReportSettings, UpdatesOnlyTheMaskedFields) {
  v1::ReportSettings patch;
  patch.mutable_complaint_deadline()->set_seconds(7 * 24 * 3600);
  patch.set_satisfaction_target(0.5);  // not in the mask: ignored
  auto next =
      ApplyReportSettingsUpdate({}, patch, Mask({"complaint_deadline"}));
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->complaint_deadline, absl::Hours(7 * 24));
  EXPECT_EQ(next->satisfaction_target, 0);
}

TEST(ReportSettings, RefusesValuesOutsideTheirLimits) {
  v1::ReportSettings patch;
  patch.mutable_complaint_deadline()->set_seconds(60);
  ExpectOneViolation(
      ApplyReportSettingsUpdate({}, patch, Mask({"complaint_deadline"}))
          .status(),
      "report_settings.complaint_deadline");
  patch.set_satisfaction_target(1.5);
  ExpectOneViolation(
      ApplyReportSettingsUpdate({}, patch, Mask({"satisfaction_target"}))
          .status(),
      "report_settings.satisfaction_target");
  ExpectOneViolation(
      ApplyReportSettingsUpdate({}, patch, Mask({"name"})).status(),
      "update_mask");
}

TEST(ReportSettings, HandoverDateIsARealDateNotInTheFuture) {
  const absl::CivilDay today(2026, 12, 7);
  v1::ReportSettings patch;
  for (const char* bad : {"2026-02-30", "2026-1-05", "soon"}) {
    patch.set_resident_handover_date(bad);
    ExpectOneViolation(ApplyReportSettingsUpdate(
                           {}, patch, Mask({"resident_handover_date"}), today)
                           .status(),
                       "report_settings.resident_handover_date");
  }
  patch.set_resident_handover_date("2026-12-08");
  ExpectOneViolation(ApplyReportSettingsUpdate(
                         {}, patch, Mask({"resident_handover_date"}), today)
                         .status(),
                     "report_settings.resident_handover_date");
  patch.set_resident_handover_date("2026-12-07");
  auto next = ApplyReportSettingsUpdate(
      {}, patch, Mask({"resident_handover_date"}), today);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->resident_handover_date, "2026-12-07");
  patch.set_resident_handover_date("");  // unset again
  EXPECT_EQ(ApplyReportSettingsUpdate(*next, patch,
                                      Mask({"resident_handover_date"}), today)
                ->resident_handover_date,
            "");
}

TEST(ReportSettings, UrgentLimitNotLongerThanNormal) {
  v1::ReportSettings patch;
  patch.mutable_dispatch_limit_urgent()->set_seconds(45 * 60);
  ExpectOneViolation(
      ApplyReportSettingsUpdate({}, patch, Mask({"dispatch_limit_urgent"}))
          .status(),
      "report_settings.dispatch_limit_urgent");
}

TEST(ReportSettings, AnEmptyMaskSetsEveryField) {
  v1::ReportSettings patch;
  patch.mutable_complaint_deadline()->set_seconds(48 * 3600);
  patch.mutable_dispatch_limit_normal()->set_seconds(20 * 60);
  patch.mutable_dispatch_limit_urgent()->set_seconds(5 * 60);
  patch.set_effective_complaint_basis(v1::ReportSettings::TICKETS);
  patch.set_satisfaction_target(0.95);
  auto next = ApplyReportSettingsUpdate({}, patch, {});
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->dispatch_limit_urgent, absl::Minutes(5));
  EXPECT_EQ(EffectiveBasis(*next), v1::ReportSettings::TICKETS);
  EXPECT_EQ(next->satisfaction_target, 0.95);
}

TEST(ReportSettings, ProtoOfTheDefaultsHasNoEtag) {
  v1::ReportSettings d = ReportSettingsToProto("hx", {}, true, 0, 0);
  EXPECT_EQ(d.name(), "sites/hx/reportSettings");
  EXPECT_TRUE(d.is_default());
  EXPECT_TRUE(d.etag().empty());
  EXPECT_EQ(d.complaint_deadline().seconds(), 72 * 3600);
  v1::ReportSettings saved = ReportSettingsToProto("hx", {}, false, 5, 3);
  EXPECT_EQ(saved.etag(), "3");
}

}  // namespace
}  // namespace frontdesk
