// frontdeskd: wiring only. Reads configuration (flags, then FRONTDESK_*
// environment variables, then defaults), migrates the database, makes the
// first admin token on an empty database, serves gRPC until SIGTERM/SIGINT,
// then drains: health NOT_SERVING, finish in-flight calls, close the pool.
//
//   frontdeskd [--listen ADDR] [--db URL] [--report-db URL] [--threads N]
//                                                          serve
//   frontdeskd migrate [--db URL]                          migrate and exit
#include <grpcpp/grpcpp.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/heartbeat_store.h"
#include "db/legacy_sealing.h"
#include "db/migrator.h"
#include "server/auth.h"
#include "server/data_key.h"
#include "server/frontdesk_server.h"
#include "server/handler.h"
#include "server/periodic_task.h"
#include "server/request_id_sweep.h"
#include "server/retention_sweeper.h"
#include "server/roster/absence_sweeper.h"
#include "server/secret_file.h"
#include "server/ticket/escalation_sweeper.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "address to serve gRPC on (env FRONTDESK_LISTEN)");
ABSL_FLAG(std::string, db, "sqlite:var/frontdesk.db",
          "database: sqlite:PATH or mysql://user:pass@host:port/db "
          "(env FRONTDESK_DB)");
ABSL_FLAG(absl::Duration, sweep_interval, absl::Seconds(30),
          "how often the escalation sweeper looks for breached deadlines "
          "(env FRONTDESK_SWEEP_INTERVAL, e.g. 30s)");
ABSL_FLAG(absl::Duration, clock_offset, absl::ZeroDuration(),
          "shift the server's clock (drills and tests only; env "
          "FRONTDESK_CLOCK_OFFSET, e.g. 30h); 0 in production");
ABSL_FLAG(absl::Duration, retention_interval, absl::Hours(1),
          "how often personal data past each site's visitor and ticket "
          "retention is erased (env FRONTDESK_RETENTION_INTERVAL)");
ABSL_FLAG(absl::Duration, request_id_ttl, absl::Hours(24 * 7),
          "how long a request_id's response is kept for retries (env "
          "FRONTDESK_REQUEST_ID_TTL); swept with --retention_interval");
ABSL_FLAG(std::string, data_key_file, "",
          "File with the 64-hex-digit key that seals document and phone "
          "numbers (default: beside an SQLite database, created on first "
          "start; required with MariaDB). Env FRONTDESK_DATA_KEY_FILE.");
ABSL_FLAG(std::string, report_db, "",
          "where the reports read: a replica of --db, same URL forms; empty "
          "means --db (env FRONTDESK_REPORT_DB)");
ABSL_FLAG(absl::Duration, heartbeat_interval, absl::Seconds(1),
          "how often the primary's heartbeat is written, which dates reports "
          "read from a replica; 0 turns it off (env "
          "FRONTDESK_HEARTBEAT_INTERVAL)");
ABSL_FLAG(int, threads, 8,
          "request threads, and database sessions (env FRONTDESK_THREADS)");

namespace frontdesk {
namespace {

// Environment values become the flags' defaults; the command line wins.
void ApplyEnvironment() {
  if (const char* v = std::getenv("FRONTDESK_LISTEN"); v && *v) {
    absl::SetFlag(&FLAGS_listen, v);
  }
  if (const char* v = std::getenv("FRONTDESK_DB"); v && *v) {
    absl::SetFlag(&FLAGS_db, v);
  }
  if (const char* v = std::getenv("FRONTDESK_SWEEP_INTERVAL"); v && *v) {
    absl::Duration d;
    if (absl::ParseDuration(v, &d)) absl::SetFlag(&FLAGS_sweep_interval, d);
  }
  if (const char* v = std::getenv("FRONTDESK_CLOCK_OFFSET"); v && *v) {
    absl::Duration d;
    if (absl::ParseDuration(v, &d)) absl::SetFlag(&FLAGS_clock_offset, d);
  }
  if (const char* v = std::getenv("FRONTDESK_RETENTION_INTERVAL"); v && *v) {
    absl::Duration d;
    if (absl::ParseDuration(v, &d)) absl::SetFlag(&FLAGS_retention_interval, d);
  }
  if (const char* v = std::getenv("FRONTDESK_REQUEST_ID_TTL"); v && *v) {
    absl::Duration d;
    if (absl::ParseDuration(v, &d)) absl::SetFlag(&FLAGS_request_id_ttl, d);
  }
  if (const char* v = std::getenv("FRONTDESK_REPORT_DB"); v && *v) {
    absl::SetFlag(&FLAGS_report_db, v);
  }
  if (const char* v = std::getenv("FRONTDESK_HEARTBEAT_INTERVAL"); v && *v) {
    absl::Duration d;
    if (absl::ParseDuration(v, &d)) absl::SetFlag(&FLAGS_heartbeat_interval, d);
  }
  if (const char* v = std::getenv("FRONTDESK_DATA_KEY_FILE"); v && *v) {
    absl::SetFlag(&FLAGS_data_key_file, v);
  }
  if (const char* v = std::getenv("FRONTDESK_THREADS"); v && *v) {
    int n = 0;
    if (absl::SimpleAtoi(v, &n)) absl::SetFlag(&FLAGS_threads, n);
  }
}

std::string TokenFilePath() {
  if (const char* v = std::getenv("FRONTDESK_TOKEN_FILE"); v && *v) return v;
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.config/frontdesk/token";
}

absl::StatusOr<db::DatabaseConfig> LoadDatabaseConfig() {
  auto config = db::ParseDatabaseUrl("--db", absl::GetFlag(FLAGS_db));
  if (config.ok() && config->backend == db::Backend::kSqlite) {
    auto parent = std::filesystem::path(config->sqlite_path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  return config;
}

// Retries until the database answers, so that a server started before its
// database comes up by itself once the database does.
bool MigrateWithRetry(db::Database& database, const std::atomic<bool>& stop) {
  for (int attempt = 0; !stop.load(); ++attempt) {
    auto applied = db::Migrate(database);
    if (applied.ok()) {
      for (int v : *applied) spdlog::info("migration {} applied", v);
      return true;
    }
    if (applied.status().code() != absl::StatusCode::kUnavailable) {
      spdlog::critical("migration failed: {}", applied.status().ToString());
      return false;
    }
    if (attempt % 10 == 0) {
      spdlog::warn("database unavailable, retrying: {}",
                   applied.status().ToString());
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  return false;
}

// Runs `sweep` (which returns an absl::StatusOr) on `task` every `interval`.
// A failure is logged as a warning; `describe` says at info what a pass did,
// or "" when it did nothing, so an idle sweep stays quiet.
template <typename Sweep, typename Describe>
void StartSweep(PeriodicTask& task, absl::Duration interval, const char* name,
                Sweep sweep, Describe describe) {
  task.Start(interval, [=] {
    auto done = sweep();
    if (!done.ok()) {
      spdlog::warn("{}: {}", name, done.status().ToString());
      return;
    }
    std::string what = describe(*done);
    if (!what.empty()) spdlog::info("{}: {}", name, what);
  });
}

int RunServer() {
  auto config = LoadDatabaseConfig();
  if (!config.ok()) {
    spdlog::critical("{}", std::string(config.status().message()));
    return 2;
  }
  auto protector = LoadDataKey(*config, absl::GetFlag(FLAGS_data_key_file));
  if (!protector.ok()) {
    spdlog::critical("{}", std::string(protector.status().message()));
    return 2;
  }
  int threads = std::max(2, absl::GetFlag(FLAGS_threads));
  std::string listen = absl::GetFlag(FLAGS_listen);

  // Signals are taken by one thread with sigwait; every other thread
  // (gRPC's included, created after this) inherits the blocked mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::condition_variable cv;
  std::thread signal_thread([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    spdlog::info("signal {} received: draining", sig);
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    cv.notify_all();
  });

  db::Database database(*config, threads);
  spdlog::info("database {}", config->redacted_url);
  if (!MigrateWithRetry(database, stop)) {
    if (!stop) {
      kill(getpid(), SIGTERM);  // release the signal thread
    }
    signal_thread.join();
    return stop ? 0 : 1;
  }

  OffsetClock clock(absl::GetFlag(FLAGS_clock_offset));
  if (absl::GetFlag(FLAGS_clock_offset) != absl::ZeroDuration()) {
    spdlog::warn("clock offset {}: this server lives in another time",
                 absl::FormatDuration(absl::GetFlag(FLAGS_clock_offset)));
  }
  absl::Status key_check =
      CheckDataKey(database, *protector, ToMicros(clock.Now()));
  if (!key_check.ok()) {
    spdlog::critical("data key: {}", std::string(key_check.message()));
    kill(getpid(), SIGTERM);
    signal_thread.join();
    return 1;
  }
  // Rows written before their columns were sealed (db/legacy_sealing.h):
  // sealed now, before anything is served.
  auto sealed = db::SealLegacyPersonalData(database, *protector);
  if (!sealed.ok()) {
    spdlog::critical("sealing personal data: {}", sealed.status().ToString());
    kill(getpid(), SIGTERM);
    signal_thread.join();
    return 1;
  }
  if (sealed->total() > 0) {
    spdlog::info(
        "sealed personal data written before it was sealed at rest: {} "
        "ticket(s), {} history entr(y/ies), {} recorded response(s)",
        sealed->tickets, sealed->ticket_events, sealed->recorded_responses);
  }
  // The first admin token goes to its file in the transaction that issues
  // it: a file that cannot be written stops the server (exit 1, saying
  // why) and issues nothing, so the next start tries again.
  const std::string token_path = TokenFilePath();
  absl::Status token_file = absl::OkStatus();
  auto secret = BootstrapAdminToken(
      database, ToMicros(clock.Now()), [&](const std::string& issued) {
        token_file = WriteSecretFile(token_path, issued);
        return token_file;
      });
  if (!token_file.ok()) {
    spdlog::critical(
        "first start: could not write the admin token file {}: {}; no "
        "token was issued: make the path writable or set "
        "FRONTDESK_TOKEN_FILE, then start again",
        token_path, std::string(token_file.message()));
    kill(getpid(), SIGTERM);
    signal_thread.join();
    return 1;
  }
  if (!secret.ok()) {
    spdlog::critical("bootstrap: {}", secret.status().ToString());
    kill(getpid(), SIGTERM);
    signal_thread.join();
    return 1;
  }
  if (!secret->empty()) {
    spdlog::info("first start: admin token written to {} (mode 0600)",
                 token_path);
  }

  // The report database (a replica) must hold this server's schema: a
  // report reading tables the replica does not have yet would fail.
  std::unique_ptr<db::Database> report_database;
  if (const std::string url = absl::GetFlag(FLAGS_report_db); !url.empty()) {
    auto report_config = db::ParseDatabaseUrl("--report-db", url);
    if (!report_config.ok()) {
      spdlog::critical("{}", std::string(report_config.status().message()));
      kill(getpid(), SIGTERM);
      signal_thread.join();
      return 2;
    }
    report_database = std::make_unique<db::Database>(*report_config, threads);
    auto theirs = db::SchemaVersion(*report_database);
    auto ours = db::SchemaVersion(database);
    if (theirs.ok() && ours.ok() && *theirs < *ours) {
      spdlog::critical(
          "report database {} is at schema version {}, this server needs "
          "{}: let the replica catch up with the primary first",
          report_config->redacted_url, *theirs, *ours);
      kill(getpid(), SIGTERM);
      signal_thread.join();
      return 1;
    }
    if (!theirs.ok()) {
      spdlog::warn("report database {} unreachable for now: {}",
                   report_config->redacted_url, theirs.status().ToString());
    }
    spdlog::info("reports read {}", report_config->redacted_url);
  }

  FrontdeskServer server(database, clock, *protector, threads,
                         report_database.get());
  if (!server.Start(listen)) {
    spdlog::critical("could not listen on {}", listen);
    kill(getpid(), SIGTERM);
    signal_thread.join();
    return 1;
  }
  spdlog::info("frontdeskd serving on {} ({} threads)", listen, threads);
  PeriodicTask escalations, retention, request_ids;
  PeriodicTask absences, heartbeat;
  StartSweep(
      escalations, absl::GetFlag(FLAGS_sweep_interval), "escalation sweep",
      [&] {
        return EscalationSweeper(database, clock, *protector).SweepOnce();
      },
      [](int steps) {
        return steps > 0 ? absl::StrCat(steps, " step(s) recorded") : "";
      });
  StartSweep(
      retention, absl::GetFlag(FLAGS_retention_interval), "retention sweep",
      [&] { return RetentionSweeper(database, clock).SweepOnce(); },
      [](const RetentionCounts& erased) -> std::string {
        if (erased.total() == 0) return "";
        return absl::StrFormat(
            "personal data erased from %d visit(s), %d refusal(s), %d "
            "alert(s), %d key event(s), %d pass(es), %d ticket reporter(s) "
            "and %d ticket history entr(y/ies)",
            erased.visits, erased.refusals, erased.alerts, erased.key_events,
            erased.passes, erased.tickets, erased.ticket_events);
      });
  StartSweep(
      request_ids, absl::GetFlag(FLAGS_retention_interval), "request-id sweep",
      [&] {
        return ForgetOldRequestIds(database, clock.Now(),
                                   absl::GetFlag(FLAGS_request_id_ttl));
      },
      [](int forgotten) {
        return forgotten > 0
                   ? absl::StrCat(forgotten, " old response(s) forgotten")
                   : "";
      });
  StartSweep(
      absences, absl::GetFlag(FLAGS_sweep_interval), "absence sweep",
      [&] { return AbsenceSweeper(database, clock).SweepOnce(); },
      [](int marked) {
        return marked > 0 ? absl::StrCat(marked, " duty(ies) marked ABSENT")
                          : "";
      });

  if (absl::GetFlag(FLAGS_heartbeat_interval) > absl::ZeroDuration()) {
    StartSweep(
        heartbeat, absl::GetFlag(FLAGS_heartbeat_interval), "heartbeat",
        [&]() -> absl::StatusOr<bool> {
          absl::Status beat = database.Transact(
              [&](db::Tx& tx) { return db::Beat(tx, ToMicros(clock.Now())); });
          if (!beat.ok()) return beat;
          return true;
        },
        [](bool) { return std::string(); });
  }

  // Health follows the database: NOT_SERVING while it is unreachable.
  {
    std::unique_lock<std::mutex> lock(mu);
    bool serving = true;
    while (!stop) {
      cv.wait_for(lock, std::chrono::seconds(5), [&] { return stop.load(); });
      if (stop) break;
      lock.unlock();
      bool ok = database.Ping().ok();
      lock.lock();
      if (ok != serving && !stop) {
        serving = ok;
        server.SetServing(ok);
        spdlog::warn("database {}", ok ? "reachable again: SERVING"
                                       : "unreachable: NOT_SERVING");
      }
    }
  }
  escalations.Stop();
  retention.Stop();
  request_ids.Stop();
  absences.Stop();
  heartbeat.Stop();
  server.Shutdown(absl::Seconds(20));
  if (report_database) report_database->Close();
  database.Close();
  signal_thread.join();
  spdlog::info("frontdeskd stopped");
  return 0;
}

int MigrateOnly() {
  auto config = LoadDatabaseConfig();
  if (!config.ok()) {
    spdlog::critical("{}", std::string(config.status().message()));
    return 2;
  }
  db::Database database(*config, 1);
  auto applied = db::Migrate(database);
  if (!applied.ok()) {
    spdlog::critical("migration failed: {}", applied.status().ToString());
    return 1;
  }
  auto version = db::SchemaVersion(database);
  spdlog::info("{} migration(s) applied; schema version {}", applied->size(),
               version.ok() ? *version : -1);
  return 0;
}

}  // namespace
}  // namespace frontdesk

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "frontdesk gRPC server.\n  frontdeskd [flags]          serve\n"
      "  frontdeskd migrate [flags]  apply database migrations and exit");
  frontdesk::ApplyEnvironment();
  // Flag names may be written with dashes (--report-db): absl knows them
  // with underscores. Values are left as they are.
  std::vector<std::string> spelled(argv, argv + argc);
  std::vector<char*> normalized;
  for (std::string& arg : spelled) {
    if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      const size_t end = std::min(arg.find('='), arg.size());
      std::replace(arg.begin() + 2, arg.begin() + end, '-', '_');
    }
    normalized.push_back(arg.data());
  }
  std::vector<char*> args = absl::ParseCommandLine(
      static_cast<int>(normalized.size()), normalized.data());
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
  if (args.size() > 2 ||
      (args.size() == 2 && std::string(args[1]) != "migrate")) {
    spdlog::critical(
        "unknown command; use `frontdeskd` or `frontdeskd migrate`");
    return 2;
  }
  if (args.size() == 2) return frontdesk::MigrateOnly();
  return frontdesk::RunServer();
}
