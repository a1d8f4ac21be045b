// frontdesk_bench: load against a running frontdeskd, and optionally the same
// database work through raw SQL for comparison. A program, not a test: it
// prints figures.
//
//   frontdesk_bench [--server 127.0.0.1:50051] [--token T | --token_file F]
//       [--clients 16] [--seconds 10] [--site bench] [--mysql URL]
//
// Contract:
// - Setup: reads the bearer token (--token, else --token_file, else
//   $FRONTDESK_TOKEN_FILE, else ~/.config/frontdesk/token, as frontdeskd
//   writes it) and creates site --site (time zone Asia/Shanghai) if missing.
// - Phases, each --seconds long with --clients threads. Each client thread
//   has its own channel and so its own HTTP/2 connection (a local subchannel
//   pool), like separate front-desk PCs; --shared_channel makes them share
//   one. Every call has a --deadline_ms deadline.
//     CreateTicket  new tickets from tests/bench/ticket_mix.h (no unit, no
//                   request_id unless --request_ids)
//     GetTicket     random ids among those the CreateTicket phase created
//     ListTickets   parent sites/{site}, filter kind = REPAIR, page_size 50
//     CheckInVisitor  new visitors with random valid ID-card numbers,
//                   checked against a watchlist of --watchlist entries
//                   (document sealed, blinded and matched per call)
//     ListVisits    parent sites/{site}, on_premises = true, page_size 50
//                   (every row opened and masked)
// - With --mysql (a mysql:// URL of the server's database): the raw-SQL
//   baseline of db/bench_baseline.h — CreateTicket's transaction (counter
//   upsert and select, ticket insert with the reporter sealed, event insert,
//   commit) and a primary-key read — with the same threads and duration, one
//   connection per thread; then each gRPC rate as a ratio to its baseline.
//   The baseline seals with the server's data key: --data_key_file, else
//   $FRONTDESK_DATA_KEY_FILE.
// - Per phase: requests (completed calls), errors, req/s (successful calls
//   per second of the phase), p50 and p99 latency (ms, successful calls).
//   The first error of a phase is printed to stderr.
// - Exit status 0 when every phase ran (errors are figures, not failures);
//   1 when setup fails.
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
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "common/clock.h"
#include "common/data_protector.h"
#include "common/names.h"
#include "db/bench/bench_baseline.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "tests/bench/ticket_mix.h"

ABSL_FLAG(std::string, server, "127.0.0.1:50051", "frontdeskd address");
ABSL_FLAG(std::string, token, "", "bearer token; default: read --token_file");
ABSL_FLAG(std::string, token_file, "",
          "file holding the bearer token; default $FRONTDESK_TOKEN_FILE, "
          "else ~/.config/frontdesk/token");
ABSL_FLAG(int, clients, 16, "concurrent client threads");
ABSL_FLAG(int, seconds, 10, "duration of each phase");
ABSL_FLAG(int, watchlist, 200,
          "watchlist entries created for the site before CheckInVisitor");
ABSL_FLAG(std::string, site, "bench",
          "site to write to; created (Asia/Shanghai) if missing");
ABSL_FLAG(std::string, mysql, "",
          "mysql:// URL of the server's database: also run the raw-SQL "
          "baseline");
ABSL_FLAG(std::string, data_key_file, "",
          "with --mysql: the server's data key file (default "
          "$FRONTDESK_DATA_KEY_FILE)");
ABSL_FLAG(int, deadline_ms, 5000, "deadline of every call");
ABSL_FLAG(bool, shared_channel, false,
          "one channel for all clients instead of one each");
ABSL_FLAG(bool, request_ids, false,
          "send a request_id with each CreateTicket (adds the idempotency "
          "record)");

namespace frontdesk {
namespace {

using Clock = std::chrono::steady_clock;

struct PhaseResult {
  std::string name;
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

// One call of a phase by client `client`: OK or the error to count.
using Call = std::function<absl::Status(int client, bench::TicketMix& mix)>;

PhaseResult RunPhase(const std::string& name, int clients, int seconds,
                     const Call& call) {
  PhaseResult result;
  result.name = name;
  std::mutex mu;
  std::string first_error;
  const Clock::time_point start = Clock::now();
  const Clock::time_point end = start + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      bench::TicketMix mix(1000 + c + 7919 * std::hash<std::string>()(name));
      std::vector<double> latencies;
      long long requests = 0, errors = 0;
      std::string error;
      while (Clock::now() < end) {
        Clock::time_point t0 = Clock::now();
        absl::Status s = call(c, mix);
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0)
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
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::sort(result.latencies_ms.begin(), result.latencies_ms.end());
  if (!first_error.empty()) {
    std::fprintf(stderr, "%s: first error: %s\n", name.c_str(),
                 first_error.c_str());
  }
  std::printf("  %-30s %9lld %7lld %10.1f %8.2f %8.2f\n", name.c_str(),
              result.requests, result.errors, result.Rate(),
              result.Percentile(0.50), result.Percentile(0.99));
  std::fflush(stdout);
  return result;
}

// A phase whose calls each read one of the items the clients of an earlier
// phase made (`made`, per client), picked at random: `call(client, item)`.
// With no item at all it says `skipped` on stderr and returns no figures.
template <typename T>
PhaseResult RunPhaseOnMade(
    const std::string& name, int clients, int seconds,
    const std::vector<std::vector<T>>& made, const char* skipped,
    const std::function<absl::Status(int client, const T& item)>& call) {
  std::vector<T> items;
  for (const auto& v : made) items.insert(items.end(), v.begin(), v.end());
  if (items.empty()) {
    std::fprintf(stderr, "%s\n", skipped);
    return PhaseResult();
  }
  return RunPhase(name, clients, seconds, [&](int c, bench::TicketMix& mix) {
    return call(c,
                items[mix.UniformInt(0, static_cast<int>(items.size()) - 1)]);
  });
}

absl::Status FromGrpc(const grpc::Status& s) {
  if (s.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(s.error_code()),
                      s.error_message());
}

// The server's data key, for the baseline's sealing.
absl::StatusOr<DataProtector> ReadDataKey() {
  std::string path = absl::GetFlag(FLAGS_data_key_file);
  if (path.empty()) {
    if (const char* v = std::getenv("FRONTDESK_DATA_KEY_FILE"); v && *v) {
      path = v;
    }
  }
  std::ifstream in(path);
  std::string key;
  std::getline(in, key);
  return DataProtector::FromKeyText(key);
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
    std::fprintf(stderr, "frontdesk_bench: no token in %s (use --token)\n",
                 path.c_str());
  }
  return token;
}

class GrpcClients {
 public:
  GrpcClients(const std::string& server, const std::string& token, int clients,
              bool shared, int deadline_ms)
      : token_(token), deadline_ms_(deadline_ms) {
    for (int c = 0; c < clients; ++c) {
      if (c == 0 || !shared) {
        grpc::ChannelArguments args;
        // Channels with equal arguments would otherwise share one
        // connection through the global subchannel pool.
        args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
        channels_.push_back(grpc::CreateCustomChannel(
            server, grpc::InsecureChannelCredentials(), args));
      }
      tickets_.push_back(v1::TicketService::NewStub(channels_.back()));
      visitors_.push_back(v1::VisitorService::NewStub(channels_.back()));
    }
    directory_ = v1::DirectoryService::NewStub(channels_.front());
  }

  bool Connect(int timeout_s) {
    for (auto& ch : channels_) {
      if (!ch->WaitForConnected(std::chrono::system_clock::now() +
                                std::chrono::seconds(timeout_s))) {
        return false;
      }
    }
    return true;
  }

  void Prepare(grpc::ClientContext* ctx) const {
    ctx->AddMetadata("authorization", "Bearer " + token_);
    ctx->set_deadline(std::chrono::system_clock::now() +
                      std::chrono::milliseconds(deadline_ms_));
  }

  v1::TicketService::Stub& tickets(int client) { return *tickets_[client]; }
  v1::VisitorService::Stub& visitors(int client) { return *visitors_[client]; }
  v1::DirectoryService::Stub& directory() { return *directory_; }
  size_t channels() const { return channels_.size(); }

 private:
  std::string token_;
  int deadline_ms_;
  std::vector<std::shared_ptr<grpc::Channel>> channels_;
  std::vector<std::unique_ptr<v1::TicketService::Stub>> tickets_;
  std::vector<std::unique_ptr<v1::VisitorService::Stub>> visitors_;
  std::unique_ptr<v1::DirectoryService::Stub> directory_;
};

// A phase's call that lists a page of 50 under `parent` with `filter`:
// `method` on the client's stub of `stub_of`.
template <typename Stub, typename Req, typename Resp>
Call ListPage(GrpcClients& grpc_clients, Stub& (GrpcClients::*stub_of)(int),
              grpc::Status (Stub::*method)(grpc::ClientContext*, const Req&,
                                           Resp*),
              const std::string& parent, const std::string& filter) {
  return [&grpc_clients, stub_of, method, parent, filter](int c,
                                                          bench::TicketMix&) {
    Req req;
    req.set_parent(parent);
    req.set_filter(filter);
    req.set_page_size(50);
    Resp resp;
    grpc::ClientContext ctx;
    grpc_clients.Prepare(&ctx);
    return FromGrpc(((grpc_clients.*stub_of)(c).*method)(&ctx, req, &resp));
  };
}

// A random ID-card number with a valid GB 11643 check character.
std::string RandomIdCard(bench::TicketMix& mix) {
  static constexpr int kWeights[17] = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                       3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  std::string n = "110101";
  absl::StrAppend(&n, mix.UniformInt(1950, 2005), "0", mix.UniformInt(1, 9),
                  "1", mix.UniformInt(0, 9), mix.UniformInt(100, 999));
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (n[i] - '0') * kWeights[i];
  return n + kCheck[sum % 11];
}

// GetSite, and CreateSite when it is missing.
bool EnsureSite(GrpcClients& grpc_clients, const std::string& site_id) {
  v1::GetSiteRequest get;
  get.set_name(SiteName(site_id));
  v1::Site site;
  grpc::ClientContext ctx;
  grpc_clients.Prepare(&ctx);
  grpc::Status s = grpc_clients.directory().GetSite(&ctx, get, &site);
  if (s.error_code() == grpc::StatusCode::NOT_FOUND) {
    v1::CreateSiteRequest create;
    create.set_site_id(site_id);
    create.mutable_site()->set_display_name("压测小区");
    create.mutable_site()->set_time_zone("Asia/Shanghai");
    grpc::ClientContext cctx;
    grpc_clients.Prepare(&cctx);
    s = grpc_clients.directory().CreateSite(&cctx, create, &site);
    if (s.ok()) std::printf("created site %s\n", site.name().c_str());
  }
  if (!s.ok()) {
    std::fprintf(stderr, "frontdesk_bench: site %s: %s\n", site_id.c_str(),
                 s.error_message().c_str());
    return false;
  }
  return true;
}

// A new, unique ticket of the mix: no unit (as the baseline), a numbered
// description.
v1::Ticket NewTicket(bench::TicketMix& mix, int client, long long n) {
  v1::Ticket t = mix.Ticket("");
  t.set_description(
      absl::StrCat(t.description(), " [bench c", client, "-", n, "]"));
  return t;
}

void PrintHeader() {
  std::printf("  %-30s %9s %7s %10s %8s %8s\n", "phase", "requests", "errors",
              "req/s", "p50 ms", "p99 ms");
}

int Main() {
  const std::string site_id = absl::GetFlag(FLAGS_site);
  const int clients = std::max(1, absl::GetFlag(FLAGS_clients));
  const int seconds = std::max(1, absl::GetFlag(FLAGS_seconds));
  const bool shared = absl::GetFlag(FLAGS_shared_channel);
  const int deadline_ms = absl::GetFlag(FLAGS_deadline_ms);
  const std::string token = ReadToken();
  if (token.empty()) return 1;

  GrpcClients grpc_clients(absl::GetFlag(FLAGS_server), token, clients, shared,
                           deadline_ms);
  if (!grpc_clients.Connect(10)) {
    std::fprintf(stderr, "frontdesk_bench: cannot connect to %s\n",
                 absl::GetFlag(FLAGS_server).c_str());
    return 1;
  }
  if (!EnsureSite(grpc_clients, site_id)) return 1;
  std::printf(
      "frontdesk_bench: server %s, site sites/%s, %d clients on %zu "
      "channel(s), %d s per phase, deadline %d ms%s\n",
      absl::GetFlag(FLAGS_server).c_str(), site_id.c_str(), clients,
      grpc_clients.channels(), seconds, deadline_ms,
      absl::GetFlag(FLAGS_request_ids) ? ", with request_ids" : "");
  PrintHeader();

  // CreateTicket: every client keeps the ids it created.
  std::vector<std::vector<std::string>> created(clients);
  std::vector<long long> sequence(clients, 0);
  const std::string parent = SiteName(site_id);
  const std::string run = absl::StrCat(absl::ToUnixMicros(absl::Now()));
  PhaseResult create = RunPhase(
      "gRPC CreateTicket", clients, seconds, [&](int c, bench::TicketMix& mix) {
        long long n = ++sequence[c];
        v1::CreateTicketRequest req;
        req.set_parent(parent);
        *req.mutable_ticket() = NewTicket(mix, c, n);
        if (absl::GetFlag(FLAGS_request_ids)) {
          req.set_request_id(absl::StrCat("bench-", run, "-", c, "-", n));
        }
        v1::Ticket resp;
        grpc::ClientContext ctx;
        grpc_clients.Prepare(&ctx);
        grpc::Status s = grpc_clients.tickets(c).CreateTicket(&ctx, req, &resp);
        if (s.ok()) created[c].push_back(resp.name());
        return FromGrpc(s);
      });

  PhaseResult get = RunPhaseOnMade<std::string>(
      "gRPC GetTicket", clients, seconds, created,
      "GetTicket: skipped, no ticket was created",
      [&](int c, const std::string& name) {
        v1::GetTicketRequest req;
        req.set_name(name);
        v1::Ticket resp;
        grpc::ClientContext ctx;
        grpc_clients.Prepare(&ctx);
        return FromGrpc(grpc_clients.tickets(c).GetTicket(&ctx, req, &resp));
      });

  PhaseResult list = RunPhase(
      "gRPC ListTickets", clients, seconds,
      ListPage(grpc_clients, &GrpcClients::tickets,
               &v1::TicketService::Stub::ListTickets, parent, "kind = REPAIR"));

  // The visitor register: a watchlist to match against, then check-ins.
  {
    bench::TicketMix mix(12345);
    for (int i = 0; i < absl::GetFlag(FLAGS_watchlist); ++i) {
      v1::CreateWatchlistEntryRequest req;
      req.set_parent(parent);
      auto* entry = req.mutable_watchlist_entry();
      entry->mutable_person()->set_display_name(absl::StrCat("名单", i));
      entry->mutable_person()->mutable_document()->set_type(
          v1::IdentityDocument::ID_CARD);
      entry->mutable_person()->mutable_document()->set_number(
          RandomIdCard(mix));
      entry->set_action(v1::WatchlistEntry::ALERT);
      entry->set_reason("bench");
      entry->mutable_expire_time()->set_seconds(
          absl::ToUnixSeconds(absl::Now() + absl::Hours(24 * 30)));
      v1::WatchlistEntry resp;
      grpc::ClientContext ctx;
      grpc_clients.Prepare(&ctx);
      grpc::Status s =
          grpc_clients.visitors(0).CreateWatchlistEntry(&ctx, req, &resp);
      if (!s.ok()) {
        std::fprintf(stderr, "watchlist setup: %s\n",
                     s.error_message().c_str());
        break;
      }
    }
  }
  PhaseResult checkin =
      RunPhase("gRPC CheckInVisitor", clients, seconds,
               [&](int c, bench::TicketMix& mix) {
                 v1::CheckInVisitorRequest req;
                 req.set_parent(parent);
                 auto* visit = req.mutable_visit();
                 visit->mutable_visitor()->set_display_name("访客");
                 visit->mutable_visitor()->mutable_document()->set_type(
                     v1::IdentityDocument::ID_CARD);
                 visit->mutable_visitor()->mutable_document()->set_number(
                     RandomIdCard(mix));
                 visit->mutable_visitor()->set_phone(
                     absl::StrCat("139", mix.UniformInt(10000000, 99999999)));
                 visit->mutable_host()->set_location("3号楼");
                 visit->set_purpose(v1::Visit::DELIVERY);
                 v1::Visit resp;
                 grpc::ClientContext ctx;
                 grpc_clients.Prepare(&ctx);
                 return FromGrpc(
                     grpc_clients.visitors(c).CheckInVisitor(&ctx, req, &resp));
               });
  PhaseResult visits = RunPhase("gRPC ListVisits on premises", clients, seconds,
                                ListPage(grpc_clients, &GrpcClients::visitors,
                                         &v1::VisitorService::Stub::ListVisits,
                                         parent, "on_premises = true"));

  const std::string mysql_url = absl::GetFlag(FLAGS_mysql);
  if (mysql_url.empty()) return 0;

  auto protector = ReadDataKey();
  if (!protector.ok()) {
    std::fprintf(stderr, "frontdesk_bench: --data_key_file: %s\n",
                 protector.status().ToString().c_str());
    return 1;
  }
  // The baseline: one raw connection per client thread, opened up front.
  std::vector<std::unique_ptr<db::BenchBaseline>> conns;
  for (int c = 0; c < clients; ++c) {
    auto conn = db::BenchBaseline::Open(mysql_url, *protector);
    if (!conn.ok()) {
      std::fprintf(stderr, "frontdesk_bench: --mysql: %s\n",
                   conn.status().ToString().c_str());
      return 1;
    }
    conns.push_back(*std::move(conn));
  }
  absl::Status ensured = conns.front()->EnsureSite(site_id, "Asia/Shanghai",
                                                   ToMicros(absl::Now()));
  if (!ensured.ok()) {
    std::fprintf(stderr, "frontdesk_bench: baseline site: %s\n",
                 ensured.ToString().c_str());
    return 1;
  }
  std::vector<std::vector<long long>> inserted(clients);
  std::fill(sequence.begin(), sequence.end(), 0);
  PhaseResult raw_insert =
      RunPhase("raw SQL insert ticket+event", clients, seconds,
               [&](int c, bench::TicketMix& mix) -> absl::Status {
                 auto id = conns[c]->InsertTicketWithEvent(
                     site_id, NewTicket(mix, c, ++sequence[c]), "bench",
                     ToMicros(absl::Now()));
                 if (!id.ok()) return id.status();
                 inserted[c].push_back(*id);
                 return absl::OkStatus();
               });
  PhaseResult raw_read = RunPhaseOnMade<long long>(
      "raw SQL read ticket by id", clients, seconds, inserted,
      "raw SQL read: skipped, no ticket was inserted",
      [&](int c, long long id) {
        return conns[c]->ReadTicketById(id).status();
      });

  auto ratio = [](const char* what, const PhaseResult& grpc_phase,
                  const PhaseResult& raw) {
    if (raw.Rate() <= 0) {
      std::printf("%s: %.0f rps (no raw-SQL figure)\n", what,
                  grpc_phase.Rate());
      return;
    }
    std::printf(
        "%s: %.0f rps = %.2f × raw SQL (%.0f rps); p50 %.2f ms vs %.2f ms\n",
        what, grpc_phase.Rate(), grpc_phase.Rate() / raw.Rate(), raw.Rate(),
        grpc_phase.Percentile(0.5), raw.Percentile(0.5));
  };
  std::printf("\n");
  ratio("CreateTicket", create, raw_insert);
  ratio("GetTicket", get, raw_read);
  std::printf("ListTickets: %.0f rps (no raw-SQL baseline)\n", list.Rate());
  std::printf("CheckInVisitor: %.0f rps, p50 %.2f ms (no raw-SQL baseline)\n",
              checkin.Rate(), checkin.Percentile(0.5));
  std::printf("ListVisits: %.0f rps, p50 %.2f ms (no raw-SQL baseline)\n",
              visits.Rate(), visits.Percentile(0.5));
  return 0;
}

}  // namespace
}  // namespace frontdesk

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "load test of a running frontdeskd.\n  frontdesk_bench [--server ADDR] "
      "[--clients N] [--seconds T] [--mysql URL]");
  absl::ParseCommandLine(argc, argv);
  return frontdesk::Main();
}
