// frontdesk_generate's data model and loader (ticket_generator.h): sites,
// their staff and units, the plan of tickets per site and local day, and the
// batched load of tickets, events and number counters.
#include "tests/bench/ticket_generator.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/ticket_number.h"
#include "db/directory/org_store.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk::bench {

using v1::Ticket;

namespace {

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

int DateKey(absl::CivilDay d) {
  return static_cast<int>(d.year() * 10000 + d.month() * 100 + d.day());
}

}  // namespace

void Check(const absl::Status& s, absl::string_view what) {
  if (s.ok()) return;
  std::fprintf(stderr, "frontdesk_generate: %s: %s\n",
               std::string(what).c_str(), s.ToString().c_str());
  std::exit(1);
}

std::string Rfc3339(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", t, absl::UTCTimeZone());
}

namespace {

// The departments and vendors that handle `site`'s tickets, and its hands.
absl::Status CreateHands(db::Tx& tx, const std::string& site_name,
                         long long now_us, SiteModel& site) {
  struct Dept {
    const char* id;
    const char* name;
    v1::Department::Kind kind;
    std::string SiteHands::*hand;
  };
  for (const Dept& d :
       {Dept{"eng", "工程部", v1::Department::MAINTENANCE,
             &SiteHands::maintenance},
        Dept{"security", "保安部", v1::Department::SECURITY,
             &SiteHands::security},
        Dept{"cleaning", "保洁绿化部", v1::Department::CLEANING_GROUNDS,
             &SiteHands::cleaning},
        Dept{"service", "客服中心", v1::Department::CUSTOMER_SERVICE,
             &SiteHands::service}}) {
    v1::Department department;
    department.set_display_name(d.name);
    department.set_kind(d.kind);
    department.set_head(StaffName(site.id + ".manager"));
    auto created = db::CreateDepartment(tx, site.id, d.id, department, now_us);
    if (!created.ok()) return created.status();
    site.hands.*d.hand = created->name();
  }
  struct Trade {
    const char* suffix;
    const char* name;
    v1::Vendor::Trade trade;
    std::string SiteHands::*hand;
  };
  for (const Trade& v :
       {Trade{"-lift", "电梯维保公司", v1::Vendor::ELEVATOR,
              &SiteHands::vendor},
        Trade{"-dev", "开发商项目组", v1::Vendor::DEVELOPER_PROJECT_TEAM,
              &SiteHands::developer}}) {
    v1::Vendor vendor;
    vendor.set_display_name(absl::StrCat(site_name, v.name));
    vendor.set_trade(v.trade);
    vendor.set_contact_name("联络人");
    vendor.set_phone("13800000000");
    vendor.mutable_response_deadline()->set_seconds(4 * 3600);
    vendor.add_sites(SiteName(site.id));
    auto created =
        db::CreateVendor(tx, absl::StrCat(site.id, v.suffix), vendor, now_us);
    if (!created.ok()) return created.status();
    site.hands.*v.hand = created->name();
  }
  site.hands.site_id = site.id;
  site.hands.desk = {site.id + ".desk1", site.id + ".desk2"};
  site.hands.manager = site.id + ".manager";
  return absl::OkStatus();
}

}  // namespace

void Generator::CreateSites(int count, const std::string& prefix) {
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
    proto.set_address(absl::StrCat(city.district, kRoads[mix_.UniformInt(0, 8)],
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
            // Handed over to residents before the generated period.
            u.create_time_us = ToMicros(start_ - absl::Hours(24 * 30));
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
            Member{"guard", "保安", v1::StaffMember::SECURITY},
            Member{"manager", "主任", v1::StaffMember::MANAGER}}) {
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
      return CreateHands(tx, proto.display_name(), now_us, site);
    }),
          absl::StrCat("creating site ", site.id,
                       " (already loaded? use another --site_prefix)"));
    site_index_[site.id] = sites_.size();
    sites_.push_back(std::move(site));
  }
  absl::Time t0 = absl::Now();
  for (size_t i = 0; i < units.size(); i += 1000) {
    std::vector<db::BulkUnit> chunk(
        units.begin() + i, units.begin() + std::min(units.size(), i + 1000));
    Check(db_.Transact([&](db::Tx& tx) { return db::InsertUnits(tx, chunk); }),
          "inserting units");
  }
  std::printf("created %d sites, %zu units in %.1f s\n", count, units.size(),
              Seconds(absl::Now() - t0));
}

void Generator::PlanCounts(long long total) {
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
        absl::Time t = absl::FromCivil(absl::CivilHour(day) + h, sites_[s].tz);
        if (t >= start_ && t + absl::Hours(1) <= end_) {
          share += TicketMix::HourShare(h);
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

void Generator::Load(int batch_size) {
  next_id_ = 0;
  Check(db_.Read([&](db::Tx& tx) -> absl::Status {
    auto next = db::NextTicketId(tx);
    if (!next.ok()) return next.status();
    next_id_ = *next;
    auto event = db::NextEventId(tx);
    if (!event.ok()) return event.status();
    ids_.next_event_id = *event;
    auto order = db::NextWorkOrderId(tx);
    if (!order.ok()) return order.status();
    ids_.next_work_order_id = *order;
    return absl::OkStatus();
  }),
        "reading the next ids");
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
      "loaded %lld tickets with their history (%lld rows) in %.1f s: "
      "%.0f rows/s (%.0f tickets/s); %.1f s of it in the database\n",
      loaded_, loaded_rows_, Seconds(took), loaded_rows_ / Seconds(took),
      loaded_ / Seconds(took), Seconds(db_time_));

  absl::Time t0 = absl::Now();
  for (size_t i = 0; i < counters_.size(); i += 1000) {
    std::vector<db::TicketCounter> chunk(
        counters_.begin() + i,
        counters_.begin() + std::min(counters_.size(), i + 1000));
    Check(db_.Transact(
              [&](db::Tx& tx) { return db::InsertTicketCounters(tx, chunk); }),
          "inserting ticket number counters");
  }
  std::printf("wrote %zu ticket_number_counters rows in %.1f s\n",
              counters_.size(), Seconds(absl::Now() - t0));
}

absl::Time Generator::SampleTime(const SiteModel& site, absl::CivilDay day) {
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

size_t Generator::PickResident(const SiteModel& site) {
  // One resident in twenty (the first of the shuffled list) calls five
  // times as often as the others.
  const size_t n = site.residents.size();
  const size_t frequent = std::max<size_t>(1, n / 20);
  double x = mix_.Uniform();
  return mix_.Uniform() < 0.2 ? static_cast<size_t>(x * frequent) % n
                              : static_cast<size_t>(x * n) % n;
}

void Generator::GenerateDay(SiteModel& site, absl::CivilDay day, int count,
                            std::vector<db::BulkTicket>* out) {
  std::vector<long long> times(count);
  for (long long& t : times) t = ToMicros(SampleTime(site, day));
  std::sort(times.begin(), times.end());
  const int date_key = DateKey(day);
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

void Generator::Emit(db::BulkTicket t) {
  t.id = next_id_++;
  SiteModel& site = sites_[site_index_.at(t.site_id)];
  lifecycle_.Play(site.hands, site.last_ticket_id, t, ids_, &history_);
  // A duplicate points at a ticket that is never ended (lifecycle.h).
  if (!IsEnded(static_cast<v1::Ticket::Status>(t.status))) {
    site.last_ticket_id = t.id;
  }
  batch_.push_back(std::move(t));
  if (static_cast<int>(batch_.size()) >= batch_size_) FlushBatch();
}

void Generator::FlushBatch() {
  if (batch_.empty()) return;
  absl::Time t0 = absl::Now();
  Check(db_.Transact([&](db::Tx& tx) -> absl::Status {
    absl::Status s = db::InsertTickets(tx, protector_, batch_);
    if (!s.ok()) return s;
    return db::InsertHistory(tx, protector_, history_);
  }),
        "inserting tickets and their history");
  absl::Time t1 = absl::Now();
  db_time_ += t1 - t0;
  loaded_ += batch_.size();
  long long states = 0;
  for (const db::BulkEvent& e : history_.events) states += e.records_state;
  loaded_rows_ += batch_.size() + history_.events.size() + states +
                  history_.work_orders.size() + history_.callbacks.size() +
                  history_.pauses.size() + history_.escalations.size();
  batch_.clear();
  history_.clear();
  if (t1 - last_report_ >= absl::Seconds(5)) {
    double since = Seconds(t1 - last_report_);
    std::printf("  %9lld tickets, %.0f rows/s now, %.0f rows/s overall\n",
                loaded_, (loaded_rows_ - reported_rows_) / since,
                loaded_rows_ / Seconds(t1 - load_start_));
    std::fflush(stdout);
    last_report_ = t1;
    reported_rows_ = loaded_rows_;
  }
}

}  // namespace frontdesk::bench
