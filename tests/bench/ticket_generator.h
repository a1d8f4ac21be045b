// The data model and loader of frontdesk_generate (generate_tickets.cc):
// sites with their staff and residents, the tickets per site and local day,
// and their bulk load (db/bench/bulk_loader.h); plus the small helpers the
// program's parts share (exit on error, seconds, RFC 3339 text).
#ifndef FRONTDESK_TESTS_BENCH_TICKET_GENERATOR_H_
#define FRONTDESK_TESTS_BENCH_TICKET_GENERATOR_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/data_protector.h"
#include "db/bench/bulk_loader.h"
#include "db/database.h"
#include "tests/bench/ticket_lifecycle.h"
#include "tests/bench/ticket_mix.h"

namespace frontdesk::bench {

// Exits with a message on a non-OK status.
void Check(const absl::Status& s, absl::string_view what);

inline double Seconds(absl::Duration d) { return absl::ToDoubleSeconds(d); }

// "2026-11-23T01:00:00Z".
std::string Rfc3339(absl::Time t);

struct Resident {
  std::string unit_id;
  std::string name;
  std::string phone;
  int calls = 0;         // tickets reported
  int unit_tickets = 0;  // tickets naming the unit
};

struct SiteModel {
  std::string id;
  absl::TimeZone tz;
  double size = 1;                  // relative ticket volume
  std::vector<Resident> residents;  // shuffled: the first ones call most
  std::string duty_phone;           // the guard's phone, for patrol tickets
  absl::CivilDay first_day, last_day;
  long long tickets = 0;
  SiteHands hands;
  std::optional<long long> last_ticket_id;  // the latest loaded
};

// Loads tickets created in [start, end) into `database`, drawn from `mix`,
// reporters sealed with `protector` (the database's data key), each with
// its handling up to `end` (ticket_lifecycle.h). Call CreateSites,
// PlanCounts and Load in that order; Check exits on any database error.
class Generator {
 public:
  Generator(db::Database& database, const DataProtector& protector,
            TicketMix& mix, absl::Time start, absl::Time end)
      : db_(database),
        protector_(protector),
        mix_(mix),
        start_(start),
        end_(end),
        lifecycle_(mix, ToMicros(end)) {}

  // Sites, their staff, departments, vendors and units (one resident each).
  void CreateSites(int count, const std::string& prefix);

  // Tickets per site and local day: weights, then largest remainders so that
  // the total is exact.
  void PlanCounts(long long total);

  // The tickets and their history, then the number counters.
  void Load(int batch_size);

  const std::vector<SiteModel>& sites() const { return sites_; }

 private:
  absl::Time SampleTime(const SiteModel& site, absl::CivilDay day);
  size_t PickResident(const SiteModel& site);
  void GenerateDay(SiteModel& site, absl::CivilDay day, int count,
                   std::vector<db::BulkTicket>* out);
  void Emit(db::BulkTicket t);
  void FlushBatch();

  db::Database& db_;
  const DataProtector& protector_;
  TicketMix& mix_;
  const absl::Time start_, end_;
  Lifecycle lifecycle_;
  IdCounters ids_;
  db::BulkHistory history_;
  std::map<std::string, size_t> site_index_;
  std::vector<SiteModel> sites_;
  absl::CivilDay base_;
  int days_ = 0;
  std::vector<int> counts_;  // [site * days_ + day]
  std::vector<db::TicketCounter> counters_;
  std::vector<db::BulkTicket> batch_;
  int batch_size_ = 1000;
  long long next_id_ = 1;
  long long loaded_ = 0, loaded_rows_ = 0, reported_rows_ = 0;
  absl::Time load_start_, last_report_;
  absl::Duration db_time_;
};

}  // namespace frontdesk::bench

#endif  // FRONTDESK_TESTS_BENCH_TICKET_GENERATOR_H_
