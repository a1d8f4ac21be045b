#include "db/bench/bench_baseline.h"

#include <mysql.h>

#include <chrono>
#include <mutex>
#include <thread>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/status.h"
#include "common/ticket_number.h"
#include "db/database.h"
#include "db/ticket/ticket_rows.h"

namespace frontdesk::db {
namespace {

constexpr int kMaxAttempts = 4;  // as db::Database

// The key=value pairs of a SOCI connection string as ParseDatabaseUrl writes
// them (values quoted with '...' and \-escapes), so that the URL is parsed
// exactly once, by ParseDatabaseUrl.
std::map<std::string, std::string> SplitSociConnect(absl::string_view s) {
  std::map<std::string, std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t eq = s.find('=', i);
    if (eq == absl::string_view::npos) break;
    std::string key(s.substr(i, eq - i));
    std::string value;
    i = eq + 1;
    if (i < s.size() && s[i] == '\'') {
      for (++i; i < s.size() && s[i] != '\''; ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        value.push_back(s[i]);
      }
      ++i;  // closing quote
    } else {
      while (i < s.size() && s[i] != ' ') value.push_back(s[i++]);
    }
    out[key] = value;
  }
  return out;
}

bool Retryable(unsigned err) {
  return err == 1213 /*ER_LOCK_DEADLOCK*/ || err == 1205 /*lock wait timeout*/;
}

}  // namespace

absl::StatusOr<std::unique_ptr<BenchBaseline>> BenchBaseline::Open(
    absl::string_view url, const DataProtector& protector) {
  auto config = ParseDatabaseUrl("--mysql", url);
  if (!config.ok()) return config.status();
  if (config->backend != Backend::kMysql) {
    return InvalidField("--mysql", "the raw-SQL baseline needs a mysql:// URL");
  }
  auto params = SplitSociConnect(config->soci_connect);
  unsigned port = 3306;
  (void)absl::SimpleAtoi(params["port"], &port);

  // mysql_init() initialises the library on first use, which is not
  // thread-safe; do it once up front.
  static std::once_flag once;
  std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
  MYSQL* mysql = mysql_init(nullptr);
  if (mysql == nullptr) {
    return Error(absl::StatusCode::kResourceExhausted, "OUT_OF_MEMORY",
                 "mysql_init failed");
  }
  mysql_options(mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  const std::string& socket = params["unix_socket"];
  if (mysql_real_connect(mysql, params["host"].c_str(), params["user"].c_str(),
                         params["password"].c_str(), params["db"].c_str(), port,
                         socket.empty() ? nullptr : socket.c_str(),
                         0) == nullptr) {
    absl::Status status =
        Error(absl::StatusCode::kUnavailable, "DATABASE_UNAVAILABLE",
              absl::StrCat("cannot connect to ", config->redacted_url, ": ",
                           mysql_error(mysql)));
    mysql_close(mysql);
    return status;
  }
  std::unique_ptr<BenchBaseline> baseline(new BenchBaseline(mysql, protector));
  for (const char* setup :
       {"SET time_zone = '+00:00'",
        "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,"
        "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'"}) {
    absl::Status s = baseline->Exec(setup);
    if (!s.ok()) return s;
  }
  return baseline;
}

BenchBaseline::~BenchBaseline() { mysql_close(mysql_); }

absl::Status BenchBaseline::LastError(absl::string_view what) {
  last_errno_ = mysql_errno(mysql_);
  absl::StatusCode code = absl::StatusCode::kInternal;
  if (Retryable(last_errno_)) code = absl::StatusCode::kAborted;
  if (last_errno_ >= 2000) code = absl::StatusCode::kUnavailable;  // client
  return Error(
      code, "DATABASE_ERROR",
      absl::StrCat(what, ": ", mysql_error(mysql_), " (", last_errno_, ")"));
}

absl::Status BenchBaseline::Exec(const std::string& sql) {
  last_errno_ = 0;
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) {
    return LastError(sql.substr(0, 60));
  }
  // Statements without a result set have none to free.
  if (MYSQL_RES* res = mysql_store_result(mysql_)) mysql_free_result(res);
  return absl::OkStatus();
}

std::string BenchBaseline::Quote(absl::string_view text) {
  std::string out(text.size() * 2 + 3, '\0');
  out[0] = '\'';
  unsigned long n =
      mysql_real_escape_string(mysql_, &out[1], text.data(), text.size());
  out[n + 1] = '\'';
  out.resize(n + 2);
  return out;
}

absl::Status BenchBaseline::EnsureSite(const std::string& site_id,
                                       const std::string& time_zone,
                                       long long now_us) {
  return Exec(absl::StrCat(
      "INSERT IGNORE INTO sites (id, display_name, time_zone, address,"
      " create_time_us, update_time_us, version) VALUES (",
      Quote(site_id), ", ", Quote(site_id), ", ", Quote(time_zone), ", '', ",
      now_us, ", ", now_us, ", 1)"));
}

absl::StatusOr<absl::TimeZone> BenchBaseline::SiteTimeZone(
    const std::string& site_id) {
  if (auto it = time_zones_.find(site_id); it != time_zones_.end()) {
    return it->second;
  }
  std::string sql =
      absl::StrCat("SELECT time_zone FROM sites WHERE id = ", Quote(site_id));
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) {
    return LastError("SELECT time_zone");
  }
  MYSQL_RES* res = mysql_store_result(mysql_);
  if (res == nullptr) return LastError("SELECT time_zone");
  MYSQL_ROW row = mysql_fetch_row(res);
  std::string name = row && row[0] ? row[0] : "";
  mysql_free_result(res);
  if (name.empty()) {
    return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
                 absl::StrCat("site \"sites/", site_id, "\" does not exist"));
  }
  absl::TimeZone tz;
  if (!absl::LoadTimeZone(name, &tz)) tz = absl::UTCTimeZone();
  time_zones_[site_id] = tz;
  return tz;
}

absl::StatusOr<long long> BenchBaseline::InsertTicketWithEvent(
    const std::string& site_id, const v1::Ticket& ticket,
    const std::string& actor, long long now_us) {
  auto tz = SiteTimeZone(site_id);
  if (!tz.ok()) return tz.status();
  absl::StatusOr<long long> id;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    id = InsertOnce(site_id, *tz, ticket, actor, now_us);
    if (id.ok()) return id;
    bool retry = Retryable(last_errno_);
    if (last_errno_ < 2000) (void)Exec("ROLLBACK");
    if (!retry) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
  }
  return id;
}

absl::StatusOr<long long> BenchBaseline::InsertOnce(const std::string& site_id,
                                                    absl::TimeZone tz,
                                                    const v1::Ticket& ticket,
                                                    const std::string& actor,
                                                    long long now_us) {
  const int date_key = LocalDateKey(FromMicros(now_us), tz);
  const std::string site = Quote(site_id);
  absl::Status s = Exec("START TRANSACTION");
  if (!s.ok()) return s;
  s = Exec(absl::StrCat(
      "INSERT INTO ticket_number_counters (site_id, date_key, last_sequence)"
      " VALUES (",
      site, ", ", date_key,
      ", 1)"
      " ON DUPLICATE KEY UPDATE last_sequence = last_sequence + 1"));
  if (!s.ok()) return s;

  std::string sql = absl::StrCat(
      "SELECT last_sequence FROM ticket_number_counters WHERE site_id = ", site,
      " AND date_key = ", date_key);
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) {
    return LastError("SELECT last_sequence");
  }
  MYSQL_RES* res = mysql_store_result(mysql_);
  if (res == nullptr) return LastError("SELECT last_sequence");
  MYSQL_ROW row = mysql_fetch_row(res);
  long long sequence = 0;
  bool ok = row && row[0] && absl::SimpleAtoi(row[0], &sequence);
  mysql_free_result(res);
  if (!ok) {
    return Error(absl::StatusCode::kInternal, "DATABASE_ERROR",
                 "the ticket number counter row is missing");
  }

  const ReporterColumns reporter =
      ReporterColumns::Seal(protector_, ticket.reporter());
  const int priority = ticket.priority() == v1::Ticket::PRIORITY_UNSPECIFIED
                           ? v1::Ticket::NORMAL
                           : ticket.priority();
  s = Exec(absl::StrCat(
      "INSERT INTO tickets (site_id, number, channel, kind, complaint_class,"
      " priority, status, reporter_name_sealed, reporter_phone_sealed,"
      " reporter_phone_blind, unit_id, location, subject, description,"
      " created_by, create_time_us, update_time_us, version) VALUES (",
      site, ", ", Quote(FormatTicketNumber(site_id, date_key, sequence)), ", ",
      static_cast<int>(ticket.channel()), ", ", static_cast<int>(ticket.kind()),
      ", ", static_cast<int>(ticket.complaint_class()), ", ", priority, ", ",
      static_cast<int>(v1::Ticket::NEW), ", ", Quote(reporter.name_sealed),
      ", ", Quote(reporter.phone_sealed), ", ", Quote(reporter.phone_blind),
      ", '', ", Quote(ticket.reporter().location()), ", ",
      Quote(ticket.subject()), ", ", Quote(ticket.description()), ", ",
      Quote(actor), ", ", now_us, ", ", now_us, ", 1)"));
  if (!s.ok()) return s;
  const long long id = static_cast<long long>(mysql_insert_id(mysql_));

  s = Exec(absl::StrCat(
      "INSERT INTO ticket_events (ticket_id, site_id, type, actor,"
      " create_time_us, changes_json, note) VALUES (",
      id, ", ", site, ", ", static_cast<int>(v1::TicketEvent::CREATED), ", ",
      Quote(actor), ", ", now_us, ", '', '')"));
  if (!s.ok()) return s;
  s = Exec("COMMIT");
  if (!s.ok()) return s;
  return id;
}

absl::StatusOr<std::string> BenchBaseline::ReadTicketById(long long id) {
  last_errno_ = 0;
  std::string sql = absl::StrCat(
      "SELECT id, site_id, number, channel, kind, complaint_class, priority,"
      " status, reporter_name_sealed, reporter_phone_sealed, unit_id,"
      " location, subject,"
      " description, created_by, create_time_us, update_time_us, version"
      " FROM tickets WHERE id = ",
      id);
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) {
    return LastError("SELECT ticket");
  }
  MYSQL_RES* res = mysql_store_result(mysql_);
  if (res == nullptr) return LastError("SELECT ticket");
  MYSQL_ROW row = mysql_fetch_row(res);
  std::string number = row && row[2] ? row[2] : "";
  mysql_free_result(res);
  if (number.empty()) {
    return Error(absl::StatusCode::kNotFound, "TICKET_NOT_FOUND",
                 absl::StrCat("ticket ", id, " does not exist"));
  }
  return number;
}

}  // namespace frontdesk::db
