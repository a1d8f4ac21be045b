#include "db/testing.h"

#include <soci/soci.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "db/migrator.h"
#include "db/store_test_base.h"

namespace frontdesk::db {
namespace {

std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  return absl::StrCat(getpid(), "_", counter++, "_", std::rand() % 100000);
}

void Check(const absl::Status& s, const char* what) {
  if (!s.ok()) throw std::runtime_error(absl::StrCat(what, ": ", s.ToString()));
}

}  // namespace

const char* BackendName(Backend backend) {
  return backend == Backend::kMysql ? "MariaDB" : "SQLite";
}

std::unique_ptr<TestDatabase> TestDatabase::Open(Backend backend,
                                                 int pool_size) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  if (backend == Backend::kSqlite) {
    t->dir_ = absl::StrCat(std::filesystem::temp_directory_path().string(),
                           "/frontdesk_test_", UniqueSuffix());
    std::filesystem::create_directories(t->dir_);
    t->url_ = absl::StrCat("sqlite:", t->dir_, "/test.db");
  } else {
    const char* admin = std::getenv("FRONTDESK_TEST_MYSQL");
    if (admin == nullptr || *admin == '\0') return nullptr;
    t->admin_url_ = admin;
    t->drop_ = absl::StrCat("fdtest_", UniqueSuffix());
    auto admin_config = ParseDatabaseUrl("FRONTDESK_TEST_MYSQL", admin);
    Check(admin_config.status(), "FRONTDESK_TEST_MYSQL");
    Database admin_db(*admin_config, 1);
    Check(admin_db.Read([&](Tx& tx) {
      tx.sql << "CREATE DATABASE " + t->drop_ +
                    " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
      return absl::OkStatus();
    }),
          "CREATE DATABASE");
    std::string base = t->admin_url_.substr(0, t->admin_url_.rfind('/'));
    t->url_ = absl::StrCat(base, "/", t->drop_);
  }
  auto config = ParseDatabaseUrl("url", t->url_);
  Check(config.status(), "test database URL");
  t->db_ = std::make_unique<Database>(*config, pool_size);
  Check(Migrate(*t->db_).status(), "migrate");
  return t;
}

TestDatabase::~TestDatabase() {
  if (db_) db_->Close();
  db_.reset();
  if (!drop_.empty()) {
    auto admin_config = ParseDatabaseUrl("FRONTDESK_TEST_MYSQL", admin_url_);
    if (admin_config.ok()) {
      Database admin_db(*admin_config, 1);
      (void)admin_db.Read([&](Tx& tx) {
        tx.sql << "DROP DATABASE IF EXISTS " + drop_;
        return absl::OkStatus();
      });
    }
  }
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
}

}  // namespace frontdesk::db

namespace frontdesk::db {

void PrintTo(Backend backend, std::ostream* os) { *os << BackendName(backend); }

std::string BackendTestName(const ::testing::TestParamInfo<Backend>& info) {
  return BackendName(info.param);
}

long long CountRows(Database& db, const std::string& table) {
  long long n = -1;
  absl::Status s = db.Read([&](Tx& tx) {
    tx.sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return absl::OkStatus();
  });
  EXPECT_TRUE(s.ok()) << s;
  return n;
}

std::string TextValuesOf(Database& db, const std::string& table,
                         const std::string& columns) {
  std::string all;
  absl::Status read = db.Read([&](Tx& tx) {
    soci::rowset<soci::row> rows =
        (tx.sql.prepare << "SELECT " + columns + " FROM " + table);
    for (const soci::row& row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (row.get_indicator(i) == soci::i_ok &&
            row.get_properties(i).get_data_type() == soci::dt_string) {
          absl::StrAppend(&all, row.get<std::string>(i), "|");
        }
      }
    }
    return absl::OkStatus();
  });
  if (!read.ok()) return "error: " + read.ToString();
  return all;
}

absl::Status ExecRaw(Database& db, const std::string& sql) {
  return db.Transact([&](Tx& tx) {
    tx.sql << sql;
    return absl::OkStatus();
  });
}

std::string RecordedResponses(Database& db) {
  std::string all;
  absl::Status read = db.Read([&](Tx& tx) {
    std::string encoded;
    soci::statement st =
        (tx.sql.prepare << "SELECT response FROM idempotency_keys",
         soci::into(encoded));
    st.execute();
    while (st.fetch()) {
      // Sealed with the test key, or base64 from before records were sealed.
      std::string decoded;
      if (absl::StartsWith(encoded, "v1:")) {
        auto opened = TestDataProtector().Open(encoded);
        if (opened.ok()) all += *opened + "|";
      } else if (absl::Base64Unescape(encoded, &decoded)) {
        all += decoded + "|";
      }
    }
    return absl::OkStatus();
  });
  if (!read.ok()) return "error: " + read.ToString();
  return all;
}

const DataProtector& TestDataProtector() {
  static const DataProtector* protector = new DataProtector(
      *DataProtector::FromKeyText("5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e"
                                  "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e"));
  return *protector;
}

}  // namespace frontdesk::db
