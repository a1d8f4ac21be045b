#include "db/migrator.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/status.h"

namespace frontdesk::db {
namespace {

const std::vector<Migration>& MigrationsFor(Backend backend) {
  return backend == Backend::kMysql ? mysql_migrations() : sqlite_migrations();
}

void EnsureTable(Tx& tx) {
  tx.sql << (tx.mysql() ? "CREATE TABLE IF NOT EXISTS schema_migrations ("
                          " version INT NOT NULL PRIMARY KEY,"
                          " name VARCHAR(200) NOT NULL,"
                          " applied_time_us BIGINT NOT NULL"
                          ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
                        : "CREATE TABLE IF NOT EXISTS schema_migrations ("
                          " version INTEGER NOT NULL PRIMARY KEY,"
                          " name TEXT NOT NULL,"
                          " applied_time_us INTEGER NOT NULL)");
}

std::set<int> AppliedVersions(Tx& tx) {
  std::set<int> applied;
  int version = 0;
  soci::statement st =
      (tx.sql.prepare << "SELECT version FROM schema_migrations",
       soci::into(version));
  st.execute();
  while (st.fetch()) applied.insert(version);
  return applied;
}

std::vector<int> ApplyPending(Tx& tx, int up_to_version) {
  EnsureTable(tx);
  std::set<int> applied = AppliedVersions(tx);
  std::vector<int> done;
  for (const Migration& m : MigrationsFor(tx.backend)) {
    if (applied.count(m.version) || m.version > up_to_version) continue;
    spdlog::info("applying migration {:04d}_{}", m.version, m.name);
    for (const std::string& statement : SplitStatements(m.sql)) {
      tx.sql << statement;
    }
    long long now = ToMicros(absl::Now());
    tx.sql << "INSERT INTO schema_migrations (version, name, applied_time_us)"
              " VALUES (:v, :n, :t)",
        soci::use(m.version), soci::use(m.name), soci::use(now);
    done.push_back(m.version);
  }
  return done;
}

}  // namespace

std::vector<std::string> SplitStatements(absl::string_view sql) {
  std::vector<std::string> out;
  std::string current;
  bool in_body = false;
  for (absl::string_view line : absl::StrSplit(sql, '\n')) {
    absl::string_view trimmed = absl::StripAsciiWhitespace(line);
    if (trimmed.empty() || absl::StartsWith(trimmed, "--")) continue;
    current.append(line.data(), line.size());
    current.push_back('\n');
    std::string upper = absl::AsciiStrToUpper(trimmed);
    if (!in_body && absl::EndsWith(upper, "BEGIN")) {
      in_body = true;
      continue;
    }
    if (in_body) {
      if (upper == "END;")
        in_body = false;
      else
        continue;
    }
    if (absl::EndsWith(trimmed, ";")) {
      absl::string_view stmt = absl::StripAsciiWhitespace(current);
      if (!in_body && stmt.back() == ';' && !absl::EndsWith(upper, "END;")) {
        stmt.remove_suffix(1);
      }
      out.emplace_back(stmt);
      current.clear();
    }
  }
  if (!absl::StripAsciiWhitespace(current).empty()) {
    out.emplace_back(absl::StripAsciiWhitespace(current));
  }
  return out;
}

absl::StatusOr<std::vector<int>> Migrate(Database& db, int up_to_version) {
  std::vector<int> done;
  absl::Status status;
  if (db.backend() == Backend::kSqlite) {
    status = db.Transact([&](Tx& tx) {
      done = ApplyPending(tx, up_to_version);
      return absl::OkStatus();
    });
  } else {
    status = db.Read([&](Tx& tx) {
      int locked = 0;
      tx.sql << "SELECT GET_LOCK('frontdesk.migrate', 120)", soci::into(locked);
      if (locked != 1) {
        return Error(absl::StatusCode::kUnavailable, "MIGRATION_LOCK_TIMEOUT",
                     "another server held the migration lock for 120 s");
      }
      try {
        done = ApplyPending(tx, up_to_version);
      } catch (...) {
        tx.sql << "DO RELEASE_LOCK('frontdesk.migrate')";
        throw;
      }
      tx.sql << "DO RELEASE_LOCK('frontdesk.migrate')";
      return absl::OkStatus();
    });
  }
  if (!status.ok()) return status;
  return done;
}

absl::StatusOr<int> SchemaVersion(Database& db) {
  int version = 0;
  absl::Status status = db.Read([&](Tx& tx) {
    EnsureTable(tx);
    soci::indicator ind;
    tx.sql << "SELECT MAX(version) FROM schema_migrations",
        soci::into(version, ind);
    if (ind != soci::i_ok) version = 0;
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return version;
}

}  // namespace frontdesk::db
