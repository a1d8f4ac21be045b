// The one translation of database failures (db/internal/sql_errors.h) and
// what Database::Transact does with it: the mapping of each backend's error,
// then a real duplicate key and a real deadlock provoked on the database and
// the retries Transact makes.
#include "db/internal/sql_errors.h"

#include <soci/mysql/soci-mysql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "absl/status/status.h"
#include "common/status.h"
#include "db/database.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "gtest/gtest.h"

namespace frontdesk::db {
namespace {

// --- The mapping ------------------------------------------------------------

TEST(SqlErrorsTest, MariaDbErrorsMapByNumber) {
  EXPECT_EQ(ClassifySqlFailure(soci::mysql_soci_error("deadlock", 1213)),
            SqlFailure::kContention);
  EXPECT_EQ(ClassifySqlFailure(soci::mysql_soci_error("lock wait", 1205)),
            SqlFailure::kContention);
  EXPECT_EQ(ClassifySqlFailure(soci::mysql_soci_error("dup", 1062)),
            SqlFailure::kDuplicate);
  for (int lost : {1040, 1053, 1927, 2002, 2003, 2005, 2006, 2013, 2055}) {
    EXPECT_EQ(ClassifySqlFailure(soci::mysql_soci_error("lost", lost)),
              SqlFailure::kConnection)
        << lost;
  }
  EXPECT_EQ(ClassifySqlFailure(soci::mysql_soci_error("syntax", 1064)),
            SqlFailure::kOther);
}

TEST(SqlErrorsTest, SqliteErrorsMapByResultCode) {
  EXPECT_EQ(ClassifySqlFailure(soci::sqlite3_soci_error("busy", 5)),
            SqlFailure::kContention);
  EXPECT_EQ(ClassifySqlFailure(soci::sqlite3_soci_error("locked", 6)),
            SqlFailure::kContention);
  // Extended codes carry the primary code in the low byte.
  EXPECT_EQ(ClassifySqlFailure(soci::sqlite3_soci_error("busy", 5 | (2 << 8))),
            SqlFailure::kContention);
  EXPECT_EQ(ClassifySqlFailure(soci::sqlite3_soci_error(
                "UNIQUE constraint failed: sites.id", 19)),
            SqlFailure::kDuplicate);
  EXPECT_EQ(ClassifySqlFailure(
                soci::sqlite3_soci_error("FOREIGN KEY constraint failed", 19)),
            SqlFailure::kOther);
  EXPECT_EQ(ClassifySqlFailure(soci::sqlite3_soci_error("cantopen", 14)),
            SqlFailure::kConnection);
}

TEST(SqlErrorsTest, OtherExceptionsAreOther) {
  EXPECT_EQ(ClassifySqlFailure(std::runtime_error("boom")), SqlFailure::kOther);
  EXPECT_EQ(ClassifySqlFailure(soci::soci_error("MySQL server has gone away")),
            SqlFailure::kConnection);
}

TEST(SqlErrorsTest, EachFailureHasItsStatus) {
  auto status = [](const std::exception& e) { return StatusFromException(e); };
  EXPECT_EQ(status(soci::mysql_soci_error("x", 2006)).code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(ErrorReason(status(soci::mysql_soci_error("x", 2006))),
            "DATABASE_UNAVAILABLE");
  EXPECT_EQ(status(soci::mysql_soci_error("x", 1062)).code(),
            absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(status(soci::mysql_soci_error("x", 1213)).code(),
            absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(status(soci::mysql_soci_error("x", 1213))),
            "DATABASE_CONTENTION");
  absl::Status other = status(std::runtime_error("SELECT secret FROM t"));
  EXPECT_EQ(other.code(), absl::StatusCode::kInternal);
  // The database's message (it may hold SQL or data) is not shown.
  EXPECT_EQ(other.message().find("secret"), absl::string_view::npos);
  EXPECT_TRUE(IsDuplicateKey(
      soci::sqlite3_soci_error("UNIQUE constraint failed: t.id", 19)));
  EXPECT_FALSE(IsDuplicateKey(soci::mysql_soci_error("x", 1213)));
}

// --- Through Transact, on both backends -------------------------------------

class SqlErrorsStoreTest : public StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(
        ExecRaw(database(), "CREATE TABLE probe (id INT PRIMARY KEY, n INT)")
            .ok());
    ASSERT_TRUE(
        ExecRaw(database(), "INSERT INTO probe (id, n) VALUES (1, 0), (2, 0)")
            .ok());
  }
};

TEST_P(SqlErrorsStoreTest, DuplicateKeyIsAlreadyExistsAndRollsBack) {
  absl::Status s = database().Transact([](Tx& tx) {
    tx.sql << "UPDATE probe SET n = 7 WHERE id = 2";
    tx.sql << "INSERT INTO probe (id, n) VALUES (1, 1)";
    return absl::OkStatus();
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kAlreadyExists) << s;
  int n = -1;
  ASSERT_TRUE(database()
                  .Read([&](Tx& tx) {
                    tx.sql << "SELECT n FROM probe WHERE id = 2", soci::into(n);
                    return absl::OkStatus();
                  })
                  .ok());
  EXPECT_EQ(n, 0);  // rolled back
}

TEST_P(SqlErrorsStoreTest, ContentionIsRetriedThenAborted) {
  int runs = 0;
  absl::Status s = database().Transact([&](Tx& tx) -> absl::Status {
    ++runs;
    tx.sql << "UPDATE probe SET n = n + 1 WHERE id = 1";
    throw soci::mysql_soci_error("Deadlock found", 1213);
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kAborted) << s;
  EXPECT_EQ(ErrorReason(s), "DATABASE_CONTENTION");
  EXPECT_EQ(runs, 4);
  EXPECT_EQ(Count("probe"), 2);

  // Contention that passes: the transaction runs again and commits once.
  runs = 0;
  s = database().Transact([&](Tx& tx) -> absl::Status {
    tx.sql << "UPDATE probe SET n = n + 1 WHERE id = 1";
    if (++runs == 1) throw soci::sqlite3_soci_error("database is locked", 5);
    return absl::OkStatus();
  });
  EXPECT_TRUE(s.ok()) << s;
  EXPECT_EQ(runs, 2);
  int n = -1;
  ASSERT_TRUE(database()
                  .Read([&](Tx& tx) {
                    tx.sql << "SELECT n FROM probe WHERE id = 1", soci::into(n);
                    return absl::OkStatus();
                  })
                  .ok());
  EXPECT_EQ(n, 1);
}

// Two transactions that lock two rows in opposite orders: MariaDB kills one
// as the deadlock victim and Transact runs it again, so both commit. (SQLite
// writers queue on BEGIN IMMEDIATE and cannot deadlock.)
TEST_P(SqlErrorsStoreTest, RealDeadlockIsRetriedAndBothCommit) {
  if (GetParam() != Backend::kMysql) {
    GTEST_SKIP() << "SQLite writers are serialized; no deadlock to provoke";
  }
  Gate first_locked, second_locked;
  std::atomic<int> runs{0};
  auto lock_in_order = [&](int first, int second, Gate& mine, Gate& theirs) {
    return database().Transact([&, first, second](Tx& tx) {
      bool first_run = runs.fetch_add(1) < 2;
      tx.sql << "UPDATE probe SET n = n + 1 WHERE id = :i", soci::use(first);
      if (first_run) {
        mine.Open();
        theirs.Wait();
      }
      tx.sql << "UPDATE probe SET n = n + 1 WHERE id = :i", soci::use(second);
      return absl::OkStatus();
    });
  };
  absl::Status a, b;
  std::thread ta([&] { a = lock_in_order(1, 2, first_locked, second_locked); });
  std::thread tb([&] { b = lock_in_order(2, 1, second_locked, first_locked); });
  ta.join();
  tb.join();
  EXPECT_TRUE(a.ok()) << a;
  EXPECT_TRUE(b.ok()) << b;
  EXPECT_GE(runs.load(), 3);  // one of them ran again
  int n1 = -1, n2 = -1;
  ASSERT_TRUE(database()
                  .Read([&](Tx& tx) {
                    tx.sql << "SELECT n FROM probe WHERE id = 1",
                        soci::into(n1);
                    tx.sql << "SELECT n FROM probe WHERE id = 2",
                        soci::into(n2);
                    return absl::OkStatus();
                  })
                  .ok());
  EXPECT_EQ(n1, 2);
  EXPECT_EQ(n2, 2);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(SqlErrorsStoreTest);

}  // namespace
}  // namespace frontdesk::db
