// The raw-SQL baseline of tests/bench/frontdesk_bench: the database work of
// CreateTicket and GetTicket, straight through the MariaDB C client API
// (libmariadb, <mysql.h>) — no gRPC, no SOCI, no session pool — so that the
// service's figures can be read as a fraction of what the database alone
// allows. All SQL of the baseline lives here.
//
// Contract:
// - One BenchBaseline owns one MYSQL* connection and is not thread-safe; use
//   one per thread. Open() accepts the mysql:// URLs of ParseDatabaseUrl
//   (SQLite URLs are INVALID_ARGUMENT) and sets the session up as the server
//   does (utf8mb4, time zone +00:00, strict sql_mode).
// - InsertTicketWithEvent() runs the statements db::CreateTicket runs for a
//   ticket without a unit, in one transaction, in the same order: counter
//   upsert, counter select, ticket insert, CREATED event insert, commit.
//   Numbers come from the same ticket_number_counters rows as the server's,
//   so the baseline and a live server can share a database. The site's time
//   zone is read once per site and cached (the server reads it per ticket).
//   Deadlocks and lock wait timeouts are retried like db::Database does.
// - Statements use the text protocol with escaped literals, as SOCI's MySQL
//   backend does: the same number of round trips as the server's code.
// - The reporter's name and phone are sealed and the phone blinded with the
//   server's data key, as db::CreateTicket does [T-REPORTER-SEALED], so that
//   the server reads the baseline's tickets and the work compares.
// - The database must already be migrated (db::Migrate) and the site exist
//   (EnsureSite creates it if missing).
#ifndef FRONTDESK_DB_BENCH_BENCH_BASELINE_H_
#define FRONTDESK_DB_BENCH_BENCH_BASELINE_H_

#include <map>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "common/data_protector.h"
#include "frontdesk/v1/ticket_service.pb.h"

struct st_mysql;  // MYSQL, from <mysql.h>

namespace frontdesk::db {

class BenchBaseline {
 public:
  // Connects to the mysql:// `url`, sealing with `protector` (which must
  // outlive the baseline). UNAVAILABLE when the server cannot be reached,
  // INVALID_ARGUMENT for a malformed or non-MySQL URL.
  static absl::StatusOr<std::unique_ptr<BenchBaseline>> Open(
      absl::string_view url, const DataProtector& protector);
  ~BenchBaseline();
  BenchBaseline(const BenchBaseline&) = delete;
  BenchBaseline& operator=(const BenchBaseline&) = delete;

  // Inserts the site with `time_zone` unless a site with that id exists.
  absl::Status EnsureSite(const std::string& site_id,
                          const std::string& time_zone, long long now_us);

  // Records `ticket` (its channel, kind, complaint_class, priority, reporter
  // name/phone/location, subject and description) for `site_id` with status
  // NEW, a new number and a CREATED event by `actor`. Returns the ticket id.
  absl::StatusOr<long long> InsertTicketWithEvent(const std::string& site_id,
                                                  const v1::Ticket& ticket,
                                                  const std::string& actor,
                                                  long long now_us);

  // Reads every column of the ticket with primary key `id` (the server's
  // GetTicket by id); returns its number, NOT_FOUND when there is no such row.
  absl::StatusOr<std::string> ReadTicketById(long long id);

 private:
  BenchBaseline(st_mysql* mysql, const DataProtector& protector)
      : mysql_(mysql), protector_(protector) {}
  absl::Status Exec(const std::string& sql);
  absl::Status LastError(absl::string_view what);
  std::string Quote(absl::string_view text);
  absl::StatusOr<absl::TimeZone> SiteTimeZone(const std::string& site_id);
  absl::StatusOr<long long> InsertOnce(const std::string& site_id,
                                       absl::TimeZone tz,
                                       const v1::Ticket& ticket,
                                       const std::string& actor,
                                       long long now_us);

  st_mysql* mysql_;
  const DataProtector& protector_;
  unsigned last_errno_ = 0;
  std::map<std::string, absl::TimeZone> time_zones_;
};

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_BENCH_BENCH_BASELINE_H_
