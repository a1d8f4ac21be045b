// The ListTickets queries that frontdesk_generate (generate_tickets.cc) times
// on the tickets it loaded: the busiest and quietest sites, rare and common
// filters, a frequent caller, a unit, time ranges and a keyset page; each
// run through db::ListTickets, then explained (MariaDB EXPLAIN, SQLite
// EXPLAIN QUERY PLAN).
#ifndef FRONTDESK_TESTS_BENCH_TICKET_PROBES_H_
#define FRONTDESK_TESTS_BENCH_TICKET_PROBES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "common/data_protector.h"
#include "db/database.h"
#include "tests/bench/ticket_generator.h"

namespace frontdesk::bench {

struct Probe {
  std::string label;
  std::string site_id;  // "" for every site
  std::string filter;
  std::optional<std::pair<long long, long long>> before;
};

// The queries for the loaded `sites`, whose history ends at `end`.
std::vector<Probe> Probes(const std::vector<SiteModel>& sites, absl::Time end);

// Prints each query's rows and timings over `runs` runs after a first one,
// then its plan. `protector` is the database's data key (the reporter_phone
// filter compares its blind index).
void RunProbes(db::Database& database, const DataProtector& protector,
               const std::vector<Probe>& probes, int runs);

}  // namespace frontdesk::bench

#endif  // FRONTDESK_TESTS_BENCH_TICKET_PROBES_H_
