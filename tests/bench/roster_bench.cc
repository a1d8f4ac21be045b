// frontdesk_roster_bench: load on the roster (RosterService) of a running
// frontdeskd. A program, not a test: it prints figures.
//
//   frontdesk_roster_bench [--server 127.0.0.1:50051] [--token T |
//       --token_file F] [--clients 16] [--seconds 10] [--gen_prefix ros]
//       [--gen_sites 50] [--sites 300] [--people 6]
//
// Contract:
// - Reads the ADMIN bearer token as frontdesk_bench does (--token, else
//   --token_file, else $FRONTDESK_TOKEN_FILE, else
//   ~/.config/frontdesk/token). The server's clock is the real one moved by
//   --clock_offset (default $FRONTDESK_CLOCK_OFFSET, as frontdeskd reads it).
// - Each client thread has its own channel; every call has a --deadline_ms
//   deadline. Per phase: requests (completed calls), errors, req/s
//   (successful calls per second of the phase), p50 and p99 (ms, successful
//   calls); the first error of a phase goes to stderr.
// - Phases, in this order:
//   ListShifts site-month   --seconds long, first with 1 client (the
//       query's own latency), then with --clients: one call = every page (100
//       per page) of `date >= first AND date <= last` of the current local
//       month of a random site among the generator's "{gen_prefix}01"..
//       (frontdesk_generate_roster).
//   ListShifts coverage     the same two runs: one call = every page of
//       parent "sites/-", `understaffed = true` over the 31 local days
//       ending with the current month's last: the coverage check of all
//       sites. It runs before the setup below adds sites.
//   ClockIn                 setup (as ADMIN): --sites new sites, each with a
//       plan of 24 one-hour shifts "h00".."h23" (Asia/Shanghai), --people
//       receptionists with their own tokens; the first is assigned to the
//       shift of the next local hour (H+1), the others to H+2 — both
//       windows [start - 2 h, end) contain now, and neither has started.
//       Within --margin_minutes of the hour it first waits for the hour to
//       pass. Then every person clocks in once, from all clients: each call
//       is a real first clock-in; req/s over the calls made.
//   AcceptHandover          setup: per site the H+1 receptionist (ON_DUTY)
//       creates the handover of H+1 with a written item and submits it;
//       then the H+2 receptionist (clocked in above) accepts, all sites
//       from all clients; req/s over the calls made.
// - Exit status 0 when every phase ran (errors are figures); 1 when setup
//   fails.
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"

ABSL_FLAG(std::string, server, "127.0.0.1:50051", "frontdeskd address");
ABSL_FLAG(std::string, token, "", "ADMIN bearer token; default --token_file");
ABSL_FLAG(std::string, token_file, "",
          "file holding the token; default $FRONTDESK_TOKEN_FILE, else "
          "~/.config/frontdesk/token");
ABSL_FLAG(int, clients, 16, "concurrent client threads");
ABSL_FLAG(int, seconds, 10, "duration of each ListShifts phase");
ABSL_FLAG(int, deadline_ms, 10000, "deadline of every call");
ABSL_FLAG(std::string, gen_prefix, "ros",
          "site prefix frontdesk_generate_roster used");
ABSL_FLAG(int, gen_sites, 50, "sites frontdesk_generate_roster created");
ABSL_FLAG(int, sites, 300,
          "new sites for ClockIn and AcceptHandover (one handover each)");
ABSL_FLAG(int, people, 6, "receptionists per new site (each clocks in once)");
ABSL_FLAG(int, margin_minutes, 3,
          "wait for the next hour when fewer minutes are left of this one");
ABSL_FLAG(int, retries, 5,
          "retries of a write answered ABORTED (busy), as a client would");
ABSL_FLAG(absl::Duration, clock_offset, absl::ZeroDuration(),
          "the server's --clock_offset (default $FRONTDESK_CLOCK_OFFSET)");

namespace frontdesk {
namespace {

using v1::DirectoryService;
using v1::RosterService;
using SteadyClock = std::chrono::steady_clock;

absl::Status FromGrpc(const grpc::Status& s) {
  if (s.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(s.error_code()),
                      s.error_message());
}

// ABORTED answers ("the database was busy; retry": a lock wait or deadlock
// between concurrent writers) that were retried, since the last phase.
std::atomic<long long> g_retries{0};

// `call` (a fresh ClientContext each time), retried like a client would on
// ABORTED, at most --retries times with a short growing pause.
absl::Status Retrying(const std::function<grpc::Status()>& call) {
  const int retries = std::max(0, absl::GetFlag(FLAGS_retries));
  for (int attempt = 0;; ++attempt) {
    grpc::Status s = call();
    if (s.error_code() != grpc::StatusCode::ABORTED || attempt >= retries) {
      return FromGrpc(s);
    }
    ++g_retries;
    absl::SleepFor(absl::Milliseconds(2 * (attempt + 1)));
  }
}

struct PhaseResult {
  long long requests = 0;
  long long errors = 0;
  double seconds = 0;
  std::vector<double> latencies_ms;  // successful calls, sorted

  double Rate() const {
    return seconds > 0 ? (requests - errors) / seconds : 0;
  }
  double Percentile(double q) const {
    if (latencies_ms.empty()) return 0;
    return latencies_ms[static_cast<size_t>(q * (latencies_ms.size() - 1))];
  }
};

void PrintHeader() {
  std::printf("  %-30s %9s %7s %8s %10s %8s %8s\n", "phase", "requests",
              "errors", "retries", "req/s", "p50 ms", "p99 ms");
}

// `call(client, index)` from `clients` threads until `items` calls are made
// (items < 0: until `seconds` pass; index is then the client's call count).
// Timed when `name` is not empty.
PhaseResult Run(const std::string& name, int clients, long long items,
                int seconds,
                const std::function<absl::Status(int, long long)>& call) {
  PhaseResult result;
  std::mutex mu;
  std::string first_error;
  std::atomic<long long> next{0};
  g_retries = 0;
  const SteadyClock::time_point start = SteadyClock::now();
  const SteadyClock::time_point end = start + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      std::vector<double> latencies;
      long long requests = 0, errors = 0;
      std::string error;
      for (long long n = 0;; ++n) {
        long long index = n;
        if (items >= 0) {
          index = next.fetch_add(1);
          if (index >= items) break;
        } else if (SteadyClock::now() >= end) {
          break;
        }
        SteadyClock::time_point t0 = SteadyClock::now();
        absl::Status s = call(c, index);
        double ms =
            std::chrono::duration<double, std::milli>(SteadyClock::now() - t0)
                .count();
        ++requests;
        if (s.ok()) {
          latencies.push_back(ms);
        } else {
          ++errors;
          if (error.empty()) error = s.ToString();
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      result.requests += requests;
      result.errors += errors;
      result.latencies_ms.insert(result.latencies_ms.end(), latencies.begin(),
                                 latencies.end());
      if (first_error.empty()) first_error = error;
    });
  }
  for (auto& t : threads) t.join();
  result.seconds =
      std::chrono::duration<double>(SteadyClock::now() - start).count();
  std::sort(result.latencies_ms.begin(), result.latencies_ms.end());
  const std::string label = name.empty() ? "setup" : name;
  if (!first_error.empty()) {
    std::fprintf(stderr, "%s: %lld error(s), first: %s\n", label.c_str(),
                 result.errors, first_error.c_str());
  }
  if (!name.empty()) {
    std::printf("  %-30s %9lld %7lld %8lld %10.1f %8.2f %8.2f\n", name.c_str(),
                result.requests, result.errors, g_retries.load(), result.Rate(),
                result.Percentile(0.50), result.Percentile(0.99));
    std::fflush(stdout);
  }
  return result;
}

std::string ReadToken() {
  std::string token = absl::GetFlag(FLAGS_token);
  if (!token.empty()) return token;
  std::string path = absl::GetFlag(FLAGS_token_file);
  if (path.empty()) {
    if (const char* v = std::getenv("FRONTDESK_TOKEN_FILE"); v && *v) {
      path = v;
    } else {
      const char* home = std::getenv("HOME");
      path =
          std::string(home && *home ? home : ".") + "/.config/frontdesk/token";
    }
  }
  std::ifstream in(path);
  std::getline(in, token);
  token = std::string(absl::StripAsciiWhitespace(token));
  if (token.empty()) {
    std::fprintf(stderr, "frontdesk_roster_bench: no token in %s\n",
                 path.c_str());
  }
  return token;
}

class Clients {
 public:
  Clients(const std::string& server, int clients, int deadline_ms)
      : deadline_ms_(deadline_ms) {
    for (int c = 0; c < clients; ++c) {
      grpc::ChannelArguments args;
      args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
      channels_.push_back(grpc::CreateCustomChannel(
          server, grpc::InsecureChannelCredentials(), args));
      roster_.push_back(RosterService::NewStub(channels_.back()));
      directory_.push_back(DirectoryService::NewStub(channels_.back()));
    }
  }
  bool Connect() {
    for (auto& ch : channels_) {
      if (!ch->WaitForConnected(std::chrono::system_clock::now() +
                                std::chrono::seconds(10))) {
        return false;
      }
    }
    return true;
  }
  void Prepare(grpc::ClientContext* ctx, const std::string& token) const {
    ctx->AddMetadata("authorization", "Bearer " + token);
    ctx->set_deadline(std::chrono::system_clock::now() +
                      std::chrono::milliseconds(deadline_ms_));
  }
  RosterService::Stub& roster(int c) { return *roster_[c]; }
  DirectoryService::Stub& directory(int c) { return *directory_[c]; }

 private:
  int deadline_ms_;
  std::vector<std::shared_ptr<grpc::Channel>> channels_;
  std::vector<std::unique_ptr<RosterService::Stub>> roster_;
  std::vector<std::unique_ptr<DirectoryService::Stub>> directory_;
};

// Every page of `parent` with `filter`; the shifts seen in *count.
absl::Status ListAllShifts(Clients& clients, int c, const std::string& token,
                           const std::string& parent, const std::string& filter,
                           long long* count) {
  std::string page_token;
  do {
    v1::ListShiftsRequest req;
    req.set_parent(parent);
    req.set_filter(filter);
    req.set_page_size(100);
    req.set_page_token(page_token);
    v1::ListShiftsResponse resp;
    grpc::ClientContext ctx;
    clients.Prepare(&ctx, token);
    grpc::Status s = clients.roster(c).ListShifts(&ctx, req, &resp);
    if (!s.ok()) return FromGrpc(s);
    *count += resp.shifts_size();
    page_token = resp.next_page_token();
  } while (!page_token.empty());
  return absl::OkStatus();
}

std::string DateFilter(absl::CivilDay first, absl::CivilDay last) {
  return absl::StrFormat(
      "date >= \"%04d-%02d-%02d\" AND date <= \"%04d-%02d-%02d\"", first.year(),
      first.month(), first.day(), last.year(), last.month(), last.day());
}

// One new site of the ClockIn / AcceptHandover phases.
struct BenchSite {
  std::string id;
  std::vector<std::string> people;  // staff ids
  std::vector<std::string> tokens;  // theirs
  bool ready = false;               // set up without error
  std::string handover;             // its name once submitted
  std::vector<int> item_ids;
  bool clocked_in_out = false, clocked_in_in = false;
};

v1::RosterPolicy HourlyPolicy(const std::string& site_id) {
  v1::RosterPolicy policy;
  policy.set_name(absl::StrCat("sites/", site_id, "/rosterPolicy"));
  for (int h = 0; h < 24; ++h) {
    v1::ShiftDefinition* d = policy.add_shifts();
    d->set_id(absl::StrFormat("h%02d", h));
    d->set_display_name(absl::StrFormat("%02d时班", h));
    d->set_kind(h >= 8 && h < 20 ? v1::ShiftDefinition::DAY
                                 : v1::ShiftDefinition::NIGHT);
    d->set_start_local_time(absl::StrFormat("%02d:00", h));
    d->mutable_duration()->set_seconds(3600);
    d->set_min_headcount(1);
  }
  return policy;
}

std::string ShiftOf(const std::string& site_id, absl::CivilHour hour) {
  return absl::StrFormat("sites/%s/shifts/%04d%02d%02d-h%02d", site_id,
                         hour.year(), hour.month(), hour.day(), hour.hour());
}

// Site, policy, receptionists with tokens and duty assignments: the first
// person on `out_hour`, the others on out_hour + 1.
absl::Status SetUpSite(Clients& cl, int c, const std::string& admin,
                       absl::CivilHour out_hour, BenchSite& site) {
  {
    v1::CreateSiteRequest req;
    req.set_site_id(site.id);
    req.mutable_site()->set_display_name("排班压测");
    req.mutable_site()->set_time_zone("Asia/Shanghai");
    v1::Site resp;
    if (absl::Status s = Retrying([&] {
          grpc::ClientContext ctx;
          cl.Prepare(&ctx, admin);
          return cl.directory(c).CreateSite(&ctx, req, &resp);
        });
        !s.ok()) {
      return s;
    }
  }
  {
    v1::UpdateRosterPolicyRequest req;
    *req.mutable_roster_policy() = HourlyPolicy(site.id);
    req.mutable_update_mask()->add_paths("shifts");
    v1::RosterPolicy resp;
    if (absl::Status s = Retrying([&] {
          grpc::ClientContext ctx;
          cl.Prepare(&ctx, admin);
          return cl.roster(c).UpdateRosterPolicy(&ctx, req, &resp);
        });
        !s.ok()) {
      return s;
    }
  }
  for (size_t p = 0; p < site.people.size(); ++p) {
    const std::string& staff_id = site.people[p];
    {
      v1::CreateStaffMemberRequest req;
      req.set_staff_id(staff_id);
      req.mutable_staff_member()->set_display_name(
          absl::StrCat("接待员", p + 1));
      req.mutable_staff_member()->add_roles(v1::StaffMember::RECEPTIONIST);
      req.mutable_staff_member()->add_sites(absl::StrCat("sites/", site.id));
      v1::StaffMember resp;
      if (absl::Status s = Retrying([&] {
            grpc::ClientContext ctx;
            cl.Prepare(&ctx, admin);
            return cl.directory(c).CreateStaffMember(&ctx, req, &resp);
          });
          !s.ok()) {
        return s;
      }
    }
    {
      v1::CreateAccessTokenRequest req;
      req.set_parent(absl::StrCat("staff/", staff_id));
      req.mutable_access_token()->set_display_name("roster bench");
      v1::AccessToken resp;
      if (absl::Status s = Retrying([&] {
            grpc::ClientContext ctx;
            cl.Prepare(&ctx, admin);
            return cl.directory(c).CreateAccessToken(&ctx, req, &resp);
          });
          !s.ok()) {
        return s;
      }
      site.tokens.push_back(resp.secret());
    }
    {
      v1::CreateDutyAssignmentRequest req;
      req.set_parent(ShiftOf(site.id, p == 0 ? out_hour : out_hour + 1));
      req.mutable_duty_assignment()->set_staff(
          absl::StrCat("staff/", staff_id));
      req.mutable_duty_assignment()->set_origin(v1::DutyAssignment::PLANNED);
      v1::DutyAssignment resp;
      if (absl::Status s = Retrying([&] {
            grpc::ClientContext ctx;
            cl.Prepare(&ctx, admin);
            return cl.roster(c).CreateDutyAssignment(&ctx, req, &resp);
          });
          !s.ok()) {
        return s;
      }
    }
  }
  site.ready = true;
  return absl::OkStatus();
}

// The H+1 receptionist writes and submits the handover of their shift.
absl::Status SubmitHandoverOf(Clients& cl, int c, absl::CivilHour out_hour,
                              BenchSite& site) {
  v1::Handover created;
  {
    v1::CreateHandoverRequest req;
    req.set_parent(absl::StrCat("sites/", site.id));
    v1::Handover* h = req.mutable_handover();
    h->set_outgoing_shift(ShiftOf(site.id, out_hour));
    h->set_duty_log("本班平稳,快递柜已清点。");
    h->add_items()->set_description("3号楼电梯报修,维修工明早到场");
    if (absl::Status s = Retrying([&] {
          grpc::ClientContext ctx;
          cl.Prepare(&ctx, site.tokens[0]);
          return cl.roster(c).CreateHandover(&ctx, req, &created);
        });
        !s.ok()) {
      return s;
    }
  }
  v1::SubmitHandoverRequest req;
  req.set_name(created.name());
  req.set_etag(created.etag());
  v1::Handover submitted;
  if (absl::Status s = Retrying([&] {
        grpc::ClientContext ctx;
        cl.Prepare(&ctx, site.tokens[0]);
        return cl.roster(c).SubmitHandover(&ctx, req, &submitted);
      });
      !s.ok()) {
    return s;
  }
  site.handover = submitted.name();
  for (const auto& item : submitted.items()) site.item_ids.push_back(item.id());
  return absl::OkStatus();
}

int Main() {
  const int clients = std::max(1, absl::GetFlag(FLAGS_clients));
  const int seconds = std::max(1, absl::GetFlag(FLAGS_seconds));
  const std::string admin = ReadToken();
  if (admin.empty()) return 1;
  absl::Duration offset = absl::GetFlag(FLAGS_clock_offset);
  if (const char* v = std::getenv("FRONTDESK_CLOCK_OFFSET");
      offset == absl::ZeroDuration() && v && *v) {
    absl::ParseDuration(v, &offset);
  }
  auto server_now = [offset] { return absl::Now() + offset; };
  absl::TimeZone tz;
  if (!absl::LoadTimeZone("Asia/Shanghai", &tz)) {
    std::fprintf(stderr, "frontdesk_roster_bench: no zoneinfo\n");
    return 1;
  }
  Clients cl(absl::GetFlag(FLAGS_server), clients,
             absl::GetFlag(FLAGS_deadline_ms));
  if (!cl.Connect()) {
    std::fprintf(stderr, "frontdesk_roster_bench: cannot connect to %s\n",
                 absl::GetFlag(FLAGS_server).c_str());
    return 1;
  }
  std::printf(
      "frontdesk_roster_bench: server %s, %d clients (a channel each), "
      "deadline %d ms, server clock %s\n",
      absl::GetFlag(FLAGS_server).c_str(), clients,
      absl::GetFlag(FLAGS_deadline_ms),
      absl::FormatTime("%Y-%m-%d %H:%M %Z", server_now(), tz).c_str());

  // The ListShifts phases over the generator's year.
  const absl::CivilMonth month = absl::ToCivilMonth(server_now(), tz);
  const absl::CivilDay month_first(month);
  const absl::CivilDay month_last = absl::CivilDay(month + 1) - 1;
  const int gen_sites = std::max(1, absl::GetFlag(FLAGS_gen_sites));
  std::vector<std::mt19937> rngs;
  for (int c = 0; c < clients; ++c) rngs.emplace_back(1000 + c);
  std::atomic<long long> month_shifts{0}, gaps{0};
  PrintHeader();
  // Alone (the query's own latency), then with every client at once.
  for (int n : {1, clients}) {
    if (n == 1 && clients == 1) continue;
    Run(absl::StrFormat("ListShifts site-month, %d cl", n), n, -1, seconds,
        [&](int c, long long) {
          const int site =
              std::uniform_int_distribution<int>(1, gen_sites)(rngs[c]);
          long long count = 0;
          absl::Status s = ListAllShifts(
              cl, c, admin,
              absl::StrFormat("sites/%s%02d", absl::GetFlag(FLAGS_gen_prefix),
                              site),
              DateFilter(month_first, month_last), &count);
          month_shifts = count;
          return s;
        });
    Run(absl::StrFormat("coverage 31 days, %d cl", n), n, -1, seconds,
        [&](int c, long long) {
          long long count = 0;
          absl::Status s =
              ListAllShifts(cl, c, admin, "sites/-",
                            DateFilter(month_last - 30, month_last) +
                                " AND understaffed = true",
                            &count);
          gaps = count;
          return s;
        });
  }
  std::printf(
      "  (a site-month lists %lld shifts; the coverage check of sites/- "
      "finds %lld understaffed shifts in %s .. %s)\n",
      month_shifts.load(), gaps.load(),
      absl::FormatCivilTime(month_last - 30).c_str(),
      absl::FormatCivilTime(month_last).c_str());
  std::fflush(stdout);

  // ClockIn and AcceptHandover: new sites, first wait for room in the hour.
  absl::Time now = server_now();
  absl::CivilHour hour = absl::ToCivilHour(now, tz);
  const absl::Duration left = absl::FromCivil(hour + 1, tz) - now;
  if (left < absl::Minutes(absl::GetFlag(FLAGS_margin_minutes))) {
    std::printf(
        "waiting %.0f s for the next hour (setup needs the next "
        "shift not to have started)\n",
        absl::ToDoubleSeconds(left) + 5);
    std::fflush(stdout);
    absl::SleepFor(left + absl::Seconds(5));
    hour = absl::ToCivilHour(server_now(), tz);
  }
  const absl::CivilHour out_hour = hour + 1;
  const int site_count = std::max(1, absl::GetFlag(FLAGS_sites));
  const int people = std::max(2, absl::GetFlag(FLAGS_people));
  const std::string run = absl::StrFormat(
      "%05d", static_cast<int>(absl::ToUnixSeconds(absl::Now()) % 100000));
  std::vector<BenchSite> sites(site_count);
  for (int i = 0; i < site_count; ++i) {
    sites[i].id = absl::StrFormat("rb%s%04d", run, i + 1);
    for (int p = 0; p < people; ++p) {
      sites[i].people.push_back(absl::StrFormat("%s.r%d", sites[i].id, p + 1));
    }
  }
  const absl::Time setup0 = absl::Now();
  Run("", clients, site_count, 0, [&](int c, long long i) {
    return SetUpSite(cl, c, admin, out_hour, sites[i]);
  });
  struct Clocker {
    int site, person;
  };
  std::vector<Clocker> clockers;
  for (int i = 0; i < site_count; ++i) {
    if (!sites[i].ready) continue;
    for (int p = 0; p < people; ++p) clockers.push_back({i, p});
  }
  std::shuffle(clockers.begin(), clockers.end(), std::mt19937(7));
  std::printf(
      "setup: %zu sites with shifts h%02d/h%02d of %s, %zu "
      "receptionists assigned, in %.1f s\n",
      static_cast<size_t>(
          std::count_if(sites.begin(), sites.end(),
                        [](const BenchSite& s) { return s.ready; })),
      out_hour.hour(), (out_hour + 1).hour(),
      absl::FormatCivilTime(absl::CivilDay(out_hour)).c_str(), clockers.size(),
      absl::ToDoubleSeconds(absl::Now() - setup0));
  std::fflush(stdout);
  PrintHeader();
  std::mutex mu;
  Run("ClockIn (first clock-ins)", clients,
      static_cast<long long>(clockers.size()), 0, [&](int c, long long i) {
        const Clocker& k = clockers[i];
        BenchSite& site = sites[k.site];
        v1::ClockInRequest req;
        req.set_site(absl::StrCat("sites/", site.id));
        v1::AttendanceRecord resp;
        absl::Status s = Retrying([&] {
          grpc::ClientContext ctx;
          cl.Prepare(&ctx, site.tokens[k.person]);
          return cl.roster(c).ClockIn(&ctx, req, &resp);
        });
        if (s.ok() && k.person < 2) {
          std::lock_guard<std::mutex> lock(mu);
          (k.person == 0 ? site.clocked_in_out : site.clocked_in_in) = true;
        }
        return s;
      });

  std::vector<int> handover_sites;
  for (int i = 0; i < site_count; ++i) {
    if (sites[i].clocked_in_out && sites[i].clocked_in_in) {
      handover_sites.push_back(i);
    }
  }
  const absl::Time setup1 = absl::Now();
  Run("", clients, static_cast<long long>(handover_sites.size()), 0,
      [&](int c, long long i) {
        return SubmitHandoverOf(cl, c, out_hour, sites[handover_sites[i]]);
      });
  std::vector<int> submitted;
  for (int i : handover_sites) {
    if (!sites[i].handover.empty()) submitted.push_back(i);
  }
  std::printf("setup: %zu handovers SUBMITTED in %.1f s\n", submitted.size(),
              absl::ToDoubleSeconds(absl::Now() - setup1));
  std::fflush(stdout);
  Run("AcceptHandover", clients, static_cast<long long>(submitted.size()), 0,
      [&](int c, long long i) {
        BenchSite& site = sites[submitted[i]];
        v1::AcceptHandoverRequest req;
        req.set_name(site.handover);
        for (int id : site.item_ids) req.add_acknowledged_item_ids(id);
        req.set_incoming_remarks("已核对,接班。");
        v1::Handover resp;
        return Retrying([&] {
          grpc::ClientContext ctx;
          cl.Prepare(&ctx, site.tokens[1]);
          return cl.roster(c).AcceptHandover(&ctx, req, &resp);
        });
      });
  return 0;
}

}  // namespace
}  // namespace frontdesk

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "load test of a running frontdeskd's roster.\n  frontdesk_roster_bench "
      "[--server ADDR] [--clients N] [--seconds T] [--sites N]");
  absl::ParseCommandLine(argc, argv);
  return frontdesk::Main();
}
