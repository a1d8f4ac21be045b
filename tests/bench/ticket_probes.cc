// frontdesk_generate's timed ListTickets queries (ticket_probes.h).
#include "tests/bench/ticket_probes.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/names.h"
#include "db/bench/query_plan.h"
#include "db/ticket/ticket_store.h"

namespace frontdesk::bench {

std::vector<Probe> Probes(const std::vector<SiteModel>& sites, absl::Time end) {
  const SiteModel* busiest = &sites.front();
  const SiteModel* quietest = &sites.front();
  for (const SiteModel& s : sites) {
    if (s.tickets > busiest->tickets) busiest = &s;
    if (s.tickets < quietest->tickets) quietest = &s;
  }
  const Resident* caller = &busiest->residents.front();
  const Resident* unit = caller;
  for (const SiteModel& s : sites) {
    for (const Resident& r : s.residents) {
      if (r.calls > caller->calls) caller = &r;
    }
  }
  for (const Resident& r : busiest->residents) {
    if (r.unit_tickets > unit->unit_tickets) unit = &r;
  }
  const std::string& site = busiest->id;
  absl::CivilDay day = absl::ToCivilDay(end, busiest->tz) - 90;
  absl::Time day_start = absl::FromCivil(day, busiest->tz);
  auto range = [](absl::Time from, absl::Time to) {
    return absl::StrCat("create_time >= \"", Rfc3339(from),
                        "\" AND create_time < \"", Rfc3339(to), "\"");
  };
  return {
      {absl::StrCat("newest first, busiest site (", busiest->tickets,
                    " tickets)"),
       site, "", std::nullopt},
      {"status = NEW, one site", site, "status = NEW", std::nullopt},
      {"status = CANCELLED (rare), one site", site, "status = CANCELLED",
       std::nullopt},
      {"kind = REPAIR, one site", site, "kind = REPAIR", std::nullopt},
      {absl::StrCat("reporter_phone, every site (", caller->calls, " calls)"),
       "", absl::StrCat("reporter_phone = \"", caller->phone, "\""),
       std::nullopt},
      {absl::StrCat("unit, one site (", unit->unit_tickets, " tickets)"), site,
       absl::StrCat("unit = \"", UnitName(site, unit->unit_id), "\""),
       std::nullopt},
      {"create_time: one week 90 days ago, one site", site,
       range(day_start, day_start + absl::Hours(24 * 7)), std::nullopt},
      {"create_time: one day 90 days ago, every site", "",
       range(day_start, day_start + absl::Hours(24)), std::nullopt},
      {"page 6 months back (keyset), one site", site, "",
       std::make_pair(ToMicros(end - absl::Hours(24 * 182)),
                      std::numeric_limits<long long>::max())},
      {"newest first, every site", "", "", std::nullopt},
      {absl::StrCat("newest first, quietest site (", quietest->tickets,
                    " tickets)"),
       quietest->id, "", std::nullopt},
      {"kind = PRAISE, quietest site", quietest->id, "kind = PRAISE",
       std::nullopt},
  };
}

void RunProbes(db::Database& database, const DataProtector& protector,
               const std::vector<Probe>& probes, int runs) {
  std::printf(
      "\nListTickets through db::ListTickets (page_size 50, i.e. LIMIT 51), "
      "%d runs each, ms:\n",
      runs);
  std::printf("  %-48s %5s %8s %8s %8s\n", "query", "rows", "first", "median",
              "max");
  std::vector<db::TicketQuery> queries;
  for (const Probe& p : probes) {
    auto terms = ParseFilter(p.filter, db::TicketFilterSchema());
    Check(terms.status(), p.filter);
    db::TicketQuery q;
    if (!p.site_id.empty()) q.site_ids = {p.site_id};
    q.terms = *terms;
    q.before = p.before;
    q.limit = 51;
    std::vector<double> ms;
    size_t rows = 0;
    for (int i = 0; i <= runs; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      Check(database.Read([&](db::Tx& tx) -> absl::Status {
        auto listed = db::ListTickets(tx, protector, q);
        if (!listed.ok()) return listed.status();
        rows = listed->size();
        return absl::OkStatus();
      }),
            p.label);
      ms.push_back(std::chrono::duration<double, std::milli>(
                       std::chrono::steady_clock::now() - t0)
                       .count());
    }
    double first = ms.front();
    ms.erase(ms.begin());
    std::sort(ms.begin(), ms.end());
    std::printf("  %-48s %5zu %8.2f %8.2f %8.2f\n", p.label.c_str(), rows,
                first, ms[ms.size() / 2], ms.back());
    std::printf("      %s%s%s\n",
                p.site_id.empty() ? "sites/-" : SiteName(p.site_id).c_str(),
                p.filter.empty() ? "" : "  filter: ", p.filter.c_str());
    queries.push_back(std::move(q));
  }
  std::fflush(stdout);
  std::printf("\nPlans (%s):\n", database.backend() == db::Backend::kMysql
                                     ? "MariaDB EXPLAIN of the statement sent"
                                     : "SQLite EXPLAIN QUERY PLAN");
  for (size_t i = 0; i < probes.size(); ++i) {
    std::string plan;
    Check(database.Read([&](db::Tx& tx) -> absl::Status {
      auto explained = db::ExplainListTickets(tx, protector, queries[i]);
      if (!explained.ok()) return explained.status();
      plan = *explained;
      return absl::OkStatus();
    }),
          "explaining " + probes[i].label);
    std::printf("  %s:\n    %s\n", probes[i].label.c_str(),
                absl::StrReplaceAll(plan, {{"\n", "\n    "}}).c_str());
  }
}

}  // namespace frontdesk::bench
