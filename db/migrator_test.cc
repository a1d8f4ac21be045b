#include "db/migrator.h"

#include <soci/soci.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "db/database.h"
#include "db/store_test_base.h"  // PrintTo(Backend)
#include "db/testing.h"
#include "gtest/gtest.h"

namespace frontdesk::db {

namespace {

using Statements = std::vector<std::string>;

const std::vector<Migration>& MigrationsOf(Backend backend) {
  return backend == Backend::kMysql ? mysql_migrations() : sqlite_migrations();
}

// Every embedded version in order, as Migrate() reports applying them.
std::vector<int> AllVersions(Backend backend) {
  std::vector<int> out;
  for (const Migration& m : MigrationsOf(backend)) out.push_back(m.version);
  return out;
}

int LatestVersion(Backend backend) { return AllVersions(backend).back(); }

// --- SplitStatements -------------------------------------------------------

TEST(SplitStatementsTest, SplitsAtSemicolonsAtLineEnds) {
  EXPECT_EQ(
      SplitStatements("CREATE TABLE a (x INT);\n"
                      "CREATE INDEX a_x ON a (x);\n"),
      (Statements{"CREATE TABLE a (x INT)", "CREATE INDEX a_x ON a (x)"}));
  EXPECT_EQ(SplitStatements("CREATE TABLE a (\n"
                            "  x INT,\n"
                            "  y TEXT\n"
                            ");\n"
                            "\n"
                            "INSERT INTO a VALUES (1, 'p;q');\n"),
            (Statements{"CREATE TABLE a (\n  x INT,\n  y TEXT\n)",
                        "INSERT INTO a VALUES (1, 'p;q')"}));
  // A last statement without ';' is kept.
  EXPECT_EQ(SplitStatements("SELECT 1;\nSELECT 2\n"),
            (Statements{"SELECT 1", "SELECT 2"}));
  EXPECT_EQ(SplitStatements(""), Statements{});
  EXPECT_EQ(SplitStatements("\n  \n"), Statements{});
}

TEST(SplitStatementsTest, DropsCommentLines) {
  EXPECT_EQ(SplitStatements("-- header; with a semicolon;\n"
                            "CREATE TABLE a (\n"
                            "  -- the key;\n"
                            "  x INT\n"
                            ");\n"
                            "   -- indented comment\n"
                            "-- trailing comment\n"),
            (Statements{"CREATE TABLE a (\n  x INT\n)"}));
  EXPECT_EQ(SplitStatements("-- only comments;\n-- here\n"), Statements{});
}

TEST(SplitStatementsTest, SqliteTriggerBodyIsOneStatement) {
  Statements out = SplitStatements(
      "CREATE TABLE t (x INT);\n"
      "\n"
      "CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n"
      "BEGIN\n"
      "  SELECT RAISE(ABORT, 'no; really');\n"
      "  SELECT 2;\n"
      "END;\n"
      "\n"
      "CREATE INDEX t_x ON t (x);\n");
  ASSERT_EQ(out.size(), 3u) << ::testing::PrintToString(out);
  EXPECT_EQ(out[0], "CREATE TABLE t (x INT)");
  EXPECT_EQ(out[1],
            "CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n"
            "BEGIN\n"
            "  SELECT RAISE(ABORT, 'no; really');\n"
            "  SELECT 2;\n"
            "END;");
  EXPECT_EQ(out[2], "CREATE INDEX t_x ON t (x)");
}

TEST(SplitStatementsTest, MysqlSingleStatementTrigger) {
  Statements out = SplitStatements(
      "CREATE TRIGGER t_no_delete BEFORE DELETE ON t\n"
      "FOR EACH ROW SIGNAL SQLSTATE '45000'\n"
      "  SET MESSAGE_TEXT = 't is append-only: DELETE refused';\n"
      "CREATE TABLE u (x INT);\n");
  ASSERT_EQ(out.size(), 2u) << ::testing::PrintToString(out);
  EXPECT_EQ(out[0],
            "CREATE TRIGGER t_no_delete BEFORE DELETE ON t\n"
            "FOR EACH ROW SIGNAL SQLSTATE '45000'\n"
            "  SET MESSAGE_TEXT = 't is append-only: DELETE refused'");
  EXPECT_EQ(out[1], "CREATE TABLE u (x INT)");
}

TEST(SplitStatementsTest, EmbeddedMigrationsSplitCleanly) {
  for (const auto* migrations : {&sqlite_migrations(), &mysql_migrations()}) {
    ASSERT_FALSE(migrations->empty());
    EXPECT_EQ(migrations->front().version, 1);
    EXPECT_EQ(migrations->front().name, "initial");
    Statements out = SplitStatements(migrations->front().sql);
    int triggers = 0, tables = 0;
    for (const std::string& s : out) {
      EXPECT_FALSE(s.empty());
      EXPECT_FALSE(absl::StartsWith(s, "--")) << s;
      if (absl::StartsWith(s, "CREATE TABLE")) ++tables;
      if (absl::StartsWith(s, "CREATE TRIGGER")) {
        ++triggers;
        EXPECT_TRUE(absl::StrContains(s, "append-only")) << s;
      }
    }
    EXPECT_EQ(tables, 10);
    EXPECT_EQ(triggers, 2);
  }
}

TEST(SplitStatementsTest, MigrationsAreNumberedInStepOnBothBackends) {
  // 1, 2, 3, ... without gaps, and each SQLite file the twin of the MySQL
  // one: same version, same name, same tables, indexes and triggers
  // created.
  const auto& mysql = mysql_migrations();
  const auto& sqlite = sqlite_migrations();
  ASSERT_EQ(mysql.size(), sqlite.size());
  ASSERT_GE(mysql.size(), 2u);
  auto created = [](const std::string& sql, absl::string_view what) {
    std::vector<std::string> names;
    for (const std::string& s : SplitStatements(sql)) {
      absl::string_view rest = s;
      if (!absl::ConsumePrefix(&rest, what)) continue;
      names.emplace_back(rest.substr(0, rest.find_first_of(" \n(")));
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  for (size_t i = 0; i < mysql.size(); ++i) {
    SCOPED_TRACE(mysql[i].name);
    if (i == 0) {
      EXPECT_EQ(mysql[i].version, 1);
    } else {
      EXPECT_EQ(mysql[i].version, mysql[i - 1].version + 1);
    }
    EXPECT_EQ(sqlite[i].version, mysql[i].version);
    EXPECT_EQ(sqlite[i].name, mysql[i].name);
    for (absl::string_view what : {"CREATE TABLE ", "CREATE TRIGGER "}) {
      std::vector<std::string> twin = created(sqlite[i].sql, what);
      // SQLite changes a primary key by rebuilding the table (create a copy,
      // fill it, drop the old, rename the copy) where MySQL alters it in
      // place: the copy is not a new table.
      twin.erase(std::remove_if(twin.begin(), twin.end(),
                                [&](const std::string& name) {
                                  return absl::StrContains(
                                      sqlite[i].sql,
                                      absl::StrCat("ALTER TABLE ", name,
                                                   " RENAME TO "));
                                }),
                 twin.end());
      EXPECT_EQ(twin, created(mysql[i].sql, what)) << what;
    }
  }
  EXPECT_EQ(mysql[1].name, "departments_vendors");
}

// --- Migrate ---------------------------------------------------------------

// A brand-new database without any schema: a temporary SQLite file, or a new
// database on the MariaDB server named by FRONTDESK_TEST_MYSQL (dropped
// again afterwards).
class FreshDatabase {
 public:
  // nullptr for MariaDB when FRONTDESK_TEST_MYSQL is not set.
  static std::unique_ptr<FreshDatabase> Create(Backend backend) {
    static std::atomic<int> counter{0};
    std::string suffix = absl::StrCat(getpid(), "_", counter++);
    std::unique_ptr<FreshDatabase> fresh(new FreshDatabase());
    if (backend == Backend::kSqlite) {
      fresh->dir_ =
          absl::StrCat(std::filesystem::temp_directory_path().string(),
                       "/frontdesk_migrator_test_", suffix);
      std::filesystem::remove_all(fresh->dir_);
      std::filesystem::create_directories(fresh->dir_);
      fresh->url_ = absl::StrCat("sqlite:", fresh->dir_, "/fresh.db");
      return fresh;
    }
    const char* admin = std::getenv("FRONTDESK_TEST_MYSQL");
    if (admin == nullptr || *admin == '\0') return nullptr;
    fresh->admin_url_ = admin;
    std::string name = absl::StrCat("fdmigrate_", suffix);
    auto admin_config = ParseDatabaseUrl("FRONTDESK_TEST_MYSQL", admin);
    EXPECT_TRUE(admin_config.ok()) << admin_config.status();
    if (!admin_config.ok()) return nullptr;
    Database admin_db(*admin_config, 1);
    absl::Status created = admin_db.Read([&](Tx& tx) {
      tx.sql << "DROP DATABASE IF EXISTS " + name;
      tx.sql << "CREATE DATABASE " + name +
                    " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
      return absl::OkStatus();
    });
    EXPECT_TRUE(created.ok()) << created;
    if (!created.ok()) return nullptr;
    fresh->drop_ = name;
    fresh->url_ = absl::StrCat(
        fresh->admin_url_.substr(0, fresh->admin_url_.rfind('/')), "/", name);
    return fresh;
  }

  ~FreshDatabase() {
    if (!drop_.empty()) {
      auto admin_config = ParseDatabaseUrl("FRONTDESK_TEST_MYSQL", admin_url_);
      if (admin_config.ok()) {
        Database admin_db(*admin_config, 1);
        absl::Status dropped = admin_db.Read([&](Tx& tx) {
          tx.sql << "DROP DATABASE IF EXISTS " + drop_;
          return absl::OkStatus();
        });
        EXPECT_TRUE(dropped.ok()) << dropped;
      }
    }
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
    }
  }

  const std::string& url() const { return url_; }

  // A new handle (its own session pool) on this database.
  std::unique_ptr<Database> Connect(int pool_size = 2) const {
    auto config = ParseDatabaseUrl("url", url_);
    EXPECT_TRUE(config.ok()) << config.status();
    if (!config.ok()) return nullptr;
    return std::make_unique<Database>(*config, pool_size);
  }

 private:
  FreshDatabase() = default;
  std::string url_;
  std::string admin_url_;
  std::string drop_;  // MariaDB database to drop
  std::string dir_;   // SQLite temporary directory
};

class MigratorTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    fresh_ = FreshDatabase::Create(GetParam());
    if (fresh_ == nullptr) {
      GTEST_SKIP() << "FRONTDESK_TEST_MYSQL is not set; run the tests under "
                      "tests/with_mariadb.sh to cover MariaDB";
    }
  }

  static long long Count(Database& db, const std::string& table) {
    long long n = -1;
    absl::Status s = db.Read([&](Tx& tx) {
      tx.sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << table << ": " << s;
    return n;
  }

  std::unique_ptr<FreshDatabase> fresh_;
};

TEST_P(MigratorTest, FreshDatabaseIsAtVersionZero) {
  auto db = fresh_->Connect();
  ASSERT_NE(db, nullptr);
  auto version = SchemaVersion(*db);
  ASSERT_TRUE(version.ok()) << version.status();
  EXPECT_EQ(*version, 0);
}

TEST_P(MigratorTest, MigrateAppliesEveryVersionInOrderAndRecordsThem) {
  auto db = fresh_->Connect();
  ASSERT_NE(db, nullptr);
  auto applied = Migrate(*db);
  ASSERT_TRUE(applied.ok()) << applied.status();
  EXPECT_EQ(*applied, AllVersions(GetParam()));

  auto version = SchemaVersion(*db);
  ASSERT_TRUE(version.ok()) << version.status();
  EXPECT_EQ(*version, LatestVersion(GetParam()));

  std::vector<std::pair<int, std::string>> recorded;
  long long first_applied_us = 0;
  absl::Status read = db->Read([&](Tx& tx) {
    int v = 0;
    std::string name;
    long long applied_us = 0;
    soci::statement st =
        (tx.sql.prepare << "SELECT version, name, applied_time_us"
                           " FROM schema_migrations ORDER BY version",
         soci::into(v), soci::into(name), soci::into(applied_us));
    st.execute();
    while (st.fetch()) {
      recorded.emplace_back(v, name);
      if (first_applied_us == 0) first_applied_us = applied_us;
    }
    return absl::OkStatus();
  });
  ASSERT_TRUE(read.ok()) << read;
  std::vector<std::pair<int, std::string>> expected;
  for (const Migration& m : MigrationsOf(GetParam())) {
    expected.emplace_back(m.version, m.name);
  }
  EXPECT_EQ(recorded, expected);
  ASSERT_GE(recorded.size(), 2u);
  EXPECT_EQ(recorded[0], std::make_pair(1, std::string("initial")));
  EXPECT_EQ(recorded[1], std::make_pair(2, std::string("departments_vendors")));
  EXPECT_GT(first_applied_us, 0);

  // Every table of the schema is there, empty.
  for (const char* table :
       {"sites", "units", "staff", "staff_grants", "access_tokens", "tickets",
        "ticket_number_counters", "ticket_events", "idempotency_keys",
        "departments", "vendors", "vendor_sites"}) {
    EXPECT_EQ(Count(*db, table), 0) << table;
  }
}

TEST_P(MigratorTest, SecondMigrateAppliesNothing) {
  auto db = fresh_->Connect();
  ASSERT_NE(db, nullptr);
  auto first = Migrate(*db);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, AllVersions(GetParam()));
  auto second = Migrate(*db);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_TRUE(second->empty());

  // Nor does a restarted server (a new handle).
  db->Close();
  auto restarted = fresh_->Connect();
  ASSERT_NE(restarted, nullptr);
  auto third = Migrate(*restarted);
  ASSERT_TRUE(third.ok()) << third.status();
  EXPECT_TRUE(third->empty());
  EXPECT_EQ(Count(*restarted, "schema_migrations"),
            static_cast<long long>(AllVersions(GetParam()).size()));
  auto version = SchemaVersion(*restarted);
  ASSERT_TRUE(version.ok()) << version.status();
  EXPECT_EQ(*version, LatestVersion(GetParam()));
}

TEST_P(MigratorTest, MigrateOnATestDatabaseAppliesNothing) {
  // TestDatabase::Open has already migrated; a second handle on the same URL
  // (another server starting) finds nothing to do.
  auto test_db = TestDatabase::Open(GetParam());
  ASSERT_NE(test_db, nullptr);
  auto config = ParseDatabaseUrl("url", test_db->url());
  ASSERT_TRUE(config.ok()) << config.status();
  Database second(*config, 2);
  auto applied = Migrate(second);
  ASSERT_TRUE(applied.ok()) << applied.status();
  EXPECT_TRUE(applied->empty());
  auto version = SchemaVersion(second);
  ASSERT_TRUE(version.ok()) << version.status();
  EXPECT_EQ(*version, LatestVersion(GetParam()));
  second.Close();
}

TEST_P(MigratorTest, ConcurrentMigrationsApplyTheSchemaOnce) {
  // Two servers starting together on one fresh database.
  auto a = fresh_->Connect();
  auto b = fresh_->Connect();
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  absl::StatusOr<std::vector<int>> result_a = absl::UnknownError("not run");
  absl::StatusOr<std::vector<int>> result_b = absl::UnknownError("not run");
  std::atomic<int> ready{0};
  auto run = [&](Database* db, absl::StatusOr<std::vector<int>>* result) {
    ready.fetch_add(1);
    while (ready.load() < 2) std::this_thread::yield();
    *result = Migrate(*db);
  };
  std::thread ta(run, a.get(), &result_a);
  std::thread tb(run, b.get(), &result_b);
  ta.join();
  tb.join();

  ASSERT_TRUE(result_a.ok()) << result_a.status();
  ASSERT_TRUE(result_b.ok()) << result_b.status();
  std::vector<int> all = *result_a;
  all.insert(all.end(), result_b->begin(), result_b->end());
  std::sort(all.begin(), all.end());
  EXPECT_EQ(all, AllVersions(GetParam())) << "each version is applied once";
  EXPECT_EQ(Count(*a, "schema_migrations"),
            static_cast<long long>(AllVersions(GetParam()).size()));
  auto version = SchemaVersion(*b);
  ASSERT_TRUE(version.ok()) << version.status();
  EXPECT_EQ(*version, LatestVersion(GetParam()));
  EXPECT_EQ(Count(*b, "tickets"), 0);
}

// Migration 0014 turns each person's roles and sites into grants without
// losing one [D-GRANTS-PER-SITE]: every role at every listed site; ADMIN,
// and the roles of someone listed at no site, at every site ('').
TEST_P(MigratorTest, StaffRolesAndSitesBecomeGrantsAndNoneIsLost) {
  auto db = fresh_->Connect();
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(Migrate(*db, 13).ok());
  absl::Status wrote = db->Transact([](Tx& tx) {
    for (const char* site : {"hx", "yy"}) {
      tx.sql << "INSERT INTO sites (id, display_name, time_zone,"
                " create_time_us, update_time_us) VALUES (:s, 'x',"
                " 'Asia/Shanghai', 1, 1)",
          soci::use(std::string(site));
    }
    // staff id, roles, sites as the old tables held them.
    const std::vector<
        std::tuple<std::string, std::vector<int>, std::vector<std::string>>>
        staff = {{"wang.li", {1, 2}, {"hx", "yy"}},
                 {"root.admin", {7, 3}, {"hx"}},
                 {"head.office", {3}, {}},
                 {"app.hx", {8}, {"hx"}}};
    for (const auto& [id, roles, sites] : staff) {
      tx.sql << "INSERT INTO staff (id, display_name, create_time_us,"
                " update_time_us) VALUES (:i, 'x', 1, 1)",
          soci::use(id);
      for (int role : roles) {
        tx.sql << "INSERT INTO staff_roles (staff_id, role) VALUES (:s, :r)",
            soci::use(id), soci::use(role);
      }
      for (const std::string& site : sites) {
        tx.sql << "INSERT INTO staff_sites (staff_id, site_id)"
                  " VALUES (:s, :x)",
            soci::use(id), soci::use(site);
      }
    }
    return absl::OkStatus();
  });
  ASSERT_TRUE(wrote.ok()) << wrote;
  auto applied = Migrate(*db);
  ASSERT_TRUE(applied.ok()) << applied.status();

  std::vector<std::string> grants;
  absl::Status read = db->Read([&](Tx& tx) {
    std::string staff, site;
    int role = 0;
    soci::statement st =
        (tx.sql.prepare << "SELECT staff_id, role, site_id FROM staff_grants"
                           " ORDER BY staff_id, role, site_id",
         soci::into(staff), soci::into(role), soci::into(site));
    st.execute();
    while (st.fetch())
      grants.push_back(absl::StrCat(staff, " ", role, "@", site));
    return absl::OkStatus();
  });
  ASSERT_TRUE(read.ok()) << read;
  // SERVICE (8) became the residents' app (9) [ACL-SERVICE-PURPOSE].
  EXPECT_EQ(grants, (std::vector<std::string>{
                        "app.hx 9@hx", "head.office 3@", "root.admin 3@hx",
                        "root.admin 7@", "wang.li 1@hx", "wang.li 1@yy",
                        "wang.li 2@hx", "wang.li 2@yy"}));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(MigratorTest);

}  // namespace
}  // namespace frontdesk::db
