// Test support shared by the store tests: a fixture parameterized over both
// backends that opens a fresh, migrated database per test (skipping the
// MariaDB case only when FRONTDESK_TEST_MYSQL is unset — `make test` always
// sets it), helpers to run store calls in a transaction and to read the
// names a list call returns, a gate that lets
// threads start together without sleeping, and the one instantiation every
// backend-parameterized suite uses:
//
//   class MyStoreTest : public db::StoreTestBase {};
//   TEST_P(MyStoreTest, ...) { ... }
//   FRONTDESK_INSTANTIATE_BACKEND_TESTS(MyStoreTest);
#ifndef FRONTDESK_DB_STORE_TEST_BASE_H_
#define FRONTDESK_DB_STORE_TEST_BASE_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/testing.h"
#include "gtest/gtest.h"

namespace frontdesk::db {

// Names the backend in failure messages ("where GetParam() = SQLite").
void PrintTo(Backend backend, std::ostream* os);

// The number of rows of `table`, or -1 (and a test failure) on error.
long long CountRows(Database& db, const std::string& table);

// The backends every store test body runs on, and their names as test-name
// suffixes ("SQLite", "MariaDB").
inline ::testing::internal::ParamGenerator<Backend> AllBackends() {
  return ::testing::Values(Backend::kSqlite, Backend::kMysql);
}
std::string BackendTestName(const ::testing::TestParamInfo<Backend>& info);

// The value of `result`, or (with a test failure) T() when it is an error;
// anything else passes through. For store calls in tests that only care
// about the value.
template <typename T>
T MustValue(absl::StatusOr<T> result) {
  EXPECT_TRUE(result.ok()) << result.status();
  if (!result.ok()) return T();
  return *std::move(result);
}
template <typename T>
T MustValue(T value) {
  return value;
}

class StoreTestBase : public ::testing::TestWithParam<Backend> {
 protected:
  static constexpr int kPoolSize = 16;

  void SetUp() override {
    test_db_ = TestDatabase::Open(GetParam(), kPoolSize);
    if (test_db_ == nullptr) {
      GTEST_SKIP() << "FRONTDESK_TEST_MYSQL is not set; run the tests under "
                      "tests/with_mariadb.sh to cover MariaDB";
    }
  }

  Database& database() { return test_db_->db(); }

  // Runs `fn` (returning a Status or StatusOr) in a transaction, committed
  // when it succeeds; returns its result, or the transaction's failure.
  template <typename Fn>
  auto Write(Fn fn) -> decltype(fn(std::declval<Tx&>())) {
    using Result = decltype(fn(std::declval<Tx&>()));
    std::optional<Result> result;
    absl::Status status = database().Transact([&](Tx& tx) {
      result.emplace(fn(tx));
      return StatusOf(*result);
    });
    if (!status.ok()) return Result(status);
    return *std::move(result);
  }

  // Runs `fn` outside a transaction; returns its result, or the failure.
  template <typename Fn>
  auto Read(Fn fn) -> decltype(fn(std::declval<Tx&>())) {
    using Result = decltype(fn(std::declval<Tx&>()));
    std::optional<Result> result;
    absl::Status status = database().Read([&](Tx& tx) {
      result.emplace(fn(tx));
      return absl::OkStatus();
    });
    if (!status.ok()) return Result(status);
    return *std::move(result);
  }

  // Runs `fn` (returning nothing, a Status or a StatusOr) in a transaction
  // that must commit.
  template <typename Fn>
  void MustWrite(Fn fn) {
    absl::Status s = database().Transact([&](Tx& tx) -> absl::Status {
      if constexpr (std::is_void_v<decltype(fn(tx))>) {
        fn(tx);
        return absl::OkStatus();
      } else {
        return StatusOf(fn(tx));
      }
    });
    ASSERT_TRUE(s.ok()) << s;
  }

  // Runs `fn` outside a transaction, which must succeed; its value (a
  // StatusOr is unwrapped, see MustValue).
  template <typename Fn>
  auto MustRead(Fn fn) {
    using Result = decltype(fn(std::declval<Tx&>()));
    std::optional<Result> result;
    absl::Status status = database().Read([&](Tx& tx) {
      result.emplace(fn(tx));
      return absl::OkStatus();
    });
    EXPECT_TRUE(status.ok()) << status;
    return MustValue(result ? *std::move(result) : Result());
  }

  // The names of the items that `list` (a store's list call, given a Tx)
  // reads outside a transaction, in order; {"<error>"}, with a test failure,
  // when it fails.
  template <typename Fn>
  std::vector<std::string> ListedNames(Fn list) {
    auto items = Read(list);
    EXPECT_TRUE(items.ok()) << items.status();
    if (!items.ok()) return {"<error>"};
    std::vector<std::string> names;
    for (const auto& item : *items) names.push_back(item.name());
    return names;
  }

  long long Count(const std::string& table) {
    return CountRows(database(), table);
  }

  std::unique_ptr<TestDatabase> test_db_;

 private:
  static absl::Status StatusOf(const absl::Status& s) { return s; }
  template <typename T>
  static absl::Status StatusOf(const absl::StatusOr<T>& s) {
    return s.status();
  }
};

// Lets threads start together without sleeping.
class Gate {
 public:
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return open_; });
  }
  void Open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false;
};

}  // namespace frontdesk::db

// Runs every TEST_P of `suite` (a fixture parameterized on db::Backend) on
// SQLite and on MariaDB.
#define FRONTDESK_INSTANTIATE_BACKEND_TESTS(suite)                          \
  INSTANTIATE_TEST_SUITE_P(Backends, suite, ::frontdesk::db::AllBackends(), \
                           ::frontdesk::db::BackendTestName)

#endif  // FRONTDESK_DB_STORE_TEST_BASE_H_
