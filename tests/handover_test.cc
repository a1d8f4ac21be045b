// The handover between shifts (RosterService handover RPCs and
// ReleaseFromDuty) through the in-process gRPC server (FakeClock), every
// test on SQLite and MariaDB. Shifts and duties are seeded through the
// stores (db::InsertDutyAssignment / ChangeDutyAssignment), the way
// CreateDutyAssignment and ClockIn will make them. [R-HANDOVER-LOG]
// [R-HANDOVER-ACCEPT] [R-SIGNIFICANT-ITEM-CONSENT] [R-RELIEF-FIRST]
// [R-COUNTERSIGN]
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "db/roster/duty_assignment_store.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "server/roster/roster_names.h"
#include "server/roster/roster_site.h"
#include "tests/grpc_test_base.h"

namespace frontdesk::testing {
namespace {

using v1::Handover;
using v1::HandoverItem;
using Roster = v1::RosterService::Stub;

const absl::TimeZone& Shanghai() {
  static const absl::TimeZone* zone = [] {
    auto* z = new absl::TimeZone;
    absl::LoadTimeZone("Asia/Shanghai", z);
    return z;
  }();
  return *zone;
}

class HandoverTest : public GrpcTestBase {
 protected:
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    roster_ = v1::RosterService::NewStub(channel_);
    tickets_ = v1::TicketService::NewStub(channel_);
    visitors_ = v1::VisitorService::NewStub(channel_);
    AddStaff("wang.li", {v1::StaffMember::RECEPTIONIST});   // outgoing
    AddStaff("chen.jie", {v1::StaffMember::RECEPTIONIST});  // incoming
    AddStaff("idle", {v1::StaffMember::RECEPTIONIST});
    AddStaff("zhao.min", {v1::StaffMember::SUPERVISOR});
    AddStaff("lead",
             {v1::StaffMember::RECEPTIONIST, v1::StaffMember::SUPERVISOR});
    AddStaff("boss", {v1::StaffMember::MANAGER});
    AddStaff("zhang.gong", {v1::StaffMember::MAINTENANCE});
    AddStaff("lz.sup", {v1::StaffMember::SUPERVISOR}, {"lz"});
    AddUnit("hx", "3", "2", "501");
  }

  absl::CivilDay Today() const {
    return absl::ToCivilDay(clock_->Now(), Shanghai());
  }
  std::string Day() const {
    return absl::StrCat("sites/hx/shifts/",
                        absl::FormatTime("%Y%m%d", clock_->Now(), Shanghai()),
                        "-day");
  }
  std::string HandoverOfDay() const {
    return absl::StrCat("sites/hx/handovers/",
                        absl::FormatTime("%Y%m%d", clock_->Now(), Shanghai()),
                        "-day");
  }

  // Puts `staff` on today's shift `definition` at hx (materialising it) in
  // `status`, clocked in at `clock_in` when ON_DUTY.
  db::DutyAssignmentRow Duty(const std::string& staff,
                             const std::string& definition,
                             v1::DutyAssignment::Status status,
                             absl::Time clock_in = absl::InfinitePast()) {
    db::DutyAssignmentRow out;
    const long long now = ToMicros(clock_->Now());
    absl::Status s = database().Transact([&](db::Tx& tx) -> absl::Status {
      auto site = LoadRosterSite(tx, "hx");
      if (!site.ok()) return site.status();
      ShiftRef ref{"hx", Today(), definition};
      auto shift = MaterializeShiftAt(tx, *site, ref, now);
      if (!shift.ok()) return shift.status();
      db::DutyAssignmentRow row;
      row.site_id = "hx";
      row.date = ref.date;
      row.definition_id = definition;
      row.staff_id = staff;
      row.created_by = "zhao.min";
      auto inserted = db::InsertDutyAssignment(tx, row, now);
      if (!inserted.ok()) return inserted.status();
      out = *inserted;
      if (status == v1::DutyAssignment::SCHEDULED) return absl::OkStatus();
      db::DutyAssignmentChange change;
      change.status = status;
      if (clock_in != absl::InfinitePast()) {
        change.clock_in_us = ToMicros(clock_in);
      }
      auto changed = db::ChangeDutyAssignment(tx, inserted->ref(), change,
                                              inserted->version, now);
      if (!changed.ok()) return changed.status();
      out = *changed;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  db::DutyAssignmentRow Reread(const db::DutyAssignmentRow& row) {
    db::DutyAssignmentRow out;
    absl::Status s = database().Read([&](db::Tx& tx) -> absl::Status {
      auto got = db::GetDutyAssignment(tx, row.ref());
      if (!got.ok()) return got.status();
      out = *got;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  Reply<Handover> Open(const std::string& who,
                       const std::vector<HandoverItem>& items = {},
                       const std::string& shift = "") {
    v1::CreateHandoverRequest req;
    req.set_parent("sites/hx");
    req.mutable_handover()->set_outgoing_shift(shift.empty() ? Day() : shift);
    req.mutable_handover()->set_duty_log("3号楼电梯维保中; 交接无异常");
    for (const auto& item : items) *req.mutable_handover()->add_items() = item;
    return As(who, roster_.get(), &Roster::CreateHandover, req);
  }

  Reply<Handover> Submit(const std::string& who) {
    v1::SubmitHandoverRequest req;
    req.set_name(HandoverOfDay());
    return As(who, roster_.get(), &Roster::SubmitHandover, req);
  }

  Reply<Handover> Consent(const std::string& who, int item_id) {
    v1::ConsentHandoverItemRequest req;
    req.set_name(HandoverOfDay());
    req.set_item_id(item_id);
    req.set_comment("同意移交夜班跟进");
    return As(who, roster_.get(), &Roster::ConsentHandoverItem, req);
  }

  v1::AcceptHandoverRequest AcceptAll(const Handover& h) {
    v1::AcceptHandoverRequest req;
    req.set_name(h.name());
    for (const auto& item : h.items()) req.add_acknowledged_item_ids(item.id());
    req.set_incoming_remarks("已核对");
    return req;
  }

  Reply<Handover> Countersign(const std::string& who) {
    v1::CountersignHandoverRequest req;
    req.set_name(HandoverOfDay());
    req.set_comment("阅");
    return As(who, roster_.get(), &Roster::CountersignHandover, req);
  }

  std::vector<std::string> Listed(const std::string& who,
                                  const std::string& filter,
                                  const std::string& parent = "sites/hx") {
    v1::ListHandoversRequest req;
    req.set_parent(parent);
    req.set_filter(filter);
    auto got = As(who, roster_.get(), &Roster::ListHandovers, req);
    EXPECT_TRUE(Ok(got.status));
    std::vector<std::string> names;
    for (const auto& h : got.value.handovers()) names.push_back(h.name());
    return names;
  }

  // A radio count on the site's inventory checklist.
  void SetChecklist() {
    v1::UpdateRosterPolicyRequest req;
    req.mutable_roster_policy()->set_name("sites/hx/rosterPolicy");
    v1::InventoryItem* radio =
        req.mutable_roster_policy()->add_inventory_checklist();
    radio->set_id("radio");
    radio->set_display_name("对讲机");
    radio->set_expected_count(6);
    req.mutable_update_mask()->add_paths("inventory_checklist");
    ASSERT_TRUE(
        Ok(As("boss", roster_.get(), &Roster::UpdateRosterPolicy, req).status));
  }

  static HandoverItem Written(const std::string& description,
                              bool significant) {
    HandoverItem item;
    item.set_description(description);
    item.set_significant(significant);
    return item;
  }

  std::unique_ptr<v1::RosterService::Stub> roster_;
  std::unique_ptr<v1::TicketService::Stub> tickets_;
  std::unique_ptr<v1::VisitorService::Stub> visitors_;
};

TEST_P(HandoverTest, OpeningPullsInOverdueTicketLentKeyAndVisitorInside) {
  // A repair ticket from 3-2-501, left undispatched for two days.
  v1::CreateTicketRequest ticket;
  ticket.set_parent("sites/hx");
  ticket.mutable_ticket()->set_channel(v1::Ticket::PHONE);
  ticket.mutable_ticket()->set_kind(v1::Ticket::REPAIR);
  ticket.mutable_ticket()->mutable_reporter()->set_name("张三");
  ticket.mutable_ticket()->mutable_reporter()->set_phone("13800138000");
  ticket.mutable_ticket()->mutable_reporter()->set_unit(
      "sites/hx/units/3-2-501");
  ticket.mutable_ticket()->set_subject("卫生间漏水");
  auto created = As("wang.li", tickets_.get(),
                    &v1::TicketService::Stub::CreateTicket, ticket);
  ASSERT_TRUE(Ok(created.status));
  clock_->Advance(absl::Hours(48));

  v1::CreateKeyRequest key;
  key.set_parent("sites/hx");
  key.mutable_key()->set_tag("KEY-0012");
  key.mutable_key()->set_kind(v1::Key::VACANT_UNIT);
  key.mutable_key()->set_unit("sites/hx/units/3-2-501");
  key.mutable_key()->set_storage_slot("A-03");
  key.mutable_key()->add_authorized_borrowers()->set_staff("staff/zhang.gong");
  auto made =
      As("boss", visitors_.get(), &v1::VisitorService::Stub::CreateKey, key);
  ASSERT_TRUE(Ok(made.status));
  v1::LendKeyRequest lend;
  lend.set_name(made.value.name());
  lend.mutable_borrower()->set_staff("staff/zhang.gong");
  lend.set_purpose("空置房检修");
  *lend.mutable_due_time() = Ts(clock_->Now() + absl::Hours(2));
  ASSERT_TRUE(Ok(
      As("wang.li", visitors_.get(), &v1::VisitorService::Stub::LendKey, lend)
          .status));

  v1::CheckInVisitorRequest visit;
  visit.set_parent("sites/hx");
  visit.mutable_visit()->mutable_visitor()->set_display_name("李强");
  visit.mutable_visit()->mutable_visitor()->set_phone("13900001111");
  visit.mutable_visit()->mutable_visitor()->mutable_document()->set_type(
      v1::IdentityDocument::ID_CARD);
  visit.mutable_visit()->mutable_visitor()->mutable_document()->set_number(
      "110101199003071233");
  visit.mutable_visit()->mutable_host()->set_unit("sites/hx/units/3-2-501");
  visit.mutable_visit()->set_purpose(v1::Visit::VISIT_RESIDENT);
  *visit.mutable_visit()->mutable_expected_departure_time() =
      Ts(clock_->Now() + absl::Hours(3));
  auto visited = As("wang.li", visitors_.get(),
                    &v1::VisitorService::Stub::CheckInVisitor, visit);
  ASSERT_TRUE(Ok(visited.status));

  Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
       clock_->Now() - absl::Hours(1));
  auto opened = Open("wang.li", {Written("601 漏水待复查", true)});
  ASSERT_TRUE(Ok(opened.status));
  const Handover& h = opened.value;
  EXPECT_EQ(h.name(), HandoverOfDay());
  EXPECT_EQ(h.status(), Handover::DRAFT);
  EXPECT_EQ(h.written_by(), "staff/wang.li");
  EXPECT_TRUE(absl::EndsWith(h.incoming_shift(), "-night"))
      << h.incoming_shift();
  std::map<std::string, HandoverItem::Source> sources;
  for (const auto& item : h.items()) {
    sources[item.resource()] = item.source();
    // No resident's or visitor's name or phone is copied into the record.
    EXPECT_FALSE(absl::StrContains(item.description(), "张三"));
    EXPECT_FALSE(absl::StrContains(item.description(), "李强"));
    EXPECT_FALSE(absl::StrContains(item.description(), "138"));
    EXPECT_FALSE(absl::StrContains(item.description(), "139"));
    EXPECT_FALSE(absl::StrContains(item.description(), "1101011990"));
  }
  EXPECT_EQ(sources[created.value.name()], HandoverItem::OVERDUE_TICKET);
  EXPECT_EQ(sources[made.value.name()], HandoverItem::KEY_OUT);
  EXPECT_EQ(sources[visited.value.name()], HandoverItem::VISITOR_ON_PREMISES);
  // Written items come after the pulled-in ones, numbered on.
  ASSERT_EQ(h.items_size(), 4);
  EXPECT_EQ(h.items(3).source(), HandoverItem::WRITTEN);
  EXPECT_EQ(h.items(3).id(), 4);
  EXPECT_TRUE(h.items(3).significant());

  // One handover per shift.
  EXPECT_EQ(Open("wang.li").status.error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
}

TEST_P(HandoverTest, ReceptionistNotOnDutyCannotOpen) {
  EXPECT_TRUE(Precondition(Open("idle").status, "NOT_ON_DUTY"));
  Duty("idle", "day", v1::DutyAssignment::SCHEDULED);  // not clocked in
  EXPECT_TRUE(Precondition(Open("idle").status, "NOT_ON_DUTY"));
  EXPECT_TRUE(Listed("zhao.min", "").empty());
  // Maintenance reads nothing of it and writes nothing.
  EXPECT_TRUE(Denied(Open("zhang.gong").status));
}

TEST_P(HandoverTest, SignificantItemBlocksAcceptanceUntilConsented) {
  SetChecklist();
  const auto outgoing = Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
                             clock_->Now() - absl::Hours(1));
  auto opened = Open(
      "wang.li", {Written("601 漏水待复查", true), Written("快递柜满", false)});
  ASSERT_TRUE(Ok(opened.status));
  // Not yet submitted: nothing to accept.
  const auto incoming =
      Duty("chen.jie", "night", v1::DutyAssignment::ON_DUTY, clock_->Now());
  v1::AcceptHandoverRequest accept = AcceptAll(opened.value);
  EXPECT_TRUE(Precondition(
      As("chen.jie", roster_.get(), &Roster::AcceptHandover, accept).status,
      "HANDOVER_WRONG_STATE"));
  ASSERT_TRUE(Ok(Submit("wang.li").status));
  // Frozen once submitted.
  v1::UpdateHandoverRequest edit;
  edit.mutable_handover()->set_name(HandoverOfDay());
  edit.mutable_handover()->set_duty_log("改");
  edit.mutable_update_mask()->add_paths("duty_log");
  EXPECT_TRUE(Precondition(
      As("wang.li", roster_.get(), &Roster::UpdateHandover, edit).status,
      "HANDOVER_WRONG_STATE"));

  v1::InventoryCount* count = accept.add_inventory_counts();
  count->set_item_id("radio");
  count->set_counted(6);
  // The outgoing receptionist is not on the incoming shift.
  EXPECT_TRUE(Precondition(
      As("wang.li", roster_.get(), &Roster::AcceptHandover, accept).status,
      "NOT_CLOCKED_IN"));
  auto blocked = As("chen.jie", roster_.get(), &Roster::AcceptHandover, accept);
  EXPECT_TRUE(Precondition(blocked.status, "SIGNIFICANT_ITEM_NOT_CONSENTED"));
  EXPECT_EQ(InfoOf(blocked.status).metadata().at("item_ids"), "1");
  EXPECT_EQ(Reread(outgoing).status, v1::DutyAssignment::ON_DUTY);

  // A receptionist cannot consent; a supervisor can.
  EXPECT_TRUE(Denied(Consent("chen.jie", 1).status));
  auto consented = Consent("zhao.min", 1);
  ASSERT_TRUE(Ok(consented.status));
  EXPECT_EQ(consented.value.items(0).consented_by(), "staff/zhao.min");

  auto accepted =
      As("chen.jie", roster_.get(), &Roster::AcceptHandover, accept);
  ASSERT_TRUE(Ok(accepted.status));
  EXPECT_EQ(accepted.value.status(), Handover::ACCEPTED);
  EXPECT_EQ(accepted.value.accepted_by(), "staff/chen.jie");
  EXPECT_EQ(At(accepted.value.incoming_clock_in_time()),
            FromMicros(incoming.clock_in_us));
  // Clocked in at 09:00, the night shift starts 20:00: early.
  EXPECT_TRUE(accepted.value.incoming_arrived_early());
  EXPECT_FALSE(accepted.value.inventory_discrepancy());
  for (const auto& item : accepted.value.items()) {
    EXPECT_TRUE(item.acknowledged());
    EXPECT_EQ(item.disposition(), HandoverItem::PASSED_ON);
  }
  // The relief took over: the outgoing duty is RELIEVED.
  EXPECT_EQ(Reread(outgoing).status, v1::DutyAssignment::RELIEVED);
  EXPECT_EQ(Reread(incoming).status, v1::DutyAssignment::ON_DUTY);
}

TEST_P(HandoverTest, InventoryCountsRequiredAndDiscrepancyRecorded) {
  SetChecklist();
  Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
       clock_->Now() - absl::Hours(1));
  auto opened = Open("wang.li", {Written("快递柜满", false)});
  ASSERT_TRUE(Ok(opened.status));
  ASSERT_TRUE(Ok(Submit("wang.li").status));
  // Clocked in at 19:58: after the 5-minute lead.
  const absl::Time night_start =
      absl::FromCivil(absl::CivilSecond(Today().year(), Today().month(),
                                        Today().day(), 20, 0, 0),
                      Shanghai());
  Duty("chen.jie", "night", v1::DutyAssignment::ON_DUTY,
       night_start - absl::Minutes(2));
  v1::AcceptHandoverRequest accept = AcceptAll(opened.value);
  // Every item must be checked.
  v1::AcceptHandoverRequest partial = accept;
  partial.clear_acknowledged_item_ids();
  auto refused =
      As("chen.jie", roster_.get(), &Roster::AcceptHandover, partial);
  EXPECT_TRUE(InvalidNaming(refused.status, "acknowledged_item_ids"));
  EXPECT_TRUE(InvalidNaming(refused.status, "inventory_counts"));
  // A difference needs a note.
  v1::InventoryCount* count = accept.add_inventory_counts();
  count->set_item_id("radio");
  count->set_counted(5);
  EXPECT_TRUE(InvalidNaming(
      As("chen.jie", roster_.get(), &Roster::AcceptHandover, accept).status,
      "inventory_counts[0].note"));
  count->set_note("2号对讲机送修");
  auto accepted =
      As("chen.jie", roster_.get(), &Roster::AcceptHandover, accept);
  ASSERT_TRUE(Ok(accepted.status));
  EXPECT_TRUE(accepted.value.inventory_discrepancy());
  ASSERT_EQ(accepted.value.inventory_counts_size(), 1);
  EXPECT_EQ(accepted.value.inventory_counts(0).display_name(), "对讲机");
  EXPECT_EQ(accepted.value.inventory_counts(0).expected_count(), 6);
  EXPECT_EQ(accepted.value.inventory_counts(0).counted(), 5);
  EXPECT_EQ(accepted.value.inventory_counts(0).note(), "2号对讲机送修");
  EXPECT_FALSE(accepted.value.incoming_arrived_early());
  // Read back as stored.
  v1::GetHandoverRequest get;
  get.set_name(HandoverOfDay());
  auto got = As("zhang.gong", roster_.get(), &Roster::GetHandover, get);
  ASSERT_TRUE(Ok(got.status));
  EXPECT_TRUE(got.value.inventory_discrepancy());
  EXPECT_EQ(Listed("zhao.min", "incoming_arrived_early = false"),
            std::vector<std::string>{HandoverOfDay()});
}

TEST_P(HandoverTest, SupervisorReleasesWithAReason) {
  const auto outgoing = Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
                             clock_->Now() - absl::Hours(1));
  v1::ReleaseFromDutyRequest req;
  req.set_name(outgoing.name());
  req.set_reason("发烧, 主管批准先行离岗");
  EXPECT_TRUE(Denied(
      As("chen.jie", roster_.get(), &Roster::ReleaseFromDuty, req).status));
  EXPECT_TRUE(Denied(
      As("lz.sup", roster_.get(), &Roster::ReleaseFromDuty, req).status));
  v1::ReleaseFromDutyRequest no_reason = req;
  no_reason.clear_reason();
  EXPECT_TRUE(InvalidNaming(
      As("zhao.min", roster_.get(), &Roster::ReleaseFromDuty, no_reason).status,
      "reason"));
  EXPECT_EQ(Reread(outgoing).status, v1::DutyAssignment::ON_DUTY);

  auto released = As("zhao.min", roster_.get(), &Roster::ReleaseFromDuty, req);
  ASSERT_TRUE(Ok(released.status));
  EXPECT_EQ(released.value.status(), v1::DutyAssignment::RELIEVED);
  EXPECT_EQ(released.value.released_by(), "staff/zhao.min");
  EXPECT_EQ(released.value.release_reason(), "发烧, 主管批准先行离岗");
  EXPECT_EQ(At(released.value.release_time()), clock_->Now());
  const auto stored = Reread(outgoing);
  EXPECT_EQ(stored.status, v1::DutyAssignment::RELIEVED);
  EXPECT_EQ(stored.released_by, "zhao.min");
  // Once only: the person is no longer on duty.
  EXPECT_TRUE(Precondition(
      As("zhao.min", roster_.get(), &Roster::ReleaseFromDuty, req).status,
      "NOT_ON_DUTY"));
}

TEST_P(HandoverTest, ReleaseRefusedOnceTheHandoverIsAccepted) {
  const auto outgoing = Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
                             clock_->Now() - absl::Hours(1));
  // A second receptionist on the outgoing shift who has not clocked in is
  // not relieved by the acceptance and cannot be released either.
  const auto late = Duty("idle", "day", v1::DutyAssignment::SCHEDULED);
  auto opened = Open("wang.li");
  ASSERT_TRUE(Ok(opened.status));
  ASSERT_TRUE(Ok(Submit("wang.li").status));
  Duty("chen.jie", "night", v1::DutyAssignment::ON_DUTY, clock_->Now());
  ASSERT_TRUE(Ok(As("chen.jie", roster_.get(), &Roster::AcceptHandover,
                    AcceptAll(opened.value))
                     .status));
  EXPECT_EQ(Reread(late).status, v1::DutyAssignment::SCHEDULED);
  v1::ReleaseFromDutyRequest req;
  req.set_name(outgoing.name());
  req.set_reason("已交接");
  EXPECT_TRUE(Precondition(
      As("zhao.min", roster_.get(), &Roster::ReleaseFromDuty, req).status,
      "NOT_ON_DUTY"));
}

TEST_P(HandoverTest, SupervisorCountersignsNotTheWriter) {
  Duty("lead", "day", v1::DutyAssignment::ON_DUTY,
       clock_->Now() - absl::Hours(1));
  ASSERT_TRUE(Ok(Open("lead", {Written("601 漏水待复查", true)}).status));
  // Nor consents to passing on their own significant item.
  EXPECT_TRUE(Refused(Consent("lead", 1).status,
                      grpc::StatusCode::PERMISSION_DENIED, "SELF_APPROVAL"));
  // A draft is not countersigned.
  EXPECT_TRUE(
      Precondition(Countersign("zhao.min").status, "HANDOVER_WRONG_STATE"));
  ASSERT_TRUE(Ok(Submit("lead").status));
  EXPECT_EQ(Listed("zhao.min", "countersigned = false"),
            std::vector<std::string>{HandoverOfDay()});
  EXPECT_EQ(Listed("zhao.min", "countersigned = false", "sites/-"),
            std::vector<std::string>{HandoverOfDay()});
  // The writer, a supervisor too, cannot countersign their own record.
  EXPECT_TRUE(Refused(Countersign("lead").status,
                      grpc::StatusCode::PERMISSION_DENIED, "SELF_APPROVAL"));
  // A receptionist cannot countersign at all.
  EXPECT_TRUE(Denied(Countersign("wang.li").status));
  auto signed_ = Countersign("zhao.min");
  ASSERT_TRUE(Ok(signed_.status));
  EXPECT_EQ(signed_.value.countersigned_by(), "staff/zhao.min");
  EXPECT_EQ(signed_.value.countersign_comment(), "阅");
  EXPECT_EQ(At(signed_.value.countersign_time()), clock_->Now());
  EXPECT_TRUE(Listed("zhao.min", "countersigned = false").empty());
  EXPECT_EQ(Listed("zhao.min", "countersigned = true"),
            std::vector<std::string>{HandoverOfDay()});
  // Once only.
  EXPECT_TRUE(Precondition(Countersign("boss").status, "HANDOVER_WRONG_STATE"));
  // Another site's supervisor sees none of hx's records.
  EXPECT_TRUE(Listed("lz.sup", "countersigned = true", "sites/-").empty());
}

TEST_P(HandoverTest, DraftEditsKeepPulledInItemsAndNeedTheWriterOnDuty) {
  Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
       clock_->Now() - absl::Hours(1));
  auto opened = Open("wang.li", {Written("快递柜满", false)});
  ASSERT_TRUE(Ok(opened.status));
  v1::UpdateHandoverRequest edit;
  *edit.mutable_handover() = opened.value;
  edit.mutable_handover()->clear_items();
  *edit.mutable_handover()->add_items() = Written("新事项", true);
  edit.mutable_update_mask()->add_paths("items");
  EXPECT_TRUE(Precondition(
      As("chen.jie", roster_.get(), &Roster::UpdateHandover, edit).status,
      "NOT_ON_DUTY"));
  auto edited = As("wang.li", roster_.get(), &Roster::UpdateHandover, edit);
  ASSERT_TRUE(Ok(edited.status));
  ASSERT_EQ(edited.value.items_size(), 1);
  EXPECT_EQ(edited.value.items(0).description(), "新事项");
  EXPECT_EQ(edited.value.items(0).id(), 2);
  // A stale etag writes nothing.
  EXPECT_EQ(As("wang.li", roster_.get(), &Roster::UpdateHandover, edit)
                .status.error_code(),
            grpc::StatusCode::ABORTED);
}

TEST_P(HandoverTest, BadInputNamesTheField) {
  Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
       clock_->Now() - absl::Hours(1));
  EXPECT_TRUE(InvalidNaming(
      Open("wang.li", {}, "sites/hx/shifts/20261123-evening").status,
      "handover.outgoing_shift"));
  EXPECT_TRUE(
      InvalidNaming(Open("wang.li", {}, "sites/hx/shifts/20260230-day").status,
                    "handover.outgoing_shift"));
  EXPECT_TRUE(
      InvalidNaming(Open("wang.li", {}, "sites/lz/shifts/20261123-day").status,
                    "handover.outgoing_shift"));
  EXPECT_TRUE(InvalidNaming(Open("wang.li", {Written("", false)}).status,
                            "handover.items[0].description"));
  v1::GetHandoverRequest get;
  get.set_name("sites/hx/handovers/20261131-day");
  EXPECT_TRUE(InvalidNaming(
      As("wang.li", roster_.get(), &Roster::GetHandover, get).status, "name"));
  get.set_name("sites/hx/handovers/20261123-night");
  EXPECT_EQ(As("wang.li", roster_.get(), &Roster::GetHandover, get)
                .status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  v1::ListHandoversRequest list;
  list.set_parent("sites/hx");
  list.set_filter("countersigned = maybe");
  EXPECT_TRUE(InvalidNaming(
      As("wang.li", roster_.get(), &Roster::ListHandovers, list).status,
      "filter"));
  EXPECT_TRUE(Listed("zhao.min", "").empty());
}

TEST_P(HandoverTest, TwoReliefsAcceptingAtOnceTakeOverOnce) {
  const auto outgoing = Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
                             clock_->Now() - absl::Hours(1));
  auto opened = Open("wang.li", {Written("快递柜满", false)});
  ASSERT_TRUE(Ok(opened.status));
  ASSERT_TRUE(Ok(Submit("wang.li").status));
  Duty("chen.jie", "night", v1::DutyAssignment::ON_DUTY, clock_->Now());
  Duty("idle", "night", v1::DutyAssignment::ON_DUTY, clock_->Now());
  const v1::AcceptHandoverRequest accept = AcceptAll(opened.value);
  const std::vector<std::string> who = {"chen.jie", "idle"};
  std::vector<Reply<Handover>> replies(who.size());
  db::Gate gate;
  std::vector<std::thread> threads;
  for (size_t i = 0; i < who.size(); ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      replies[i] = As(who[i], roster_.get(), &Roster::AcceptHandover, accept);
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  int won = 0;
  for (const auto& r : replies) {
    if (r.status.ok()) {
      ++won;
    } else {
      EXPECT_TRUE(Precondition(r.status, "HANDOVER_WRONG_STATE") ||
                  r.status.error_code() == grpc::StatusCode::ABORTED)
          << Describe(r.status);
    }
  }
  EXPECT_EQ(won, 1);
  EXPECT_EQ(Reread(outgoing).status, v1::DutyAssignment::RELIEVED);
}

TEST_P(HandoverTest, ARetriedOpenWithItsRequestIdOpensOnce) {
  Duty("wang.li", "day", v1::DutyAssignment::ON_DUTY,
       clock_->Now() - absl::Hours(1));
  v1::CreateHandoverRequest req;
  req.set_parent("sites/hx");
  req.mutable_handover()->set_outgoing_shift(Day());
  req.set_request_id("open-1");
  auto first = As("wang.li", roster_.get(), &Roster::CreateHandover, req);
  ASSERT_TRUE(Ok(first.status));
  auto again = As("wang.li", roster_.get(), &Roster::CreateHandover, req);
  ASSERT_TRUE(Ok(again.status));
  EXPECT_EQ(again.value.etag(), first.value.etag());
  EXPECT_EQ(Listed("zhao.min", "").size(), 1u);
}

TEST_P(HandoverTest, ClockOutWaitsForTheAcceptedHandover) {
  // Through the API end to end: duties planned for tomorrow, clock-ins on
  // the server's clock, the handover, and only then the clock-out.
  auto assign = [&](const std::string& staff, const std::string& shift) {
    v1::CreateDutyAssignmentRequest req;
    req.set_parent(shift);
    req.mutable_duty_assignment()->set_staff("staff/" + staff);
    req.mutable_duty_assignment()->set_origin(v1::DutyAssignment::PLANNED);
    auto made =
        As("zhao.min", roster_.get(), &Roster::CreateDutyAssignment, req);
    EXPECT_TRUE(Ok(made.status));
    return made.value;
  };
  const auto outgoing = assign("wang.li", "sites/hx/shifts/20261124-day");
  assign("chen.jie", "sites/hx/shifts/20261124-night");
  auto clock = [&](const std::string& staff, bool in) {
    if (in) {
      v1::ClockInRequest req;
      req.set_site("sites/hx");
      return As(staff, roster_.get(), &Roster::ClockIn, req).status;
    }
    v1::ClockOutRequest req;
    req.set_site("sites/hx");
    return As(staff, roster_.get(), &Roster::ClockOut, req).status;
  };
  clock_->Advance(absl::Hours(22) + absl::Minutes(55));  // 11-24 07:55
  ASSERT_TRUE(Ok(clock("wang.li", true)));
  clock_->Advance(absl::Hours(11) + absl::Minutes(55));  // 19:50
  auto opened = Open("wang.li", {}, "sites/hx/shifts/20261124-day");
  ASSERT_TRUE(Ok(opened.status));
  v1::SubmitHandoverRequest submit;
  submit.set_name(opened.value.name());
  ASSERT_TRUE(
      Ok(As("wang.li", roster_.get(), &Roster::SubmitHandover, submit).status));
  EXPECT_TRUE(Precondition(clock("wang.li", false), "RELIEF_NOT_ON_DUTY"));
  ASSERT_TRUE(Ok(clock("chen.jie", true)));
  auto accepted = As("chen.jie", roster_.get(), &Roster::AcceptHandover,
                     AcceptAll(opened.value));
  ASSERT_TRUE(Ok(accepted.status));
  EXPECT_TRUE(accepted.value.incoming_arrived_early());  // 19:50 <= 19:55
  EXPECT_TRUE(Ok(clock("wang.li", false)));
  v1::ReleaseFromDutyRequest release;
  release.set_name(outgoing.name());
  release.set_reason("已下岗");
  EXPECT_TRUE(Precondition(
      As("zhao.min", roster_.get(), &Roster::ReleaseFromDuty, release).status,
      "NOT_ON_DUTY"));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(HandoverTest);

}  // namespace
}  // namespace frontdesk::testing
