// The fixture of the ticket workflow store tests
// (ticket_workflow_store_test.cc, work_order_store_test.cc): StoreTestBase
// with two sites and helpers that make tickets and work orders. Test-only.
#ifndef FRONTDESK_DB_TICKET_TICKET_WORKFLOW_TEST_FIXTURE_H_
#define FRONTDESK_DB_TICKET_TICKET_WORKFLOW_TEST_FIXTURE_H_

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/database.h"
#include "db/directory/site_store.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "db/ticket/ticket_rows.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk::workflow_testing {

using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;

inline constexpr long long kSecondUs = 1000 * 1000;
inline constexpr long long kHourUs = 3600 * kSecondUs;
inline constexpr char kActor[] = "wang.li";

// 2026-11-23T01:00:00Z.
inline long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 23, 1, 0, 0),
                                  absl::UTCTimeZone()));
}

inline long long Micros(const google::protobuf::Timestamp& ts) {
  return TimeUtil::TimestampToMicroseconds(ts);
}

inline std::vector<long long> Ids(const std::vector<db::TicketRow>& rows) {
  std::vector<long long> out;
  for (const auto& r : rows) out.push_back(r.id);
  return out;
}

inline std::vector<long long> Ids(const std::vector<v1::Ticket>& tickets) {
  std::vector<long long> out;
  for (const auto& t : tickets) out.push_back(db::TicketId(t));
  return out;
}

inline std::vector<std::string> Names(
    const std::vector<v1::WorkOrder>& orders) {
  std::vector<std::string> out;
  for (const auto& o : orders) out.push_back(o.name());
  return out;
}

inline long long WorkOrderId(const v1::WorkOrder& order) {
  const std::string& name = order.name();
  return std::stoll(name.substr(name.rfind('/') + 1));
}

// The workflow columns of a row, for comparing two reads.
inline auto WorkflowColumns(const db::TicketRow& r) {
  return std::make_tuple(
      r.status, r.route, r.status_before_pending, r.callback_attempts,
      r.first_response_us, r.resolve_us, r.close_us, r.first_response_due_us,
      r.resolution_due_us, r.promised_us, r.callback_due_us, r.effective_due_us,
      r.paused_since_us, r.duplicate_of_id, r.resolution, r.assignee,
      r.plan_due_us, r.plan_met_us, r.notice_due_us, r.notice_met_us,
      r.plan_finish_us, r.plan_agree_us, r.plan_department, r.plan_agreed_by,
      r.plan_text, r.plan_recorded_by);
}

class TicketWorkflowStoreTest : public db::StoreTestBase {
 protected:
  void SetUp() override {
    db::StoreTestBase::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
  }

  void MakeSite(const std::string& site_id) {
    v1::Site site;
    site.set_name(SiteName(site_id));
    site.set_display_name("华轩花园");
    site.set_time_zone("Asia/Shanghai");
    absl::Status s = Write([&](db::Tx& tx) {
      return db::CreateSite(tx, site_id, site, Now()).status();
    });
    ASSERT_TRUE(s.ok()) << s;
  }

  // A NEW repair ticket of `site_id`; its row.
  db::TicketRow MakeTicket(const std::string& site_id = "hx",
                           long long now_us = Now()) {
    v1::Ticket t;
    t.set_channel(v1::Ticket::PHONE);
    t.set_kind(v1::Ticket::REPAIR);
    t.mutable_reporter()->set_name("张三");
    t.mutable_reporter()->set_phone("13800138000");
    t.set_subject("卫生间漏水");
    std::optional<v1::Ticket> created;
    absl::Status s = Write([&](db::Tx& tx) {
      auto c = db::CreateTicket(tx, db::TestDataProtector(), site_id, t, kActor,
                                now_us);
      if (!c.ok()) return c.status();
      created = *c;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    if (!created) return db::TicketRow();
    return Lock(site_id, db::TicketId(*created)).value_or(db::TicketRow());
  }

  absl::StatusOr<db::TicketRow> Lock(const TicketRef& ref) {
    absl::StatusOr<db::TicketRow> row;
    absl::Status s = Write([&](db::Tx& tx) {
      row = db::LockTicketRow(tx, ref);
      return absl::OkStatus();
    });
    if (!s.ok()) return s;
    return row;
  }

  absl::StatusOr<db::TicketRow> Lock(const std::string& site_id,
                                     long long ticket_id) {
    TicketRef ref;
    ref.site_id = site_id;
    ref.ticket_id = ticket_id;
    return Lock(ref);
  }

  absl::Status Save(const db::TicketRow& row, long long now_us) {
    return Write(
        [&](db::Tx& tx) { return db::SaveTicketWorkflow(tx, row, now_us); });
  }

  // Saves `row` with `change` applied; the row as read back.
  db::TicketRow Change(db::TicketRow row,
                       const std::function<void(db::TicketRow&)>& change) {
    change(row);
    absl::Status s = Save(row, Now());
    EXPECT_TRUE(s.ok()) << s;
    auto reread = Lock(row.site_id, row.id);
    EXPECT_TRUE(reread.ok()) << reread.status();
    return reread.ok() ? *reread : db::TicketRow();
  }

  absl::StatusOr<v1::WorkOrder> Insert(const db::TicketRow& ticket,
                                       const db::NewWorkOrder& order,
                                       long long now_us = Now()) {
    absl::StatusOr<v1::WorkOrder> inserted;
    absl::Status s = Write([&](db::Tx& tx) {
      inserted = db::InsertWorkOrder(tx, ticket, order, now_us);
      return inserted.status();
    });
    if (!s.ok()) return s;
    return inserted;
  }

  v1::WorkOrder MustInsert(const db::TicketRow& ticket,
                           std::optional<long long> promised_us,
                           const std::string& assignee = "staff/li.gong") {
    db::NewWorkOrder order;
    order.route = v1::REPAIR_ROUTE_OWN_MAINTENANCE;
    order.assignee = assignee;
    order.promised_us = promised_us;
    order.dispatched_by = kActor;
    auto inserted = Insert(ticket, order);
    EXPECT_TRUE(inserted.ok()) << inserted.status();
    return inserted.ok() ? *inserted : v1::WorkOrder();
  }

  db::WorkOrderRef RefOf(const db::TicketRow& ticket,
                         const v1::WorkOrder& order) {
    return db::WorkOrderRef{ticket.site_id, ticket.id, WorkOrderId(order)};
  }

  absl::StatusOr<v1::WorkOrder> GetOrder(const db::WorkOrderRef& ref) {
    return Read([&](db::Tx& tx) { return db::GetWorkOrder(tx, ref); });
  }

  // Marks the order COMPLETED at `complete_us`.
  void CompleteOrder(const db::TicketRow& ticket, v1::WorkOrder order,
                     long long complete_us) {
    order.set_state(v1::WorkOrder::COMPLETED);
    *order.mutable_complete_time() =
        TimeUtil::MicrosecondsToTimestamp(complete_us);
    order.set_work_done("done");
    absl::Status s = Write([&](db::Tx& tx) {
      return db::SaveWorkOrder(tx, RefOf(ticket, order), order);
    });
    ASSERT_TRUE(s.ok()) << s;
  }

  std::vector<v1::WorkOrder> ListOrders(const db::WorkOrderQuery& query,
                                        long long now_us = Now()) {
    return MustRead(
        [&](db::Tx& tx) { return db::ListWorkOrders(tx, query, now_us); });
  }
};

}  // namespace frontdesk::workflow_testing

#endif  // FRONTDESK_DB_TICKET_TICKET_WORKFLOW_TEST_FIXTURE_H_
