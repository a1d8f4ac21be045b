// frontdesk_generate: loads a realistic volume of tickets straight into a
// database (no server), then times representative ListTickets queries on it
// to show that the indexes hold at volume. A program, not a test: it prints
// figures.
//
//   frontdesk_generate --db mysql://user:pass@127.0.0.1:3306/frontdesk
//       [--data_key_file F] [--tickets 1000000] [--sites 50] [--months 12]
//       [--seed 1] [--batch 1000] [--site_prefix gen] [--query_runs 10]
//
// Contract:
// - Reporters are sealed with the data key frontdeskd will use on this
//   database (--data_key_file or $FRONTDESK_DATA_KEY_FILE; beside an SQLite
//   file by default, as frontdeskd finds it: server/data_key.h), which the
//   database must not already refuse.
// - Migrates the database first (db::Migrate), then creates --sites new sites
//   "{prefix}01".. (FAILED if one exists: pick another --site_prefix), each
//   with its staff (two receptionists, a butler, a guard, the manager), four
//   departments, two vendors (a lift company and the developer's team) and
//   units "{building}-{entrance}-{floor}{room}" such as "3-2-501", one
//   resident (name, mobile) per unit.
// - Spreads --tickets over the sites (by their size) and the local days of
//   the last --months ending now (weekday, season and a slight growth),
//   daytime-heavy in each site's time zone; kinds, channels and the rest
//   from tests/bench/ticket_mix.h. One resident in twenty calls five times
//   as often as the rest.
// - Each ticket is handled as the workflow verbs would have handled it, up
//   to now (tests/bench/ticket_lifecycle.h): dispatched to the site's
//   departments or vendors, arrival, holds, promises, completion,
//   resolution, callbacks (some unsatisfied and reworked), escalation when
//   overdue, a few duplicates, cancellations and unfounded complaints. Its
//   history, states, work orders, callbacks, pauses and escalations are what
//   the reports read.
// - Numbers are "{SITE}-{yyyymmdd}-{nnnn}" per site and local day in time
//   order, ids ascend with create time, and ticket_number_counters holds
//   each (site, day)'s last sequence — the state frontdeskd would have left. Counters are written last: an
//   interrupted load leaves tickets without their counters.
// - Writes with db/bulk_loader.h: --batch tickets (and their history) per
//   transaction, in multi-row statements. It must be the only writer of
//   tickets while it runs (explicit ids).
// - Prints rows/s while loading and the totals, then each query's timings
//   through db::ListTickets and (MariaDB and SQLite) the plan it ran with.
//
// The sites and the load are in ticket_generator.h, the queries in
// ticket_probes.h; this file holds the flags and the run.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/migrator.h"
#include "server/data_key.h"
#include "tests/bench/ticket_generator.h"
#include "tests/bench/ticket_mix.h"
#include "tests/bench/ticket_probes.h"

ABSL_FLAG(std::string, db, "",
          "database to load: mysql://user:pass@host:port/db or sqlite:PATH");
ABSL_FLAG(std::string, data_key_file, "",
          "the data key frontdeskd uses on --db (default "
          "$FRONTDESK_DATA_KEY_FILE, or beside an SQLite file)");
ABSL_FLAG(int64_t, tickets, 1000000, "tickets to create");
ABSL_FLAG(int, sites, 50, "sites to spread them over");
ABSL_FLAG(int, months, 12, "months of history, ending now");
ABSL_FLAG(uint64_t, seed, 1, "random seed (the same seed, the same data)");
ABSL_FLAG(int, batch, 1000, "tickets per multi-row INSERT and transaction");
ABSL_FLAG(std::string, site_prefix, "gen",
          "site ids are {prefix}01, {prefix}02, ... (letters, 1..12)");
ABSL_FLAG(int, query_runs, 10, "timed runs of each query");

namespace frontdesk::bench {
namespace {

int Main() {
  const std::string url = absl::GetFlag(FLAGS_db);
  auto config = db::ParseDatabaseUrl("--db", url);
  if (!config.ok()) {
    std::fprintf(stderr, "frontdesk_generate: %s\n",
                 std::string(config.status().message()).c_str());
    return 2;
  }
  if (config->backend == db::Backend::kSqlite) {
    auto parent = std::filesystem::path(config->sqlite_path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  const long long total = absl::GetFlag(FLAGS_tickets);
  const int sites = absl::GetFlag(FLAGS_sites);
  const int months = absl::GetFlag(FLAGS_months);
  const int batch = absl::GetFlag(FLAGS_batch);
  if (total < 0 || sites < 1 || sites > 999 || months < 1 || batch < 1) {
    std::fprintf(stderr,
                 "frontdesk_generate: need --tickets >= 0, --sites 1..999, "
                 "--months >= 1, --batch >= 1\n");
    return 2;
  }
  std::string key_file = absl::GetFlag(FLAGS_data_key_file);
  if (const char* v = std::getenv("FRONTDESK_DATA_KEY_FILE");
      key_file.empty() && v != nullptr) {
    key_file = v;
  }
  auto protector = LoadDataKey(*config, key_file);
  Check(protector.status(), "--data_key_file");
  db::Database database(*config, 1);
  absl::Time t0 = absl::Now();
  auto applied = db::Migrate(database);
  Check(applied.status(), "migrating");
  Check(CheckDataKey(database, *protector, ToMicros(absl::Now())), "data key");
  std::printf("database %s: %zu migration(s) applied\n",
              config->redacted_url.c_str(), applied->size());

  const absl::Time end = absl::Now();
  const absl::CivilSecond now_utc =
      absl::ToCivilSecond(end, absl::UTCTimeZone());
  const absl::Time start = absl::FromCivil(
      absl::CivilSecond(now_utc.year(), now_utc.month() - months, now_utc.day(),
                        now_utc.hour(), now_utc.minute(), now_utc.second()),
      absl::UTCTimeZone());
  std::printf("%lld tickets over %d sites, %s .. %s (UTC), batches of %d\n",
              total, sites, Rfc3339(start).c_str(), Rfc3339(end).c_str(),
              batch);

  TicketMix mix(absl::GetFlag(FLAGS_seed));
  Generator generator(database, *protector, mix, start, end);
  generator.CreateSites(sites, absl::GetFlag(FLAGS_site_prefix));
  generator.PlanCounts(total);
  generator.Load(batch);
  std::printf("total time %.1f s\n", Seconds(absl::Now() - t0));
  std::fflush(stdout);

  RunProbes(database, *protector, Probes(generator.sites(), end),
            std::max(1, absl::GetFlag(FLAGS_query_runs)));
  return 0;
}

}  // namespace
}  // namespace frontdesk::bench

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "loads realistic tickets into a database and times ListTickets on "
      "them.\n  frontdesk_generate --db URL [--tickets N] [--sites N] "
      "[--months N]");
  absl::ParseCommandLine(argc, argv);
  return frontdesk::bench::Main();
}
