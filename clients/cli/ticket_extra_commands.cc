// `frontdesk ticket ...` for linked tickets, escalations and the live feed,
// and `frontdesk sla-policy ...` for a site's deadlines.
//
//   ticket link CHILD --parent PARENT | --unlink       [--request-id ID]
//   ticket escalate TICKET --reason ".." [--level supervisor|manager]
//                   [--request-id ID]
//   ticket escalations [--site hx] [--level manager] [--since T]
//                                                      (every page)
//   ticket watch --site hx [--after EVENT_ID | --history]
//   sla-policy list --site hx
//   sla-policy set --site hx --kind complaint --priority normal
//                  [--respond 24h] [--resolve 3d] [--callback 24h]
//                  [--plan 1d] [--coordination 3d]
//                  [--supervisor-after 0s] [--manager-after 24h]
//                  [--etag E] [--request-id ID]
//
// TICKET, CHILD and PARENT are ticket names or numbers (names.h). Times T are
// "2026-11-23 16:00" in the CLI time zone (local_time.h: the ticket's site's
// zone) or RFC 3339. Durations are
// 30m, 4h, 3d, 1h30m (duration.h); `sla-policy set` changes only the
// durations given (its update_mask).
//
// `ticket watch` prints each event of the site as it happens, one line each
// with the ticket's number (-o json: one JSON object per line, with
// ticketNumber), until Ctrl-C or SIGTERM (exit 0).
// Without --after or --history it starts with the events from now on. It has
// no overall deadline (--timeout bounds each connection attempt and each
// ticket-number lookup instead), and after a disconnect it reconnects by
// itself, with a backoff of 0.5 s doubling up to 10 s, resuming after the
// last event it printed, so nothing is lost or printed twice.
#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/local_time.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/ticket_calls.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;
using Stub = v1::TicketService::Stub;

constexpr const char* kLevelPrefix = "ESCALATION_LEVEL_";

// --- link -------------------------------------------------------------------

struct LinkOptions {
  std::string child;
  std::string parent;
  bool unlink = false;
  std::string request_id;
};

int Link(const Client& client, OutputFormat format,
         const LinkOptions& options) {
  if (options.parent.empty() == !options.unlink) {
    throw UsageError(Msg("usage.parent_or_unlink"));
  }
  v1::LinkTicketRequest request;
  request.set_name(TicketName(options.child));
  if (!options.unlink) request.set_parent(TicketName(options.parent));
  request.set_request_id(options.request_id);
  Ticket ticket;
  if (!CallTickets(client, &Stub::LinkTicket, request, &ticket)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(ticket, std::cout);
  } else {
    PrintTicket(ticket, std::cout);
  }
  return kExitOk;
}

void AddLinkCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<LinkOptions>();
  CLI::App* link = group->add_subcommand(
      "link",
      "link a ticket under a parent ticket of the same site (several reports "
      "of one matter); `ticket resolve PARENT --with-children` resolves them "
      "together");
  link->add_option("child", options->child, kTicketHelp)->required();
  CLI::Option* parent = link->add_option("--parent", options->parent,
                                         "the parent ticket (name or number)");
  link->add_flag("--unlink", options->unlink, "remove the child's link")
      ->excludes(parent);
  link->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(link, context,
             [options](const Client& client, OutputFormat format) {
               return Link(client, format, *options);
             });
}

// --- escalations ------------------------------------------------------------

struct EscalateOptions {
  std::string ticket;
  std::string reason;
  std::string level;
  std::string request_id;
};

struct EscalationListOptions {
  std::string site;
  std::string level;
  std::string since;
};

void AddEscalationCommands(CLI::App* group, CommandContext& context) {
  const auto* levels = v1::EscalationLevel_descriptor();
  auto options = std::make_shared<EscalateOptions>();
  CLI::App* escalate = group->add_subcommand(
      "escalate",
      "report a ticket up the chain (supervisor, then manager), with the "
      "reason");
  escalate->add_option("ticket", options->ticket, kTicketHelp)->required();
  escalate
      ->add_option("--reason", options->reason,
                   "why the desk cannot handle it, up to 500 characters")
      ->required();
  CheckEnumWord(escalate->add_option("--level", options->level,
                                     "supervisor or manager; default the "
                                     "next level above the ticket's"),
                levels, kLevelPrefix);
  escalate->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(
      escalate, context,
      [options, levels](const Client& client, OutputFormat format) {
        v1::EscalateTicketRequest request;
        request.set_name(TicketName(options->ticket));
        request.set_level(static_cast<v1::EscalationLevel>(
            EnumNumber(levels, options->level, kLevelPrefix)));
        request.set_reason(options->reason);
        request.set_request_id(options->request_id);
        v1::Escalation escalation;
        if (!CallTickets(client, &Stub::EscalateTicket, request, &escalation)) {
          return kExitRpcError;
        }
        if (format == OutputFormat::kJson) {
          PrintJson(escalation, std::cout);
        } else {
          PrintEscalation(escalation, std::cout);
        }
        return kExitOk;
      });

  auto list_options = std::make_shared<EscalationListOptions>();
  CLI::App* list = group->add_subcommand(
      "escalations",
      "escalations, newest first: the supervisor's and the manager's list");
  list->add_option("--site", list_options->site,
                   "site id, e.g. hx; default every site you may see");
  CheckEnumWord(list->add_option("--level", list_options->level,
                                 "only this level: supervisor or manager"),
                levels, kLevelPrefix);
  list->add_option("--since", list_options->since,
                   "only those at or after this time: \"2026-11-23 08:00\" "
                   "(the site's local time) or RFC 3339")
      ->check(TimeWord());
  RunOnParse(
      list, context,
      [list_options, levels](const Client& client, OutputFormat format) {
        v1::ListEscalationsRequest request;
        request.set_parent(SiteNameOrAll(list_options->site));
        FilterBuilder filter;
        if (!list_options->level.empty()) {
          int level = EnumNumber(levels, list_options->level, kLevelPrefix);
          filter.AddEnum("level", "=",
                         levels->FindValueByNumber(level)->name());
        }
        if (!list_options->since.empty()) {
          std::optional<google::protobuf::Timestamp> since =
              ParseTimeInput(list_options->since);
          if (!since) throw UsageError(Msg("usage.since_not_time"));
          filter.AddText("create_time", ">=",
                         google::protobuf::util::TimeUtil::ToString(*since));
        }
        request.set_filter(filter.Build());
        v1::ListEscalationsResponse all;
        if (!CallAllPages(client, &v1::TicketService::Stub::ListEscalations,
                          request, &all)) {
          return kExitRpcError;
        }
        if (format == OutputFormat::kJson) {
          PrintJson(all, std::cout);
          return kExitOk;
        }
        if (all.escalations().empty()) {
          std::cerr << Msg("none.escalations") << "\n";
        } else {
          PrintEscalationTable(all.escalations(), std::cout);
        }
        return kExitOk;
      });
}

// --- watch ------------------------------------------------------------------

// Set by SIGINT / SIGTERM; the watch loop and its canceller poll it.
std::atomic<bool> stop_requested{false};

extern "C" void RequestStop(int) { stop_requested = true; }

constexpr std::chrono::milliseconds kFirstBackoff{500};
constexpr std::chrono::milliseconds kMaxBackoff{10000};
constexpr std::chrono::milliseconds kStopPoll{100};

struct WatchOptions {
  std::string site;
  int64_t after = 0;
  bool history = false;
};

std::chrono::system_clock::time_point DeadlineIn(double seconds) {
  return std::chrono::system_clock::now() +
         std::chrono::duration_cast<std::chrono::system_clock::duration>(
             std::chrono::duration<double>(seconds));
}

// Errors a reconnect cannot fix: the request or the credentials are wrong.
bool IsPermanent(grpc::StatusCode code) {
  switch (code) {
    case grpc::StatusCode::INVALID_ARGUMENT:
    case grpc::StatusCode::NOT_FOUND:
    case grpc::StatusCode::PERMISSION_DENIED:
    case grpc::StatusCode::UNAUTHENTICATED:
    case grpc::StatusCode::FAILED_PRECONDITION:
    case grpc::StatusCode::UNIMPLEMENTED:
    case grpc::StatusCode::OUT_OF_RANGE:
      return true;
    default:
      return false;
  }
}

// Sleeps `duration`, waking early when a stop is requested.
void SleepUnlessStopped(std::chrono::milliseconds duration) {
  auto end = std::chrono::steady_clock::now() + duration;
  while (!stop_requested && std::chrono::steady_clock::now() < end) {
    std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(
        kStopPoll, end - std::chrono::steady_clock::now()));
  }
}

class Watcher {
 public:
  Watcher(const Client& client, OutputFormat format)
      : client_(client), format_(format) {
    grpc::ChannelArguments args;
    // Notice a silently vanished server (the stream has no deadline).
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30 * 1000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10 * 1000);
    args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS,
                static_cast<int>(kMaxBackoff.count()));
    channel_ = grpc::CreateCustomChannel(
        client.server(), grpc::InsecureChannelCredentials(), args);
    stub_ = v1::TicketService::NewStub(channel_);
  }

  int Run(const std::string& parent, int64_t after) {
    // Cancels the stream in progress once a stop is requested.
    std::atomic<bool> done{false};
    std::thread canceller([&] {
      while (!done && !stop_requested) std::this_thread::sleep_for(kStopPoll);
      std::lock_guard<std::mutex> lock(mu_);
      if (current_ != nullptr) current_->TryCancel();
    });
    int code = Loop(parent, after);
    done = true;
    canceller.join();
    return code;
  }

 private:
  int Loop(const std::string& parent, int64_t after) {
    std::chrono::milliseconds backoff = kFirstBackoff;
    while (!stop_requested) {
      grpc::Status status;
      if (!Connect()) {
        if (stop_requested) break;
        status = grpc::Status(grpc::StatusCode::UNAVAILABLE,
                              "cannot connect to " + client_.server());
      } else {
        bool received = false;
        status = Stream(parent, &after, &received);
        if (received) backoff = kFirstBackoff;
      }
      if (stop_requested) break;
      if (IsPermanent(status.error_code())) {
        PrintRpcError(status);
        return kExitRpcError;
      }
      const std::string why =
          status.ok() ? Msg("note.stream_ended") : status.error_message();
      std::cerr << (after > 0 ? Msg("note.watch_reconnect_after",
                                    {why, std::to_string(backoff.count()),
                                     std::to_string(after)})
                              : Msg("note.watch_reconnect",
                                    {why, std::to_string(backoff.count())}))
                << "\n";
      SleepUnlessStopped(backoff);
      backoff = std::min(backoff * 2, kMaxBackoff);
    }
    return kExitOk;
  }

  // Waits at most --timeout for the channel to connect (in short steps, so
  // that a stop is not held up).
  bool Connect() {
    auto deadline = DeadlineIn(client_.timeout_seconds());
    while (!stop_requested) {
      auto step = std::min(deadline, std::chrono::system_clock::now() +
                                         std::chrono::milliseconds(200));
      if (channel_->WaitForConnected(step)) return true;
      if (std::chrono::system_clock::now() >= deadline) return false;
    }
    return false;
  }

  // One stream from `*after` on; advances it with each event printed.
  grpc::Status Stream(const std::string& parent, int64_t* after,
                      bool* received) {
    grpc::ClientContext context;
    client_.Authorize(&context);
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stop_requested) return grpc::Status::CANCELLED;
      current_ = &context;
    }
    v1::WatchTicketsRequest request;
    request.set_parent(parent);
    request.set_after_event_id(*after);
    std::unique_ptr<grpc::ClientReader<v1::TicketEvent>> reader =
        stub_->WatchTickets(&context, request);
    v1::TicketEvent event;
    while (reader->Read(&event)) {
      if (event.event_id() <= *after) continue;  // never print one twice
      Print(event);
      *after = event.event_id();
      *received = true;
    }
    grpc::Status status = reader->Finish();
    std::lock_guard<std::mutex> lock(mu_);
    current_ = nullptr;
    return status;
  }

  void Print(const v1::TicketEvent& event) {
    if (format_ == OutputFormat::kJson) {
      PrintJsonLine(event, std::cout);
    } else {
      std::cout << WatchLine(event,
                             event.ticket_number().empty()
                                 ? TicketLabel(EventTicketName(event.name()))
                                 : event.ticket_number())
                << "\n";
    }
    std::cout.flush();
  }

  // The ticket's number for a server that does not send it with the event,
  // looked up once (bounded by --timeout); its name when the lookup fails.
  std::string TicketLabel(const std::string& ticket_name) {
    auto found = numbers_.find(ticket_name);
    if (found != numbers_.end()) return found->second;
    grpc::ClientContext context;
    client_.Authorize(&context);
    context.set_deadline(DeadlineIn(client_.timeout_seconds()));
    v1::GetTicketRequest request;
    request.set_name(ticket_name);
    Ticket ticket;
    if (!stub_->GetTicket(&context, request, &ticket).ok() ||
        ticket.number().empty()) {
      return ticket_name;  // not cached: try again with the next event
    }
    return numbers_[ticket_name] = ticket.number();
  }

  const Client& client_;
  OutputFormat format_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<Stub> stub_;
  std::map<std::string, std::string> numbers_;
  std::mutex mu_;
  grpc::ClientContext* current_ = nullptr;  // the stream in progress
};

void AddWatchCommand(CLI::App* group, CommandContext& context) {
  auto options = std::make_shared<WatchOptions>();
  CLI::App* watch = group->add_subcommand(
      "watch",
      "print a site's ticket events as they happen, one line each, until "
      "Ctrl-C; reconnects by itself and resumes where it stopped");
  watch->add_option("--site", options->site, "site id, e.g. hx")->required();
  CLI::Option* after =
      watch
          ->add_option("--after", options->after,
                       "start after this event id (the last one seen); "
                       "default: only events from now on")
          ->check(CLI::NonNegativeNumber);
  watch
      ->add_flag("--history", options->history,
                 "start with the site's whole history")
      ->excludes(after);
  RunOnParse(watch, context,
             [options](const Client& client, OutputFormat format) {
               std::signal(SIGINT, RequestStop);
               std::signal(SIGTERM, RequestStop);
               Watcher watcher(client, format);
               return watcher.Run(SiteName(options->site),
                                  options->history ? -1 : options->after);
             });
}

// --- sla-policy -------------------------------------------------------------

// A duration option of `sla-policy set` and the policy field it sets.
struct PolicyDuration {
  const char* option;
  const char* path;
  const char* help;
};

const std::vector<PolicyDuration>& PolicyDurations() {
  static const auto* fields = new std::vector<PolicyDuration>{
      {"--respond", "first_response", "first response within, e.g. 24h"},
      {"--resolve", "resolution", "resolved within, e.g. 3d"},
      {"--callback", "callback", "callback within after resolution, e.g. 24h"},
      {"--supervisor-after", "escalate_supervisor_after",
       "escalate to the supervisor this long after a breach, e.g. 0s"},
      {"--manager-after", "escalate_manager_after",
       "escalate to the manager this long after a breach, e.g. 24h"},
      {"--plan", "plan",
       "complaints: the department at fault agrees a plan within, e.g. 1d"},
      {"--coordination", "coordination",
       "the promise of a coordination dispatch, from creation, e.g. 3d "
       "(at least 2d)"},
  };
  return *fields;
}

// "special-service" → "special_service", as policy names spell a kind.
std::string PolicyNameWord(const std::string& word) {
  std::string name = NormalizeEnumWord(word);
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

struct PolicySetOptions {
  std::string site;
  std::string kind;
  std::string priority;
  // update_mask path → the duration given.
  std::map<std::string, std::string> durations;
  std::string etag;
  std::string request_id;
};

int SetPolicy(const Client& client, OutputFormat format,
              const PolicySetOptions& options) {
  if (options.durations.empty()) {
    throw UsageError(Msg("usage.nothing_to_update_sla"));
  }
  v1::UpdateSlaPolicyRequest request;
  v1::SlaPolicy* policy = request.mutable_policy();
  policy->set_name(SiteName(options.site) + "/slaPolicies/" +
                   PolicyNameWord(options.kind) + "." +
                   PolicyNameWord(options.priority));
  policy->set_etag(options.etag);
  const auto* descriptor = policy->GetDescriptor();
  for (const auto& [path, text] : options.durations) {
    std::optional<int64_t> seconds = ParseDurationSeconds(text);
    if (!seconds) throw UsageError(Msg("usage.not_duration", {text}));
    auto* duration = static_cast<google::protobuf::Duration*>(
        policy->GetReflection()->MutableMessage(
            policy, descriptor->FindFieldByName(path)));
    duration->set_seconds(*seconds);
    request.mutable_update_mask()->add_paths(path);
  }
  request.set_request_id(options.request_id);
  v1::SlaPolicy updated;
  if (!CallTickets(client, &Stub::UpdateSlaPolicy, request, &updated)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(updated, std::cout);
  } else {
    PrintSlaPolicy(updated, std::cout);
  }
  return kExitOk;
}

void AddSlaPolicyCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "sla-policy",
      "a site's deadlines and escalation offsets for each kind and priority");
  group->require_subcommand(1);

  auto site = std::make_shared<std::string>();
  CLI::App* list = group->add_subcommand(
      "list",
      "the policy in force for every kind and priority (the site's own or "
      "the defaults)");
  list->add_option("--site", *site, "site id, e.g. hx")->required();
  RunOnParse(list, context, [site](const Client& client, OutputFormat format) {
    v1::ListSlaPoliciesRequest request;
    request.set_parent(SiteName(*site));
    v1::ListSlaPoliciesResponse response;
    if (!CallTickets(client, &Stub::ListSlaPolicies, request, &response)) {
      return kExitRpcError;
    }
    if (format == OutputFormat::kJson) {
      PrintJson(response, std::cout);
    } else {
      PrintSlaPolicyTable(response.policies(), std::cout);
    }
    return kExitOk;
  });

  auto options = std::make_shared<PolicySetOptions>();
  CLI::App* set = group->add_subcommand(
      "set",
      "change the durations given of one kind and priority at a site (the "
      "others keep their values); applies to deadlines computed from now on");
  set->add_option("--site", options->site, "site id, e.g. hx")->required();
  CheckEnumWord(
      set->add_option("--kind", options->kind, "ticket kind, e.g. complaint")
          ->required(),
      Ticket::Kind_descriptor());
  CheckEnumWord(set->add_option("--priority", options->priority,
                                "normal, urgent or emergency")
                    ->required(),
                Ticket::Priority_descriptor());
  for (const PolicyDuration& field : PolicyDurations()) {
    set->add_option_function<std::string>(
           field.option,
           [options, path = std::string(field.path)](const std::string& text) {
             options->durations[path] = text;
           },
           field.help)
        ->check(DurationWord());
  }
  set->add_option("--etag", options->etag,
                  "only if the policy is still at this etag");
  set->add_option("--request-id", options->request_id, kRequestIdHelp);
  RunOnParse(set, context,
             [options](const Client& client, OutputFormat format) {
               return SetPolicy(client, format, *options);
             });
}

}  // namespace

void AddTicketExtraCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.get_subcommand("ticket");
  AddLinkCommand(group, context);
  AddEscalationCommands(group, context);
  AddWatchCommand(group, context);
  AddSlaPolicyCommands(app, context);
}

}  // namespace frontdesk::cli
