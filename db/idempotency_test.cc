// Idempotent requests and concurrent creates against both backends: every
// TEST_P body runs on SQLite and on MariaDB (FRONTDESK_TEST_MYSQL, set by
// tests/with_mariadb.sh), each test on a fresh, migrated database.

#include <map>

#include "db/store_test_fixture.h"

namespace frontdesk::store_testing {
namespace {

// --- Idempotency -----------------------------------------------------------

constexpr char kCreateSite[] = "frontdesk.v1.DirectoryService/CreateSite";
constexpr char kCaller[] = "staff/wang.li";

TEST_P(StoreTest, IdempotentRetryReplaysTheFirstResponse) {
  int runs = 0;
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    ++runs;
    v1::Site site;
    site.set_display_name(absl::StrCat("第", runs, "次"));
    site.set_time_zone("Asia/Shanghai");
    auto created = db::CreateSite(tx, "hx", site, Now() + runs);
    if (!created.ok()) return created.status();
    return created->SerializeAsString();
  };
  const std::string sha = Sha256Hex("request-1");
  auto first = db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                                 kCreateSite, "req-1", sha, Now(), mutate);
  ASSERT_TRUE(first.ok()) << first.status();
  auto second =
      db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                        kCreateSite, "req-1", sha, Now() + kSecondUs, mutate);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(*second, *first);
  v1::Site replayed;
  ASSERT_TRUE(replayed.ParseFromString(*second));
  EXPECT_EQ(replayed.display_name(), "第1次");
  EXPECT_EQ(Count("sites"), 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);

  // The same id under another method is another request.
  int other_runs = 0;
  auto other = db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                                 "frontdesk.v1.DirectoryService/CreateUnit",
                                 "req-1", sha, Now(),
                                 [&](db::Tx&) -> absl::StatusOr<std::string> {
                                   ++other_runs;
                                   return std::string("other");
                                 });
  ASSERT_TRUE(other.ok()) << other.status();
  EXPECT_EQ(*other, "other");
  EXPECT_EQ(other_runs, 1);
}

TEST_P(StoreTest, RequestIdsAreScopedToTheCaller) {
  // The same request_id from two callers is two requests: each runs once,
  // each gets its own response, and neither can take or replay the other's.
  std::map<std::string, int> runs;
  auto run = [&](const std::string& caller, const std::string& sha) {
    return db::RunIdempotent(database(), db::TestDataProtector(), caller,
                             kCreateSite, "req-shared", sha, Now(),
                             [&](db::Tx&) -> absl::StatusOr<std::string> {
                               ++runs[caller];
                               return absl::StrCat("made for ", caller);
                             });
  };
  auto a = run("staff/a", Sha256Hex("a's request"));
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(*a, "made for staff/a");
  // B uses A's id with another body: not REQUEST_ID_REUSED, a new request.
  auto b = run("staff/b", Sha256Hex("b's request"));
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(*b, "made for staff/b");
  // B uses A's id with A's very body: still B's own request, not A's reply.
  auto c = run("staff/c", Sha256Hex("a's request"));
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(*c, "made for staff/c");
  EXPECT_EQ(Count("idempotency_keys"), 3);

  // Each caller's retry replays their own response and runs nothing.
  auto a_again = run("staff/a", Sha256Hex("a's request"));
  ASSERT_TRUE(a_again.ok()) << a_again.status();
  EXPECT_EQ(*a_again, "made for staff/a");
  auto b_again = run("staff/b", Sha256Hex("b's request"));
  ASSERT_TRUE(b_again.ok()) << b_again.status();
  EXPECT_EQ(*b_again, "made for staff/b");
  EXPECT_EQ(runs, (std::map<std::string, int>{
                      {"staff/a", 1}, {"staff/b", 1}, {"staff/c", 1}}));
  // ... and a caller reusing their own id for another body is still refused.
  auto reused = run("staff/a", Sha256Hex("b's request"));
  EXPECT_EQ(ErrorReason(reused.status()), "REQUEST_ID_REUSED");
  EXPECT_EQ(Count("idempotency_keys"), 3);
}

TEST_P(StoreTest, ConcurrentFirstAttemptsOfTwoCallersWithOneIdBothRun) {
  // Many threads, two callers, one request_id: each caller's request runs
  // exactly once, and every thread gets its own caller's response.
  constexpr int kThreads = 8;
  std::vector<absl::StatusOr<std::string>> results(
      kThreads, absl::UnknownError("not run"));
  std::mutex mu;
  std::map<std::string, int> runs;
  Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      const std::string caller = i % 2 == 0 ? "staff/a" : "staff/b";
      gate.Wait();
      results[i] =
          db::RunIdempotent(database(), db::TestDataProtector(), caller,
                            kCreateSite, "req-race", Sha256Hex("same body"),
                            Now(), [&](db::Tx&) -> absl::StatusOr<std::string> {
                              std::lock_guard<std::mutex> lock(mu);
                              ++runs[caller];
                              return caller;
                            });
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  for (int i = 0; i < kThreads; ++i) {
    ASSERT_TRUE(results[i].ok()) << i << ": " << results[i].status();
    EXPECT_EQ(*results[i], i % 2 == 0 ? "staff/a" : "staff/b") << i;
  }
  EXPECT_EQ(Count("idempotency_keys"), 2);
}

TEST_P(StoreTest, PresentRunsInTheTransactionOfAFreshCallAndOfAReplay) {
  // What a caller is shown (and what showing it writes) is decided per
  // call, in its transaction, for the first answer and for its replays
  // alike; a failure to show rolls the whole call back.
  MakeSite("hx");
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    auto t = db::CreateTicket(tx, db::TestDataProtector(), "hx",
                              NewTicket("展示"), kActor, Now());
    if (!t.ok()) return t.status();
    return std::string("ticket");
  };
  std::vector<std::string> shown;
  auto present = [&](db::Tx& tx, const std::string& response) {
    shown.push_back(response);
    // A write that commits with the call (as an access-log entry does).
    tx.sql << "INSERT INTO sealing_backlog (table_name) VALUES ('shown"
           << shown.size() << "')";
    return absl::OkStatus();
  };
  const std::string sha = Sha256Hex("present");
  ASSERT_TRUE(db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                                kCreateSite, "req-p", sha, Now(), mutate,
                                present)
                  .ok());
  ASSERT_TRUE(db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                                kCreateSite, "req-p", sha, Now(), mutate,
                                present)
                  .ok());
  EXPECT_EQ(shown, (std::vector<std::string>{"ticket", "ticket"}));
  EXPECT_EQ(Count("tickets"), 1);
  long long written = -1;
  MustWrite([&](db::Tx& tx) {
    tx.sql << "SELECT COUNT(*) FROM sealing_backlog WHERE table_name LIKE"
              " 'shown%'",
        soci::into(written);
  });
  EXPECT_EQ(written, 2);

  // Showing fails: nothing of the call stays, no record either.
  auto refused = db::RunIdempotent(
      database(), db::TestDataProtector(), kCaller, kCreateSite, "req-q", sha,
      Now(), mutate, [](db::Tx&, const std::string&) {
        return absl::UnavailableError("the access log cannot be written");
      });
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(Count("tickets"), 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);
}

TEST_P(StoreTest, IdempotencyRecordsPastTheirTimeArePurgedInBatches) {
  auto record = [&](const std::string& id, long long at) {
    return db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                             kCreateSite, id, Sha256Hex(id), at,
                             [&](db::Tx&) -> absl::StatusOr<std::string> {
                               return std::string("done");
                             });
  };
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(record(absl::StrCat("old-", i), Now() + i).ok());
  }
  ASSERT_TRUE(record("new", Now() + kSecondUs * 3600).ok());
  const long long cutoff = Now() + kSecondUs;
  auto first = Write(
      [&](db::Tx& tx) { return db::PurgeIdempotencyRecords(tx, cutoff, 3); });
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, 3);
  EXPECT_EQ(*Write([&](db::Tx& tx) {
    return db::PurgeIdempotencyRecords(tx, cutoff, 3);
  }),
            2);
  EXPECT_EQ(*Write([&](db::Tx& tx) {
    return db::PurgeIdempotencyRecords(tx, cutoff, 3);
  }),
            0);
  EXPECT_EQ(Count("idempotency_keys"), 1);  // the recent one stays
}

TEST_P(StoreTest, IdempotentReuseForAnotherRequestIsInvalidArgument) {
  int runs = 0;
  auto mutate = [&](db::Tx&) -> absl::StatusOr<std::string> {
    ++runs;
    return std::string("\x00\x01 binary response", 18);
  };
  auto first =
      db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                        kCreateSite, "req-1", Sha256Hex("a"), Now(), mutate);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, std::string("\x00\x01 binary response", 18));
  auto reused =
      db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                        kCreateSite, "req-1", Sha256Hex("b"), Now(), mutate);
  EXPECT_EQ(reused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(reused.status()), "REQUEST_ID_REUSED");
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);
}

TEST_P(StoreTest, IdempotentEmptyRequestIdRunsEveryTime) {
  MakeSite("hx");
  int runs = 0;
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    ++runs;
    auto t = db::CreateTicket(tx, db::TestDataProtector(), "hx",
                              NewTicket("无请求号"), kActor, Now());
    if (!t.ok()) return t.status();
    return t->SerializeAsString();
  };
  auto first =
      db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                        "CreateTicket", "", Sha256Hex("x"), Now(), mutate);
  auto second =
      db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                        "CreateTicket", "", Sha256Hex("x"), Now(), mutate);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(runs, 2);
  EXPECT_NE(*first, *second);
  EXPECT_EQ(Count("tickets"), 2);
  EXPECT_EQ(Count("idempotency_keys"), 0);
}

TEST_P(StoreTest, IdempotentFailureRecordsNothingAndARetryRunsAgain) {
  int runs = 0;
  bool fail = true;
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    ++runs;
    v1::Site site;
    site.set_display_name("华轩花园");
    site.set_time_zone("Asia/Shanghai");
    auto created = db::CreateSite(tx, "hx", site, Now());
    if (!created.ok()) return created.status();
    // The site row is written before the failure; it must be rolled back.
    if (fail) {
      return Error(absl::StatusCode::kFailedPrecondition, "TEST_FAILURE",
                   "failing on purpose");
    }
    return created->SerializeAsString();
  };
  const std::string sha = Sha256Hex("create hx");
  auto failed = db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                                  kCreateSite, "req-1", sha, Now(), mutate);
  EXPECT_EQ(failed.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(failed.status()), "TEST_FAILURE");
  EXPECT_EQ(Count("sites"), 0);
  EXPECT_EQ(Count("idempotency_keys"), 0);

  fail = false;
  auto retried = db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                                   kCreateSite, "req-1", sha, Now(), mutate);
  ASSERT_TRUE(retried.ok()) << retried.status();
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(Count("sites"), 1);

  auto replayed =
      db::RunIdempotent(database(), db::TestDataProtector(), kCaller,
                        kCreateSite, "req-1", sha, Now(), mutate);
  ASSERT_TRUE(replayed.ok()) << replayed.status();
  EXPECT_EQ(*replayed, *retried);
  EXPECT_EQ(runs, 2);
}

// --- Concurrency -----------------------------------------------------------

TEST_P(StoreTest, ConcurrentRetriesOfOneRequestCreateOneTicket) {
  MakeSite("hx");
  constexpr int kThreads = 16;
  const std::string sha = Sha256Hex("one request");
  std::vector<absl::StatusOr<std::string>> results(
      kThreads, absl::UnknownError("not run"));
  Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      results[i] = db::RunIdempotent(
          database(), db::TestDataProtector(), kCaller,
          "frontdesk.v1.TicketService/CreateTicket", "req-same", sha, Now(),
          [&](db::Tx& tx) -> absl::StatusOr<std::string> {
            auto t = db::CreateTicket(tx, db::TestDataProtector(), "hx",
                                      NewTicket("并发重试"), kActor, Now());
            if (!t.ok()) return t.status();
            return t->SerializeAsString();
          });
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();

  for (int i = 0; i < kThreads; ++i) {
    ASSERT_TRUE(results[i].ok())
        << "thread " << i << ": " << results[i].status();
  }
  for (int i = 1; i < kThreads; ++i) {
    EXPECT_EQ(*results[i], *results[0]) << "thread " << i;
  }
  v1::Ticket ticket;
  ASSERT_TRUE(ticket.ParseFromString(*results[0]));
  EXPECT_EQ(ticket.number(), "HX-20261123-0001");
  EXPECT_EQ(ListNumbers("", ""),
            (std::vector<std::string>{"HX-20261123-0001"}));
  EXPECT_EQ(Count("tickets"), 1);
  EXPECT_EQ(Count("ticket_events"), 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);
  // The losers' rolled-back allocations used no numbers up.
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("next"), Now()).number(),
            "HX-20261123-0002");
}

TEST_P(StoreTest, ConcurrentCreatesGetDistinctConsecutiveNumbers) {
  MakeSite("hx");
  constexpr int kThreads = 16;
  constexpr int kPerThread = 10;
  std::mutex mu;
  std::vector<std::string> numbers;
  std::vector<absl::Status> failures;
  Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      for (int j = 0; j < kPerThread; ++j) {
        auto response = db::RunIdempotent(
            database(), db::TestDataProtector(), kCaller,
            "frontdesk.v1.TicketService/CreateTicket", "",
            Sha256Hex(absl::StrCat(i, "/", j)), Now(),
            [&](db::Tx& tx) -> absl::StatusOr<std::string> {
              auto t = db::CreateTicket(tx, db::TestDataProtector(), "hx",
                                        NewTicket(absl::StrCat(i, "/", j)),
                                        kActor, Now());
              if (!t.ok()) return t.status();
              return t->number();
            });
        std::lock_guard<std::mutex> lock(mu);
        if (response.ok()) {
          numbers.push_back(*response);
        } else {
          failures.push_back(response.status());
        }
      }
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();

  for (const auto& f : failures) ADD_FAILURE() << f;
  ASSERT_EQ(numbers.size(), static_cast<size_t>(kThreads * kPerThread));
  std::set<std::string> distinct(numbers.begin(), numbers.end());
  EXPECT_EQ(distinct.size(), numbers.size());
  std::set<int64_t> sequences;
  for (const auto& n : numbers) {
    auto parsed = ParseTicketNumber("number", n);
    ASSERT_TRUE(parsed.ok()) << n;
    EXPECT_EQ(parsed->site_id, "hx");
    EXPECT_EQ(parsed->date_key, 20261123);
    sequences.insert(parsed->sequence);
  }
  std::set<int64_t> expected;
  for (int s = 1; s <= kThreads * kPerThread; ++s) expected.insert(s);
  EXPECT_EQ(sequences, expected);
  EXPECT_EQ(Count("tickets"), kThreads * kPerThread);
  EXPECT_EQ(Count("ticket_events"), kThreads * kPerThread);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(StoreTest);

}  // namespace
}  // namespace frontdesk::store_testing
