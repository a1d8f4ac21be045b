#include "db/database.h"

#include <soci/mysql/soci-mysql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/status.h"
#include "db/internal/sql_errors.h"

namespace frontdesk::db {
namespace {

constexpr int kMaxAttempts = 4;

bool PercentDecode(absl::string_view in, std::string* out) {
  out->clear();
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out->push_back(in[i]);
      continue;
    }
    int v = 0;
    if (i + 2 >= in.size()) return false;
    if (!absl::SimpleHexAtoi(in.substr(i + 1, 2), &v)) return false;
    out->push_back(static_cast<char>(v));
    i += 2;
  }
  return true;
}

// SOCI connection strings are "key=value" pairs; quote values that may hold
// spaces or quotes.
std::string Quote(absl::string_view v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('\'');
  return out;
}

}  // namespace

absl::StatusOr<DatabaseConfig> ParseDatabaseUrl(absl::string_view field,
                                                absl::string_view url) {
  DatabaseConfig config;
  absl::string_view rest = url;
  if (absl::ConsumePrefix(&rest, "sqlite:")) {
    absl::ConsumePrefix(&rest, "//");
    if (rest.empty()) {
      return InvalidField(
          field, "sqlite: needs a file path, e.g. sqlite:var/frontdesk.db");
    }
    config.backend = Backend::kSqlite;
    config.sqlite_path = std::string(rest);
    // The SQLite backend reads quotes literally; a path with spaces is
    // refused rather than silently mangled.
    if (rest.find_first_of(" '\"") != absl::string_view::npos) {
      return InvalidField(field,
                          "the SQLite path must not contain spaces or quotes");
    }
    config.soci_connect = absl::StrCat("db=", rest, " timeout=10");
    config.redacted_url = std::string(url);
    return config;
  }
  const char* rule =
      "must be sqlite:PATH or mysql://user:password@host[:port]/database"
      "[?socket=PATH]";
  if (!absl::ConsumePrefix(&rest, "mysql://")) return InvalidField(field, rule);
  std::string socket;
  if (size_t q = rest.find('?'); q != absl::string_view::npos) {
    absl::string_view query = rest.substr(q + 1);
    rest = rest.substr(0, q);
    for (absl::string_view kv : absl::StrSplit(query, '&')) {
      if (absl::ConsumePrefix(&kv, "socket=")) {
        if (!PercentDecode(kv, &socket)) return InvalidField(field, rule);
      } else {
        return InvalidField(field, "only the socket= option is supported");
      }
    }
  }
  size_t at = rest.rfind('@');
  if (at == absl::string_view::npos) return InvalidField(field, rule);
  absl::string_view userinfo = rest.substr(0, at);
  absl::string_view hostpart = rest.substr(at + 1);
  size_t slash = hostpart.find('/');
  if (slash == absl::string_view::npos) return InvalidField(field, rule);
  absl::string_view hostport = hostpart.substr(0, slash);
  absl::string_view dbname = hostpart.substr(slash + 1);
  std::string user, password;
  absl::string_view user_enc = userinfo, pass_enc;
  if (size_t c = userinfo.find(':'); c != absl::string_view::npos) {
    user_enc = userinfo.substr(0, c);
    pass_enc = userinfo.substr(c + 1);
  }
  if (!PercentDecode(user_enc, &user) || !PercentDecode(pass_enc, &password) ||
      user.empty() || dbname.empty() || hostport.empty()) {
    return InvalidField(field, rule);
  }
  std::string host(hostport);
  int port = 3306;
  if (size_t c = hostport.rfind(':'); c != absl::string_view::npos) {
    host = std::string(hostport.substr(0, c));
    if (!absl::SimpleAtoi(hostport.substr(c + 1), &port) || port <= 0 ||
        port > 65535) {
      return InvalidField(field, "port must be 1..65535");
    }
  }
  config.backend = Backend::kMysql;
  config.soci_connect =
      absl::StrCat("db=", Quote(dbname), " user=", Quote(user),
                   " password=", Quote(password), " host=", Quote(host),
                   " port=", port, " charset=utf8mb4");
  if (!socket.empty())
    absl::StrAppend(&config.soci_connect, " unix_socket=", Quote(socket));
  config.redacted_url =
      absl::StrCat("mysql://", user, "@", hostport, "/", dbname,
                   socket.empty() ? "" : "?socket=" + socket);
  return config;
}

struct Database::Slot {
  std::unique_ptr<soci::session> session;
};

Database::Database(DatabaseConfig config, int pool_size)
    : config_(std::move(config)) {
  if (pool_size < 1) pool_size = 1;
  for (int i = 0; i < pool_size; ++i) {
    slots_.push_back(std::make_unique<Slot>());
    idle_.push_back(slots_.back().get());
  }
}

Database::~Database() { Close(); }

void Database::Close() {
  std::unique_lock<std::mutex> lock(mu_);
  closed_ = true;
  cv_.wait(lock, [&] { return idle_.size() == slots_.size(); });
  for (auto& slot : slots_) slot->session.reset();
}

absl::Status Database::Run(bool transaction,
                           const std::function<absl::Status(Tx&)>& fn) {
  Slot* slot;
  {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return closed_ || !idle_.empty(); });
    if (closed_) {
      return Error(absl::StatusCode::kUnavailable, "SHUTTING_DOWN",
                   "the server is shutting down");
    }
    slot = idle_.back();
    idle_.pop_back();
  }
  auto release = [&] {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(slot);
    cv_.notify_one();
  };

  absl::Status result;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    bool in_tx = false;
    bool began = false;  // past this point a lost connection is not retried
    try {
      if (!slot->session) {
        auto s = std::make_unique<soci::session>();
        if (config_.backend == Backend::kSqlite) {
          s->open(soci::sqlite3, config_.soci_connect);
          *s << "PRAGMA journal_mode=WAL";
          *s << "PRAGMA synchronous=NORMAL";
          *s << "PRAGMA foreign_keys=ON";
          *s << "PRAGMA busy_timeout=10000";
        } else {
          s->open(soci::mysql, config_.soci_connect);
          *s << "SET time_zone = '+00:00'";
          *s << "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,"
                "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'";
        }
        slot->session = std::move(s);
      }
      soci::session& sql = *slot->session;
      Tx tx{sql, config_.backend};
      if (transaction) {
        sql << (config_.backend == Backend::kSqlite ? "BEGIN IMMEDIATE"
                                                    : "START TRANSACTION");
        in_tx = true;
      }
      began = transaction;
      result = fn(tx);
      if (transaction) {
        in_tx = false;
        sql << (result.ok() ? "COMMIT" : "ROLLBACK");
      }
      break;
    } catch (const std::exception& e) {
      SqlFailure failure = ClassifySqlFailure(e);
      if (in_tx && slot->session && failure != SqlFailure::kConnection) {
        try {
          *slot->session << "ROLLBACK";
        } catch (const std::exception&) {
          failure = SqlFailure::kConnection;
        }
      }
      if (failure == SqlFailure::kConnection) {
        // A stale or lost connection: drop it so the next try reconnects.
        slot->session.reset();
        spdlog::warn("database connection lost ({}); will reconnect", e.what());
      }
      result = StatusOfSqlFailure(failure, e);
      // Contention: the whole transaction is run again. A lost connection
      // only before anything was sent, so no write can be applied twice.
      bool retry =
          (failure == SqlFailure::kContention && attempt < kMaxAttempts) ||
          (failure == SqlFailure::kConnection && attempt == 1 && !began);
      if (!retry) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
    }
  }
  release();
  return result;
}

absl::Status Database::Transact(const std::function<absl::Status(Tx&)>& fn) {
  return Run(true, fn);
}

absl::Status Database::Read(const std::function<absl::Status(Tx&)>& fn) {
  return Run(false, fn);
}

absl::Status Database::Ping() {
  return Read([](Tx& tx) {
    int one = 0;
    tx.sql << "SELECT 1", soci::into(one);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk::db
