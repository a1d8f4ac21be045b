// The escalation sweeper against both backends, with a fake clock: due steps
// happen once each, in order, and never twice even when two sweepers (as in
// two server processes, each with its own connection pool) race on one
// database.
#include "server/ticket/escalation_sweeper.h"

#include <soci/soci.h>

#include <memory>
#include <set>
#include <thread>
#include <vector>

#include "common/clock.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "db/migrator.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "db/ticket/escalation_store.h"
#include "db/ticket/ticket_store.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using db::Backend;

const absl::Time kStart = absl::FromUnixSeconds(1795400000);  // 2026-11-23

class EscalationSweeperTest : public db::StoreTestBase {
 protected:
  void SetUp() override {
    db::StoreTestBase::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(
        test_db_->db()
            .Transact([&](db::Tx& tx) {
              v1::Site site;
              site.set_display_name("华馨苑");
              site.set_time_zone("Asia/Shanghai");
              return db::CreateSite(tx, "hx", site, ToMicros(kStart)).status();
            })
            .ok());
  }

  // A NEW repair whose deadlines are the given instants.
  long long CreateTicket(absl::Time first_response_due,
                         absl::Time resolution_due) {
    v1::Ticket t;
    t.set_channel(v1::Ticket::PHONE);
    t.set_kind(v1::Ticket::REPAIR);
    t.mutable_reporter()->set_name("王芳");
    t.mutable_reporter()->set_phone("13800138000");
    t.set_subject("电梯停运");
    long long id = 0;
    EXPECT_TRUE(test_db_->db()
                    .Transact([&](db::Tx& tx) {
                      auto created =
                          db::CreateTicket(tx, db::TestDataProtector(), "hx", t,
                                           "admin", ToMicros(kStart),
                                           {ToMicros(first_response_due),
                                            ToMicros(resolution_due)});
                      if (!created.ok()) return created.status();
                      id = db::TicketId(*created);
                      return absl::OkStatus();
                    })
                    .ok());
    return id;
  }

  std::vector<v1::Escalation> Escalations() {
    return MustRead([&](db::Tx& tx) {
      return db::ListEscalations(tx, db::EscalationQuery{});
    });
  }

  long long EscalatedEvents(long long ticket_id) {
    long long n = 0;
    int type = v1::TicketEvent::ESCALATED;
    EXPECT_TRUE(test_db_->db()
                    .Read([&](db::Tx& tx) {
                      tx.sql << "SELECT COUNT(*) FROM ticket_events WHERE "
                                "ticket_id = :t AND type = :ty",
                          soci::use(ticket_id), soci::use(type), soci::into(n);
                      return absl::OkStatus();
                    })
                    .ok());
    return n;
  }
};

TEST_P(EscalationSweeperTest, NothingBeforeTheDeadline) {
  CreateTicket(kStart + absl::Hours(2), kStart + absl::Hours(72));
  FakeClock clock(kStart + absl::Hours(2));  // exactly at the deadline
  EscalationSweeper sweeper(test_db_->db(), clock, db::TestDataProtector());
  auto steps = sweeper.SweepOnce();
  ASSERT_TRUE(steps.ok()) << steps.status();
  EXPECT_EQ(*steps, 0);
  EXPECT_TRUE(Escalations().empty());
}

TEST_P(EscalationSweeperTest, SupervisorAtTheBreachThenManagerADayLater) {
  long long id =
      CreateTicket(kStart + absl::Hours(2), kStart + absl::Hours(72));
  FakeClock clock(kStart + absl::Hours(2) + absl::Minutes(1));
  EscalationSweeper sweeper(test_db_->db(), clock, db::TestDataProtector());
  ASSERT_EQ(*sweeper.SweepOnce(), 1);
  auto steps = Escalations();
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].level(), v1::ESCALATION_LEVEL_SUPERVISOR);
  EXPECT_TRUE(steps[0].automatic());
  EXPECT_TRUE(steps[0].actor().empty());
  // A second pass at the same time does nothing more.
  EXPECT_EQ(*sweeper.SweepOnce(), 0);
  clock.Advance(absl::Hours(24));
  ASSERT_EQ(*sweeper.SweepOnce(), 1);
  steps = Escalations();
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].level(), v1::ESCALATION_LEVEL_MANAGER);  // newest first
  EXPECT_EQ(EscalatedEvents(id), 2);
  // At the top of the chain the ticket is no longer a candidate.
  clock.Advance(absl::Hours(48));
  EXPECT_EQ(*sweeper.SweepOnce(), 0);
}

TEST_P(EscalationSweeperTest, LongOverdueGetsBothStepsInOrder) {
  long long id =
      CreateTicket(kStart + absl::Hours(2), kStart + absl::Hours(72));
  FakeClock clock(kStart + absl::Hours(30));
  EscalationSweeper sweeper(test_db_->db(), clock, db::TestDataProtector());
  ASSERT_EQ(*sweeper.SweepOnce(), 2);
  auto steps = Escalations();
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(EscalatedEvents(id), 2);
}

TEST_P(EscalationSweeperTest, TwoSweepersOnOneDatabaseEscalateExactlyOnce) {
  constexpr int kTickets = 20;
  for (int i = 0; i < kTickets; ++i) {
    CreateTicket(kStart + absl::Hours(2), kStart + absl::Hours(72));
  }
  // A second pool on the same database: what a second server process has.
  auto config = db::ParseDatabaseUrl("url", test_db_->url());
  ASSERT_TRUE(config.ok());
  db::Database other(*config, 8);
  FakeClock clock(kStart + absl::Hours(30));
  EscalationSweeper a(test_db_->db(), clock, db::TestDataProtector());
  EscalationSweeper b(other, clock, db::TestDataProtector());
  int steps_a = 0, steps_b = 0;
  std::thread ta([&] {
    for (int i = 0; i < 3; ++i) steps_a += a.SweepOnce().value_or(0);
  });
  std::thread tb([&] {
    for (int i = 0; i < 3; ++i) steps_b += b.SweepOnce().value_or(0);
  });
  ta.join();
  tb.join();
  other.Close();
  EXPECT_EQ(steps_a + steps_b, 2 * kTickets);
  auto steps = Escalations();
  EXPECT_EQ(steps.size(), static_cast<size_t>(2 * kTickets));
  std::set<std::pair<std::string, int>> distinct;
  for (const auto& e : steps) {
    std::string ticket = e.name().substr(0, e.name().find("/escalations/"));
    distinct.insert({ticket, e.level()});
  }
  EXPECT_EQ(distinct.size(), static_cast<size_t>(2 * kTickets));
}

TEST_P(EscalationSweeperTest, TheDatabaseRefusesASecondAutomaticStep) {
  long long id =
      CreateTicket(kStart + absl::Hours(2), kStart + absl::Hours(72));
  absl::Status second = test_db_->db().Transact([&](db::Tx& tx) {
    db::TicketRow row;
    row.id = id;
    row.site_id = "hx";
    auto first = db::InsertEscalation(tx, row, v1::ESCALATION_LEVEL_SUPERVISOR,
                                      true, "x", "", ToMicros(kStart));
    if (!first.ok()) return first.status();
    return db::InsertEscalation(tx, row, v1::ESCALATION_LEVEL_SUPERVISOR, true,
                                "x", "", ToMicros(kStart))
        .status();
  });
  EXPECT_EQ(second.code(), absl::StatusCode::kAlreadyExists) << second;
  EXPECT_TRUE(Escalations().empty());  // the whole transaction rolled back
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(EscalationSweeperTest);

}  // namespace
}  // namespace frontdesk
