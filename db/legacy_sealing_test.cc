// SealLegacyPersonalData on both backends: rows written before their
// columns were sealed (simulated by writing clear values back into a row,
// as a database migrated from before 0011 holds them) are sealed once, in
// batches, and read back as they were [T-REPORTER-SEALED].
#include "db/legacy_sealing.h"

#include <thread>

#include "absl/strings/match.h"
#include "db/store_test_fixture.h"
#include "db/ticket/ticket_rows.h"

namespace frontdesk::store_testing {
namespace {

class LegacySealingTest : public StoreTest {
 protected:
  // Turns ticket `t`'s row back into what a database from before migration
  // 0011 holds: name and phone in clear, no blind index.
  void MakeClear(const v1::Ticket& t, const std::string& name,
                 const std::string& phone) {
    MustWrite([&](db::Tx& tx) {
      long long id = db::TicketId(t);
      tx.sql << "UPDATE tickets SET reporter_name_sealed = :n,"
                " reporter_phone_sealed = :p, reporter_phone_blind = NULL"
                " WHERE id = :id",
          soci::use(name), soci::use(phone), soci::use(id);
    });
  }

  std::string RawReporter(const v1::Ticket& t) {
    std::string name, phone;
    MustWrite([&](db::Tx& tx) {
      long long id = db::TicketId(t);
      tx.sql << "SELECT reporter_name_sealed, reporter_phone_sealed FROM"
                " tickets WHERE id = :id",
          soci::use(id), soci::into(name), soci::into(phone);
    });
    return name + "|" + phone;
  }

  std::vector<std::string> Backlog() {
    auto backlog = db::SealingBacklog(database());
    EXPECT_TRUE(backlog.ok()) << backlog.status();
    return backlog.ok() ? *backlog : std::vector<std::string>{"<error>"};
  }
};

TEST_P(LegacySealingTest, SealsClearReportersOnceInBatchesAndKeepsTickets) {
  MakeSite("hx");
  std::vector<v1::Ticket> legacy;
  for (int i = 0; i < 5; ++i) {
    legacy.push_back(MustCreateTicket("hx", NewTicket(absl::StrCat("旧", i)),
                                      Now() + i * kSecondUs));
    MakeClear(legacy.back(), absl::StrCat("李四", i),
              absl::StrCat("139-0013-900", i));
  }
  v1::Ticket sealed = MustCreateTicket("hx", NewTicket("新"), Now());
  const std::string sealed_before = RawReporter(sealed);
  EXPECT_TRUE(absl::StrContains(db::TextValuesOf(database(), "tickets"),
                                "139-0013-9003"));
  EXPECT_EQ(Backlog(), std::vector<std::string>{"tickets"});

  auto counts =
      db::SealLegacyPersonalData(database(), db::TestDataProtector(), 2);
  ASSERT_TRUE(counts.ok()) << counts.status();
  EXPECT_EQ(counts->tickets, 5);
  EXPECT_EQ(Backlog(), std::vector<std::string>{});

  const std::string raw = db::TextValuesOf(database(), "tickets");
  for (const char* clear : {"李四", "139-0013", "13900139"}) {
    EXPECT_FALSE(absl::StrContains(raw, clear)) << clear << " in " << raw;
  }
  EXPECT_EQ(RawReporter(sealed), sealed_before);  // already sealed: untouched
  for (int i = 0; i < 5; ++i) {
    auto got = Get("hx", db::TicketId(legacy[i]));
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->reporter().name(), absl::StrCat("李四", i));
    EXPECT_EQ(got->reporter().phone(), absl::StrCat("139-0013-900", i));
    EXPECT_EQ(got->etag(), legacy[i].etag());  // not a change of the ticket
    EXPECT_EQ(got->update_time().seconds(), legacy[i].update_time().seconds());
  }
  EXPECT_EQ(ListNumbers("hx", "reporter_phone = 13900139003"),
            std::vector<std::string>{legacy[3].number()});

  // Nothing left: a second pass (the next start) does nothing.
  auto again =
      db::SealLegacyPersonalData(database(), db::TestDataProtector(), 2);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->total(), 0);
  EXPECT_EQ(RawReporter(legacy[0]), RawReporter(legacy[0]));
}

TEST_P(LegacySealingTest, ServersStartingTogetherSealEveryRowOnce) {
  MakeSite("hx");
  std::vector<v1::Ticket> legacy;
  for (int i = 0; i < 30; ++i) {
    legacy.push_back(MustCreateTicket("hx", NewTicket("旧"), Now()));
    MakeClear(legacy.back(), "王五", absl::StrCat("1370013", 7000 + i));
  }
  Gate gate;
  std::vector<absl::Status> results(2);
  std::vector<std::thread> servers;
  for (int s = 0; s < 2; ++s) {
    servers.emplace_back([&, s] {
      gate.Wait();
      results[s] =
          db::SealLegacyPersonalData(database(), db::TestDataProtector(), 4)
              .status();
    });
  }
  gate.Open();
  for (auto& t : servers) t.join();
  for (const auto& r : results) EXPECT_TRUE(r.ok()) << r;
  EXPECT_EQ(Backlog(), std::vector<std::string>{});
  EXPECT_FALSE(
      absl::StrContains(db::TextValuesOf(database(), "tickets"), "王五"));
  for (int i = 0; i < 30; ++i) {
    auto got = Get("hx", db::TicketId(legacy[i]));
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->reporter().phone(), absl::StrCat("1370013", 7000 + i));
  }
}

TEST_P(LegacySealingTest, ABacklogThisServerCannotSealIsRefused) {
  ASSERT_TRUE(db::ExecRaw(database(),
                          "INSERT INTO sealing_backlog (table_name)"
                          " VALUES ('from_the_future')")
                  .ok());
  auto counts =
      db::SealLegacyPersonalData(database(), db::TestDataProtector(), 2);
  EXPECT_EQ(counts.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(counts.status()), "UNKNOWN_SEALING_BACKLOG");
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(LegacySealingTest);

}  // namespace
}  // namespace frontdesk::store_testing
