// frontdesk_generate: loads a realistic volume of tickets straight into a
// database (no server), then times representative ListTickets queries on it
// to show that the indexes hold at volume. A program, not a test: it prints
// figures.
//
//   frontdesk_generate --db mysql://user:pass@127.0.0.1:3306/frontdesk
//       [--tickets 1000000] [--sites 50] [--months 12] [--seed 1]
//       [--batch 1000] [--site_prefix gen] [--query_runs 10]
//
// Contract:
// - Migrates the database first (db::Migrate), then creates --sites new sites
//   "{prefix}01".. (FAILED if one exists: pick another --site_prefix), each
//   with its staff (two receptionists, a butler, a guard) and units
//   "{building}-{entrance}-{floor}{room}" such as "3-2-501", one resident
//   (name, mobile) per unit.
// - Spreads --tickets over the sites (by their size) and the local days of
//   the last --months ending now (weekday, season and a slight growth),
//   daytime-heavy in each site's time zone; kinds, channels and the rest
//   from tests/bench/ticket_mix.h; statuses mostly NEW (the workflow verbs do
//   not exist yet, so the few closed/cancelled ones have only their CREATED
//   event). One resident in twenty calls five times as often as the rest.
// - Numbers are "{SITE}-{yyyymmdd}-{nnnn}" per site and local day in time
//   order, ids ascend with create time, each ticket has its CREATED event,
//   and ticket_number_counters holds each (site, day)'s last sequence — the
//   state frontdeskd would have left. Counters are written last: an
//   interrupted load leaves tickets without their counters.
// - Writes with db/bulk_loader.h: --batch tickets (and their events) per
//   multi-row statement pair and transaction. It must be the only writer of
//   tickets while it runs (explicit ids).
// - Prints rows/s while loading and the totals, then each query's timings
//   through db::ListTickets and (MariaDB and SQLite) the plan it ran with.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/names.h"
#include "common/ticket_number.h"
#include "db/bench/bulk_loader.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/bench/query_plan.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/ticket/ticket_store.h"
#include "tests/bench/ticket_mix.h"

ABSL_FLAG(std::string, db, "",
          "database to load: mysql://user:pass@host:port/db or sqlite:PATH");
ABSL_FLAG(int64_t, tickets, 1000000, "tickets to create");
ABSL_FLAG(int, sites, 50, "sites to spread them over");
ABSL_FLAG(int, months, 12, "months of history, ending now");
ABSL_FLAG(uint64_t, seed, 1, "random seed (the same seed, the same data)");
ABSL_FLAG(int, batch, 1000, "tickets per multi-row INSERT and transaction");
ABSL_FLAG(std::string, site_prefix, "gen",
          "site ids are {prefix}01, {prefix}02, ... (letters, 1..12)");
ABSL_FLAG(int, query_runs, 10, "timed runs of each query");

namespace frontdesk {
namespace {

using v1::Ticket;

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
};

constexpr const char* kSiteNames[] = {
    "华馨苑",   "翠湖花园",   "金色家园", "阳光新城", "绿地公馆",
    "锦绣江南", "碧水蓝天",   "紫荆苑",   "枫林湾",   "御景华庭",
    "香樟园",   "春江花月",   "名都雅苑", "银杏苑",   "海棠湾",
    "梧桐里",   "东方明珠苑", "水岸新城", "湖畔佳苑", "君悦府"};
struct City {
  const char* district;
  const char* area_code;  // of the guard's landline
};
constexpr City kCities[] = {{"上海市浦东新区", "021"}, {"北京市朝阳区", "010"},
                            {"深圳市南山区", "0755"},  {"杭州市西湖区", "0571"},
                            {"成都市高新区", "028"},   {"广州市天河区", "020"}};
constexpr City kUrumqi = {"乌鲁木齐市天山区", "0991"};
constexpr const char* kRoads[] = {"世纪大道", "建国路",   "科技园路",
                                  "文三路",   "天府大道", "体育西路",
                                  "人民路",   "中山路",   "解放路"};

double Seconds(absl::Duration d) { return absl::ToDoubleSeconds(d); }

int DateKey(absl::CivilDay d) {
  return static_cast<int>(d.year() * 10000 + d.month() * 100 + d.day());
}

// Exits with a message on a non-OK status.
void Check(const absl::Status& s, absl::string_view what) {
  if (s.ok()) return;
  std::fprintf(stderr, "frontdesk_generate: %s: %s\n",
               std::string(what).c_str(), s.ToString().c_str());
  std::exit(1);
}

class Generator {
 public:
  Generator(db::Database& database, bench::TicketMix& mix, absl::Time start,
            absl::Time end)
      : db_(database), mix_(mix), start_(start), end_(end) {}

  // Sites, their staff and units (one resident each).
  void CreateSites(int count, const std::string& prefix) {
    const long long now_us = ToMicros(end_);
    std::vector<db::BulkUnit> units;
    for (int i = 0; i < count; ++i) {
      SiteModel site;
      site.id = count > 99 ? absl::StrFormat("%s%03d", prefix, i + 1)
                           : absl::StrFormat("%s%02d", prefix, i + 1);
      Check(CheckSiteId("--site_prefix", site.id), "site id");
      // Every tenth site is in Xinjiang: its local day starts two hours
      // later than the others'.
      const bool urumqi = i % 10 == 9;
      const char* tz_name = urumqi ? "Asia/Urumqi" : "Asia/Shanghai";
      if (!absl::LoadTimeZone(tz_name, &site.tz)) {
        Check(absl::InternalError(absl::StrCat("no zoneinfo for ", tz_name)),
              "time zone");
      }
      v1::Site proto;
      proto.set_name(SiteName(site.id));
      constexpr int kNames = std::size(kSiteNames);
      proto.set_display_name(
          absl::StrCat(kSiteNames[i % kNames],
                       i < kNames ? "" : absl::StrCat(i / kNames + 1, "期")));
      proto.set_time_zone(tz_name);
      const City& city = urumqi ? kUrumqi : kCities[mix_.UniformInt(0, 5)];
      proto.set_address(absl::StrCat(city.district,
                                     kRoads[mix_.UniformInt(0, 8)],
                                     mix_.UniformInt(1, 999), "号"));
      site.duty_phone = absl::StrFormat("%s-%08d", city.area_code,
                                        mix_.UniformInt(20000000, 89999999));

      const int buildings = mix_.UniformInt(6, 30);
      const int entrances = mix_.UniformInt(1, 3);
      const int floors = mix_.UniformInt(6, 18);
      const int rooms = mix_.UniformInt(2, 4);
      for (int b = 1; b <= buildings; ++b) {
        for (int e = 1; e <= entrances; ++e) {
          for (int f = 1; f <= floors; ++f) {
            for (int r = 1; r <= rooms; ++r) {
              db::BulkUnit u;
              u.site_id = site.id;
              u.building = absl::StrCat(b);
              u.entrance = absl::StrCat(e);
              u.room = absl::StrFormat("%d%02d", f, r);
              u.id = absl::StrCat(u.building, "-", u.entrance, "-", u.room);
              u.create_time_us = now_us;
              site.residents.push_back(
                  {u.id, mix_.PersonName(), mix_.Mobile(), 0, 0});
              units.push_back(std::move(u));
            }
          }
        }
      }
      std::shuffle(site.residents.begin(), site.residents.end(), mix_.rng());
      // Volume follows the number of homes, give or take management style.
      site.size = site.residents.size() * (0.7 + 0.6 * mix_.Uniform());
      site.first_day = absl::ToCivilDay(start_, site.tz);
      site.last_day = absl::ToCivilDay(end_, site.tz);

      Check(db_.Transact([&](db::Tx& tx) -> absl::Status {
        auto created = db::CreateSite(tx, site.id, proto, now_us);
        if (!created.ok()) return created.status();
        struct Member {
          const char* suffix;
          const char* name;
          v1::StaffMember::Role role;
        };
        for (const Member& m :
             {Member{"desk1", "前台一", v1::StaffMember::RECEPTIONIST},
              Member{"desk2", "前台二", v1::StaffMember::RECEPTIONIST},
              Member{"butler", "管家", v1::StaffMember::BUTLER},
              Member{"guard", "保安", v1::StaffMember::SECURITY}}) {
          v1::StaffMember staff;
          staff.set_display_name(absl::StrCat(proto.display_name(), m.name));
          staff.add_roles(m.role);
          staff.add_sites(SiteName(site.id));
          if (m.role == v1::StaffMember::SECURITY) {
            staff.set_phone(site.duty_phone);
          }
          auto member = db::CreateStaffMember(
              tx, absl::StrCat(site.id, ".", m.suffix), staff, now_us);
          if (!member.ok()) return member.status();
        }
        return absl::OkStatus();
      }),
            absl::StrCat("creating site ", site.id,
                         " (already loaded? use another --site_prefix)"));
      sites_.push_back(std::move(site));
    }
    absl::Time t0 = absl::Now();
    for (size_t i = 0; i < units.size(); i += 1000) {
      std::vector<db::BulkUnit> chunk(
          units.begin() + i, units.begin() + std::min(units.size(), i + 1000));
      Check(
          db_.Transact([&](db::Tx& tx) { return db::InsertUnits(tx, chunk); }),
          "inserting units");
    }
    std::printf("created %d sites, %zu units in %.1f s\n", count, units.size(),
                Seconds(absl::Now() - t0));
  }

  // Tickets per site and local day: weights, then largest remainders so that
  // the total is exact.
  void PlanCounts(long long total) {
    base_ = sites_.front().first_day;
    absl::CivilDay last = sites_.front().last_day;
    for (const SiteModel& s : sites_) {
      base_ = std::min(base_, s.first_day);
      last = std::max(last, s.last_day);
    }
    days_ = static_cast<int>(last - base_) + 1;
    std::vector<double> weight(sites_.size() * days_, 0);
    const double span = Seconds(end_ - start_);
    for (size_t s = 0; s < sites_.size(); ++s) {
      for (int d = 0; d < days_; ++d) {
        absl::CivilDay day = base_ + d;
        double share = 0;  // of the day's usual volume inside [start, end)
        for (int h = 0; h < 24; ++h) {
          absl::Time t =
              absl::FromCivil(absl::CivilHour(day) + h, sites_[s].tz);
          if (t >= start_ && t + absl::Hours(1) <= end_) {
            share += bench::TicketMix::HourShare(h);
          }
        }
        if (share == 0) continue;
        double w = sites_[s].size * share;
        switch (absl::GetWeekday(day)) {
          case absl::Weekday::monday:
            w *= 1.15;
            break;
          case absl::Weekday::saturday:
          case absl::Weekday::sunday:
            w *= 0.85;
            break;
          default:
            break;
        }
        if (day.month() == 7 || day.month() == 8) w *= 1.2;  // air con, rain
        if (day.month() == 2) w *= 0.8;                      // Spring Festival
        double progress =
            Seconds(absl::FromCivil(day, sites_[s].tz) - start_) / span;
        w *= 0.9 + 0.2 * progress;  // the sites' use of the desk grows
        w *= 0.75 + 0.5 * mix_.Uniform();
        weight[s * days_ + d] = w;
      }
    }
    double sum = 0;
    for (double w : weight) sum += w;
    counts_.assign(weight.size(), 0);
    std::vector<std::pair<double, size_t>> remainders;
    long long assigned = 0;
    for (size_t i = 0; i < weight.size(); ++i) {
      double exact = total * weight[i] / sum;
      counts_[i] = static_cast<int>(exact);
      assigned += counts_[i];
      if (weight[i] > 0) remainders.push_back({exact - counts_[i], i});
    }
    std::sort(remainders.rbegin(), remainders.rend());
    for (size_t k = 0; assigned < total && k < remainders.size(); ++k) {
      ++counts_[remainders[k].second];
      ++assigned;
    }
  }

  void Load(int batch_size) {
    next_id_ = 0;
    Check(db_.Read([&](db::Tx& tx) -> absl::Status {
      auto next = db::NextTicketId(tx);
      if (!next.ok()) return next.status();
      next_id_ = *next;
      return absl::OkStatus();
    }),
          "reading the next ticket id");
    batch_size_ = batch_size;
    load_start_ = last_report_ = absl::Now();
    std::vector<db::BulkTicket> pending;
    for (int d = 0; d < days_; ++d) {
      absl::CivilDay day = base_ + d;
      absl::Time next_day_start = absl::InfiniteFuture();
      for (size_t s = 0; s < sites_.size(); ++s) {
        next_day_start =
            std::min(next_day_start, absl::FromCivil(day + 1, sites_[s].tz));
        int count = counts_[s * days_ + d];
        if (count > 0) GenerateDay(sites_[s], day, count, &pending);
      }
      // Everything before the earliest start of the next local day is final:
      // later days only add later tickets. Ids follow create time.
      std::stable_sort(pending.begin(), pending.end(),
                       [](const db::BulkTicket& a, const db::BulkTicket& b) {
                         return a.create_time_us < b.create_time_us;
                       });
      size_t ready = 0;
      const long long cut = ToMicros(next_day_start);
      while (ready < pending.size() && pending[ready].create_time_us < cut) {
        Emit(std::move(pending[ready++]));
      }
      pending.erase(pending.begin(), pending.begin() + ready);
    }
    for (auto& t : pending) Emit(std::move(t));
    FlushBatch();
    absl::Duration took = absl::Now() - load_start_;
    std::printf(
        "loaded %lld tickets + %lld CREATED events in %.1f s: %.0f rows/s "
        "(%.0f tickets/s); %.1f s of it in the database\n",
        loaded_, loaded_, Seconds(took), 2 * loaded_ / Seconds(took),
        loaded_ / Seconds(took), Seconds(db_time_));

    absl::Time t0 = absl::Now();
    for (size_t i = 0; i < counters_.size(); i += 1000) {
      std::vector<db::TicketCounter> chunk(
          counters_.begin() + i,
          counters_.begin() + std::min(counters_.size(), i + 1000));
      Check(db_.Transact([&](db::Tx& tx) {
        return db::InsertTicketCounters(tx, chunk);
      }),
            "inserting ticket number counters");
    }
    std::printf("wrote %zu ticket_number_counters rows in %.1f s\n",
                counters_.size(), Seconds(absl::Now() - t0));
  }

  const std::vector<SiteModel>& sites() const { return sites_; }

 private:
  absl::Time SampleTime(const SiteModel& site, absl::CivilDay day) {
    for (int attempt = 0; attempt < 100; ++attempt) {
      absl::CivilSecond cs(day.year(), day.month(), day.day(), mix_.LocalHour(),
                           mix_.UniformInt(0, 59), mix_.UniformInt(0, 59));
      absl::Time t = absl::FromCivil(cs, site.tz) +
                     absl::Microseconds(mix_.UniformInt(0, 999999));
      if (t >= start_ && t < end_) return t;
    }
    // A sliver of a day at either end of the period: uniform within it.
    absl::Time lo = std::max(start_, absl::FromCivil(day, site.tz));
    absl::Time hi = std::min(end_, absl::FromCivil(day + 1, site.tz));
    return lo + (hi - lo) * mix_.Uniform();
  }

  size_t PickResident(const SiteModel& site) {
    // One resident in twenty (the first of the shuffled list) calls five
    // times as often as the others.
    const size_t n = site.residents.size();
    const size_t frequent = std::max<size_t>(1, n / 20);
    double x = mix_.Uniform();
    return mix_.Uniform() < 0.2 ? static_cast<size_t>(x * frequent) % n
                                : static_cast<size_t>(x * n) % n;
  }

  void GenerateDay(SiteModel& site, absl::CivilDay day, int count,
                   std::vector<db::BulkTicket>* out) {
    std::vector<long long> times(count);
    for (long long& t : times) t = ToMicros(SampleTime(site, day));
    std::sort(times.begin(), times.end());
    const int date_key = DateKey(day);
    const long long end_us = ToMicros(end_);
    for (int i = 0; i < count; ++i) {
      db::BulkTicket t;
      t.site_id = site.id;
      t.number = FormatTicketNumber(site.id, date_key, i + 1);
      Ticket::Kind kind = mix_.Kind();
      Ticket::Channel channel = mix_.Channel();
      Ticket::ComplaintClass complaint_class = mix_.ComplaintClass(kind);
      t.kind = kind;
      t.channel = channel;
      t.complaint_class = complaint_class;
      t.priority = mix_.Priority(kind);
      t.status =
          mix_.Status(kind, (end_us - times[i]) / (86400.0 * 1000 * 1000));
      if (channel == Ticket::PATROL) {
        t.reporter_name = "保安巡逻岗";
        t.reporter_phone = site.duty_phone;
        t.location = mix_.PublicLocation();
        t.created_by = site.id + ".guard";
      } else {
        Resident& r = site.residents[PickResident(site)];
        ++r.calls;
        t.reporter_name = r.name;
        t.reporter_phone = r.phone;
        if (mix_.Uniform() < 0.85) {
          t.unit_id = r.unit_id;
          ++r.unit_tickets;
        } else {
          t.location = mix_.PublicLocation();
        }
        double x = mix_.Uniform();
        t.created_by = site.id + (channel == Ticket::APP && x < 0.5 ? ".butler"
                                  : x < 0.55                        ? ".desk1"
                                                                    : ".desk2");
      }
      t.subject = mix_.Subject(kind, complaint_class);
      t.description = mix_.Description(channel, kind, t.subject);
      t.create_time_us = t.update_time_us = times[i];
      out->push_back(std::move(t));
    }
    site.tickets += count;
    counters_.push_back({site.id, date_key, count});
  }

  void Emit(db::BulkTicket t) {
    t.id = next_id_++;
    batch_.push_back(std::move(t));
    if (static_cast<int>(batch_.size()) >= batch_size_) FlushBatch();
  }

  void FlushBatch() {
    if (batch_.empty()) return;
    absl::Time t0 = absl::Now();
    Check(
        db_.Transact([&](db::Tx& tx) { return db::InsertTickets(tx, batch_); }),
        "inserting tickets");
    absl::Time t1 = absl::Now();
    db_time_ += t1 - t0;
    loaded_ += batch_.size();
    batch_.clear();
    if (t1 - last_report_ >= absl::Seconds(5)) {
      double since = Seconds(t1 - last_report_);
      std::printf("  %9lld tickets, %.0f rows/s now, %.0f rows/s overall\n",
                  loaded_, 2 * (loaded_ - reported_) / since,
                  2 * loaded_ / Seconds(t1 - load_start_));
      std::fflush(stdout);
      last_report_ = t1;
      reported_ = loaded_;
    }
  }

  db::Database& db_;
  bench::TicketMix& mix_;
  const absl::Time start_, end_;
  std::vector<SiteModel> sites_;
  absl::CivilDay base_;
  int days_ = 0;
  std::vector<int> counts_;  // [site * days_ + day]
  std::vector<db::TicketCounter> counters_;
  std::vector<db::BulkTicket> batch_;
  int batch_size_ = 1000;
  long long next_id_ = 1;
  long long loaded_ = 0, reported_ = 0;
  absl::Time load_start_, last_report_;
  absl::Duration db_time_;
};

struct Probe {
  std::string label;
  std::string site_id;  // "" for every site
  std::string filter;
  std::optional<std::pair<long long, long long>> before;
};

std::string Rfc3339(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", t, absl::UTCTimeZone());
}

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

void RunProbes(db::Database& database, const std::vector<Probe>& probes,
               int runs) {
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
    q.site_id = p.site_id;
    q.terms = *terms;
    q.before = p.before;
    q.limit = 51;
    std::vector<double> ms;
    size_t rows = 0;
    for (int i = 0; i <= runs; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      Check(database.Read([&](db::Tx& tx) -> absl::Status {
        auto listed = db::ListTickets(tx, q);
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
      auto explained = db::ExplainListTickets(tx, queries[i]);
      if (!explained.ok()) return explained.status();
      plan = *explained;
      return absl::OkStatus();
    }),
          "explaining " + probes[i].label);
    std::printf("  %s:\n    %s\n", probes[i].label.c_str(),
                absl::StrReplaceAll(plan, {{"\n", "\n    "}}).c_str());
  }
}

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
  db::Database database(*config, 1);
  absl::Time t0 = absl::Now();
  auto applied = db::Migrate(database);
  Check(applied.status(), "migrating");
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

  bench::TicketMix mix(absl::GetFlag(FLAGS_seed));
  Generator generator(database, mix, start, end);
  generator.CreateSites(sites, absl::GetFlag(FLAGS_site_prefix));
  generator.PlanCounts(total);
  generator.Load(batch);
  std::printf("total time %.1f s\n", Seconds(absl::Now() - t0));
  std::fflush(stdout);

  RunProbes(database, Probes(generator.sites(), end),
            std::max(1, absl::GetFlag(FLAGS_query_runs)));
  return 0;
}

}  // namespace
}  // namespace frontdesk

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "loads realistic tickets into a database and times ListTickets on "
      "them.\n  frontdesk_generate --db URL [--tickets N] [--sites N] "
      "[--months N]");
  absl::ParseCommandLine(argc, argv);
  return frontdesk::Main();
}
