// server/roster/handover_rules.h: state checks by reason, editing written
// items (pulled-in items stay, consent kept only for unchanged items),
// acceptance (every item, inventory counts, notes, significant items),
// the arrival lead, countersigning and release.
#include "server/roster/handover_rules.h"

#include <string>
#include <vector>

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

v1::HandoverItem Item(
    int id, const std::string& description, bool significant = false,
    v1::HandoverItem::Source source = v1::HandoverItem::WRITTEN) {
  v1::HandoverItem item;
  item.set_id(id);
  item.set_description(description);
  item.set_significant(significant);
  item.set_source(source);
  return item;
}

v1::InventoryItem Checklist(const std::string& id, int expected) {
  v1::InventoryItem item;
  item.set_id(id);
  item.set_display_name(id + " name");
  item.set_expected_count(expected);
  return item;
}

v1::InventoryCount Count(const std::string& id, int counted,
                         const std::string& note = "") {
  v1::InventoryCount c;
  c.set_item_id(id);
  c.set_counted(counted);
  c.set_note(note);
  return c;
}

std::vector<std::string> FieldsOf(const absl::Status& s) {
  std::vector<std::string> out;
  for (const auto& f : ErrorFieldViolations(s)) out.push_back(f.field);
  return out;
}

TEST(CheckHandoverStatus, RefusesOtherStatesByReason) {
  EXPECT_TRUE(
      CheckHandoverStatus(v1::Handover::DRAFT, {v1::Handover::DRAFT}, "edit")
          .ok());
  absl::Status s = CheckHandoverStatus(v1::Handover::SUBMITTED,
                                       {v1::Handover::DRAFT}, "edit");
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(s), "HANDOVER_WRONG_STATE");
}

TEST(CheckDutyLog, EmptyOnlyWhileDraft) {
  EXPECT_TRUE(CheckDutyLog("handover.duty_log", "", false).ok());
  EXPECT_FALSE(CheckDutyLog("duty_log", "", true).ok());
  EXPECT_TRUE(CheckDutyLog("duty_log", "电梯\n维保", true).ok());
  EXPECT_FALSE(CheckDutyLog("duty_log", std::string(8001, 'a'), false).ok());
}

TEST(EditWrittenItems, PulledInStayWrittenReplacedAndNumbered) {
  v1::HandoverItem consented = Item(2, "601 漏水", true);
  consented.set_consented_by("staff/zhao.min");
  std::vector<v1::HandoverItem> current = {
      Item(1, "工单 HX-1 超时", false, v1::HandoverItem::OVERDUE_TICKET),
      consented, Item(3, "旧事项")};
  v1::HandoverItem keep = Item(2, "601 漏水", true);
  v1::HandoverItem fresh = Item(0, "新事项");
  auto out = EditWrittenItems(current, {keep, fresh}, "hx");
  ASSERT_TRUE(out.ok()) << out.status();
  ASSERT_EQ(out->size(), 3u);
  EXPECT_EQ((*out)[0].source(), v1::HandoverItem::OVERDUE_TICKET);
  EXPECT_EQ((*out)[1].id(), 2);
  EXPECT_EQ((*out)[1].consented_by(), "staff/zhao.min");
  EXPECT_EQ((*out)[2].id(), 4);  // never reuses item 3's id
  EXPECT_EQ((*out)[2].description(), "新事项");
}

TEST(EditWrittenItems, ChangedItemLosesItsConsent) {
  v1::HandoverItem consented = Item(1, "601 漏水", true);
  consented.set_consented_by("staff/zhao.min");
  auto out =
      EditWrittenItems({consented}, {Item(1, "601 漏水已扩大", true)}, "hx");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ((*out)[0].consented_by(), "");
}

TEST(EditWrittenItems, BadItemsNameTheirFields) {
  std::vector<v1::HandoverItem> current = {
      Item(1, "x", false, v1::HandoverItem::KEY_OUT)};
  v1::HandoverItem other_site = Item(0, "y");
  other_site.set_ticket("sites/lz/tickets/4");
  auto out = EditWrittenItems(
      current, {Item(0, ""), Item(1, "edit pulled"), other_site}, "hx");
  EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FieldsOf(out.status()),
            (std::vector<std::string>{"handover.items[0].description",
                                      "handover.items[1].id",
                                      "handover.items[2].ticket"}));
}

TEST(CheckAcceptance, EveryItemAcknowledgedAndEveryCountTaken) {
  AcceptInput in;
  in.items = {Item(1, "a"), Item(2, "b")};
  in.acknowledged_item_ids = {1};
  in.checklist = {Checklist("radio", 6), Checklist("keys", 40)};
  in.counts = {Count("radio", 6)};
  auto out = CheckAcceptance(in);
  EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      FieldsOf(out.status()),
      (std::vector<std::string>{"acknowledged_item_ids", "inventory_counts"}));
}

TEST(CheckAcceptance, DifferenceNeedsANoteAndIsADiscrepancy) {
  AcceptInput in;
  in.checklist = {Checklist("radio", 6)};
  in.counts = {Count("radio", 5)};
  auto out = CheckAcceptance(in);
  EXPECT_EQ(FieldsOf(out.status()),
            (std::vector<std::string>{"inventory_counts[0].note"}));
  in.counts = {Count("radio", 5, "2号对讲机送修")};
  out = CheckAcceptance(in);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_TRUE(out->inventory_discrepancy);
  ASSERT_EQ(out->counts.size(), 1u);
  EXPECT_EQ(out->counts[0].display_name(), "radio name");
  EXPECT_EQ(out->counts[0].expected_count(), 6);
  in.counts = {Count("radio", 6)};
  out = CheckAcceptance(in);
  ASSERT_TRUE(out.ok());
  EXPECT_FALSE(out->inventory_discrepancy);
}

TEST(CheckAcceptance, CountsOnlyTheChecklistOnce) {
  AcceptInput in;
  in.checklist = {Checklist("radio", 6)};
  in.counts = {Count("radio", 6), Count("radio", 6), Count("tv", 1)};
  EXPECT_EQ(FieldsOf(CheckAcceptance(in).status()),
            (std::vector<std::string>{"inventory_counts[1].item_id",
                                      "inventory_counts[2].item_id"}));
}

TEST(CheckAcceptance, SignificantItemFinishedTogetherOrConsented) {
  AcceptInput in;
  v1::HandoverItem consented = Item(2, "b", true);
  consented.set_consented_by("staff/zhao.min");
  in.items = {Item(1, "a", true), consented, Item(3, "c", true), Item(4, "d")};
  in.acknowledged_item_ids = {1, 2, 3, 4};
  auto out = CheckAcceptance(in);
  EXPECT_EQ(out.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(out.status()), "SIGNIFICANT_ITEM_NOT_CONSENTED");
  EXPECT_EQ(ErrorMetadata(out.status(), "item_ids"), "1,3");
  in.finished_together_item_ids = {1, 3};
  out = CheckAcceptance(in);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->items[0].disposition(), v1::HandoverItem::FINISHED_TOGETHER);
  EXPECT_EQ(out->items[1].disposition(), v1::HandoverItem::PASSED_ON);
  EXPECT_TRUE(out->items[3].acknowledged());
}

TEST(ArrivedEarly, ClockInAtTheLeadCounts) {
  const long long start = 1000000000, lead = 300000000;
  EXPECT_TRUE(ArrivedEarly(start - lead, start, lead));
  EXPECT_TRUE(ArrivedEarly(start - lead - 1, start, lead));
  EXPECT_FALSE(ArrivedEarly(start - lead + 1, start, lead));
  EXPECT_FALSE(ArrivedEarly(0, start, lead));
}

TEST(CheckCountersign, SupervisorOnceNotTheWriterOrAcceptor) {
  v1::Handover h;
  h.set_status(v1::Handover::DRAFT);
  h.set_written_by("staff/wang.li");
  h.set_accepted_by("staff/chen.jie");
  EXPECT_EQ(ErrorReason(CheckCountersign(h, "staff/zhao.min")),
            "HANDOVER_WRONG_STATE");
  h.set_status(v1::Handover::ACCEPTED);
  EXPECT_TRUE(CheckCountersign(h, "staff/zhao.min").ok());
  absl::Status self = CheckCountersign(h, "staff/wang.li");
  EXPECT_EQ(self.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorReason(self), "SELF_APPROVAL");
  EXPECT_EQ(ErrorReason(CheckCountersign(h, "staff/chen.jie")),
            "SELF_APPROVAL");
  h.set_countersigned_by("staff/zhao.min");
  EXPECT_EQ(ErrorReason(CheckCountersign(h, "staff/qian.yu")),
            "HANDOVER_WRONG_STATE");
}

TEST(CheckConsent, OnlySignificantItemsOnceBeforeAcceptance) {
  v1::Handover h;
  h.set_status(v1::Handover::SUBMITTED);
  h.set_written_by("staff/lead");
  *h.add_items() = Item(1, "a", true);
  *h.add_items() = Item(2, "b");
  absl::Status self = CheckConsent(h, 1, "staff/lead").status();
  EXPECT_EQ(self.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorReason(self), "SELF_APPROVAL");
  auto index = CheckConsent(h, 1, "staff/zhao.min");
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(*index, 0);
  EXPECT_EQ(CheckConsent(h, 2, "staff/zhao.min").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(CheckConsent(h, 9, "staff/zhao.min").status()),
            "HANDOVER_ITEM_NOT_FOUND");
  h.mutable_items(0)->set_consented_by("staff/zhao.min");
  EXPECT_EQ(ErrorReason(CheckConsent(h, 1, "staff/zhao.min").status()),
            "ALREADY_CONSENTED");
  h.set_status(v1::Handover::ACCEPTED);
  EXPECT_EQ(ErrorReason(CheckConsent(h, 1, "staff/zhao.min").status()),
            "HANDOVER_WRONG_STATE");
}

TEST(CheckRelease, OnDutyAndNotYetRelieved) {
  EXPECT_TRUE(CheckRelease(v1::DutyAssignment::ON_DUTY, std::nullopt).ok());
  EXPECT_TRUE(
      CheckRelease(v1::DutyAssignment::ON_DUTY, v1::Handover::SUBMITTED).ok());
  EXPECT_EQ(ErrorReason(CheckRelease(v1::DutyAssignment::ON_DUTY,
                                     v1::Handover::ACCEPTED)),
            "HANDOVER_WRONG_STATE");
  EXPECT_EQ(
      ErrorReason(CheckRelease(v1::DutyAssignment::SCHEDULED, std::nullopt)),
      "NOT_ON_DUTY");
  EXPECT_EQ(
      ErrorReason(CheckRelease(v1::DutyAssignment::RELIEVED, std::nullopt)),
      "NOT_ON_DUTY");
}

}  // namespace
}  // namespace frontdesk
