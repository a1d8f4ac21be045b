// SealLegacyPersonalData on both backends: rows written before their
// columns were sealed (simulated by writing clear values back into a row,
// as a database migrated from before 0011 holds them) are sealed once, in
// batches, and read back as they were [T-REPORTER-SEALED].
#include "db/legacy_sealing.h"

#include <thread>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "db/idempotency.h"
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
  EXPECT_EQ(Backlog(), (std::vector<std::string>{"idempotency_keys",
                                                 "ticket_events", "tickets"}));

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

TEST_P(LegacySealingTest,
       SealsTheReportersValuesInHistoryAndRecordedResponses) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("旧"), Now());
  // An UPDATED entry and a recorded response as written before 0012: the
  // old and new phone in clear in changes_json, the response base64.
  const std::string json =
      "{\"changes\":[{\"field\":\"reporter.phone\","
      "\"oldValue\":\"13800138000\",\"newValue\":\"13911112222\"},"
      "{\"field\":\"subject\",\"oldValue\":\"旧\","
      "\"newValue\":\"旧事\"}]}";
  const std::string response = t.SerializeAsString();
  MustWrite([&](db::Tx& tx) {
    long long id = db::TicketId(t), at = Now() + kSecondUs;
    std::string site = "hx", actor = kActor, empty;
    tx.sql << "INSERT INTO ticket_events (ticket_id, site_id, type, actor,"
              " create_time_us, changes_json, note) VALUES (:t, :s, 2, :a,"
              " :c, :j, :n)",
        soci::use(id), soci::use(site), soci::use(actor), soci::use(at),
        soci::use(json), soci::use(empty);
    std::string method = "CreateTicket", request = "old-1",
                sha = Sha256Hex("old-1"),
                encoded = absl::Base64Escape(response);
    tx.sql << "INSERT INTO idempotency_keys (method, request_id,"
              " request_sha256, response, create_time_us)"
              " VALUES (:m, :r, :h, :b, :c)",
        soci::use(method), soci::use(request), soci::use(sha),
        soci::use(encoded), soci::use(at);
  });
  EXPECT_TRUE(absl::StrContains(db::TextValuesOf(database(), "ticket_events"),
                                "13911112222"));

  auto counts =
      db::SealLegacyPersonalData(database(), db::TestDataProtector(), 1);
  ASSERT_TRUE(counts.ok()) << counts.status();
  EXPECT_EQ(counts->ticket_events, 1);  // the CREATED entry needed nothing
  EXPECT_EQ(counts->recorded_responses, 1);
  EXPECT_EQ(Backlog(), std::vector<std::string>{});

  const std::string history = db::TextValuesOf(database(), "ticket_events");
  for (const char* clear : {"13800138000", "13911112222"}) {
    EXPECT_FALSE(absl::StrContains(history, clear)) << history;
  }
  EXPECT_TRUE(absl::StrContains(history, "旧事"));  // the rest stays as it was
  const std::string records = db::TextValuesOf(database(), "idempotency_keys");
  EXPECT_TRUE(absl::StrContains(records, "v1:")) << records;
  EXPECT_FALSE(absl::StrContains(records, absl::Base64Escape(response)));

  // Read back as they were written.
  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  ASSERT_EQ(events->size(), 2u);
  const v1::TicketEvent& updated = (*events)[1];
  ASSERT_EQ(updated.changes_size(), 2);
  EXPECT_EQ(updated.changes(0).field(), "reporter.phone");
  EXPECT_EQ(updated.changes(0).old_value(), "13800138000");
  EXPECT_EQ(updated.changes(0).new_value(), "13911112222");
  EXPECT_EQ(updated.changes(1).new_value(), "旧事");
  int runs = 0;
  // (A record of before 0028 has no caller: "".)
  auto replayed = db::RunIdempotent(
      database(), db::TestDataProtector(), "", "CreateTicket", "old-1",
      Sha256Hex("old-1"), Now(), [&](db::Tx&) -> absl::StatusOr<std::string> {
        ++runs;
        return std::string("again");
      });
  ASSERT_TRUE(replayed.ok()) << replayed.status();
  EXPECT_EQ(*replayed, response);
  EXPECT_EQ(runs, 0);

  // The history stays append-only: a sealed entry is not sealed again.
  EXPECT_FALSE(
      db::ExecRaw(database(), "UPDATE ticket_events SET personal_sealed = 'x'")
          .ok());
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
