#include "server/ticket/lifecycle.h"

#include <initializer_list>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "common/status.h"

namespace frontdesk {
namespace {

using v1::Ticket;

// How a refusal names the action and the statuses it applies to:
// "cannot <verb> a CLOSED ticket<suffix>: <rule>".
struct ActionWords {
  absl::string_view verb;
  absl::string_view suffix;
  absl::string_view rule;
};

constexpr absl::string_view kCallbackRule =
    "callbacks are made on RESOLVED tickets";

const ActionWords* WordsFor(TicketAction action) {
  static const ActionWords kDispatch{
      "dispatch", "",
      "only a NEW, REOPENED, DISPATCHED or IN_PROGRESS ticket can be "
      "dispatched"};
  static const ActionWords kStart{"start work on", "",
                                  "work starts only on a DISPATCHED ticket"};
  static const ActionWords kPend{
      "put", " on hold",
      "only a NEW, DISPATCHED, IN_PROGRESS or REOPENED ticket can be put on "
      "hold"};
  static const ActionWords kResume{"resume", "",
                                   "only a PENDING ticket can be resumed"};
  static const ActionWords kResolve{
      "resolve", "",
      "only a DISPATCHED, IN_PROGRESS or REOPENED ticket (or a NEW one "
      "answered at the desk) can be resolved"};
  static const ActionWords kCallback{"record a callback on", "", kCallbackRule};
  static const ActionWords kReopen{
      "reopen", "", "only a RESOLVED or CLOSED ticket can be reopened"};
  static const ActionWords kUnfounded{
      "mark", " unfounded",
      "only a NEW, DISPATCHED, IN_PROGRESS, PENDING or REOPENED ticket can be "
      "marked unfounded"};
  static const ActionWords kDuplicate{
      "mark", " as a duplicate",
      "only a NEW, DISPATCHED, IN_PROGRESS, PENDING or REOPENED ticket can be "
      "marked as a duplicate"};
  static const ActionWords kCancel{
      "cancel", "",
      "only a NEW, DISPATCHED, IN_PROGRESS, PENDING or REOPENED ticket can be "
      "cancelled"};
  switch (action) {
    case TicketAction::kDispatch:
      return &kDispatch;
    case TicketAction::kStart:
      return &kStart;
    case TicketAction::kPend:
      return &kPend;
    case TicketAction::kResume:
      return &kResume;
    case TicketAction::kResolve:
      return &kResolve;
    case TicketAction::kCallbackSatisfied:
    case TicketAction::kCallbackUnsatisfied:
    case TicketAction::kCallbackUnreachable:
      return &kCallback;
    case TicketAction::kReopen:
      return &kReopen;
    case TicketAction::kMarkUnfounded:
      return &kUnfounded;
    case TicketAction::kMarkDuplicate:
      return &kDuplicate;
    case TicketAction::kCancel:
      return &kCancel;
  }
  return nullptr;
}

bool OneOf(Ticket::Status s, std::initializer_list<Ticket::Status> set) {
  for (Ticket::Status t : set) {
    if (s == t) return true;
  }
  return false;
}

bool IsKnown(Ticket::Status s) {
  return s != Ticket::STATUS_UNSPECIFIED && Ticket::Status_IsValid(s);
}

// The statuses from which a ticket can be put on hold, and so the only ones
// it can be resumed to.
bool IsHoldable(Ticket::Status s) {
  return OneOf(s, {Ticket::NEW, Ticket::DISPATCHED, Ticket::IN_PROGRESS,
                   Ticket::REOPENED});
}

// Handled by the desk itself (answered, noted, passed on) rather than by a
// department or vendor.
bool IsDeskKind(Ticket::Kind k) {
  return k == Ticket::INQUIRY || k == Ticket::HELP || k == Ticket::SUGGESTION ||
         k == Ticket::PRAISE;
}

std::string StatusName(Ticket::Status s) {
  std::string name(Ticket::Status_Name(s));
  return name.empty() ? absl::StrCat(static_cast<int>(s)) : name;
}

std::string KindName(Ticket::Kind k) {
  std::string name(Ticket::Kind_Name(k));
  return name.empty() ? absl::StrCat(static_cast<int>(k)) : name;
}

// "a CLOSED ticket", "an IN_PROGRESS ticket".
std::string TicketIn(Ticket::Status s) {
  std::string name = StatusName(s);
  bool vowel = !name.empty() && absl::string_view("AEIOU").find(name[0]) !=
                                    absl::string_view::npos;
  return absl::StrCat(vowel ? "an " : "a ", name, " ticket");
}

absl::Status Refuse(absl::string_view reason, absl::string_view message) {
  return Error(absl::StatusCode::kFailedPrecondition, reason, message);
}

absl::Status Refuse(absl::string_view reason, const ActionWords& w,
                    Ticket::Status from, absl::string_view rule) {
  return Refuse(reason, absl::StrCat("cannot ", w.verb, " ", TicketIn(from),
                                     w.suffix, ": ", rule));
}

absl::Status NotAllowed(const ActionWords& w, Ticket::Status from) {
  return Refuse("TRANSITION_NOT_ALLOWED", w, from, w.rule);
}

}  // namespace

absl::StatusOr<Ticket::Status> NextStatus(Ticket::Status from,
                                          TicketAction action,
                                          const TransitionContext& ctx) {
  const ActionWords* w = WordsFor(action);
  if (w == nullptr) {
    return Refuse("UNKNOWN_ACTION", absl::StrCat("unknown ticket action ",
                                                 static_cast<int>(action)));
  }
  if (!IsKnown(from)) {
    return Refuse(
        "UNKNOWN_STATUS",
        absl::StrCat("cannot ", w->verb, " a ticket", w->suffix,
                     " whose status is unknown (", StatusName(from), ")"));
  }
  if (IsEnded(from)) {
    return Refuse("TICKET_ENDED", *w, from,
                  "an UNFOUNDED, DUPLICATE or CANCELLED ticket has ended");
  }

  switch (action) {
    case TicketAction::kDispatch:
      if (!OneOf(from, {Ticket::NEW, Ticket::REOPENED, Ticket::DISPATCHED,
                        Ticket::IN_PROGRESS})) {
        return NotAllowed(*w, from);
      }
      if (ctx.route_is_warranty && !ctx.is_warranty_cleared) {
        return Refuse(
            "WARRANTY_NOT_CLEARED",
            "a developer-warranty repair is dispatched only after the site "
            "manager has signed off and the developer's project team has "
            "acknowledged it");
      }
      return Ticket::DISPATCHED;

    case TicketAction::kStart:
      if (from != Ticket::DISPATCHED) return NotAllowed(*w, from);
      return Ticket::IN_PROGRESS;

    case TicketAction::kPend:
      if (!IsHoldable(from)) return NotAllowed(*w, from);
      return Ticket::PENDING;

    case TicketAction::kResume:
      if (from != Ticket::PENDING) return NotAllowed(*w, from);
      if (!IsHoldable(ctx.status_before_pending)) {
        return Refuse("INVALID_RESUME_STATE",
                      absl::StrCat("cannot resume a PENDING ticket to ",
                                   StatusName(ctx.status_before_pending),
                                   ": a ticket is put on hold only from NEW, "
                                   "DISPATCHED, IN_PROGRESS or REOPENED"));
      }
      return ctx.status_before_pending;

    case TicketAction::kResolve:
      if (!OneOf(from, {Ticket::NEW, Ticket::DISPATCHED, Ticket::IN_PROGRESS,
                        Ticket::REOPENED})) {
        return NotAllowed(*w, from);
      }
      if (from == Ticket::NEW && !IsDeskKind(ctx.kind)) {
        return Refuse(
            "DISPATCH_REQUIRED",
            absl::StrCat("a ", KindName(ctx.kind),
                         " ticket must be dispatched before it can be "
                         "resolved; only inquiries, help requests, "
                         "suggestions and praise are resolved at the desk"));
      }
      if (ctx.has_open_work_order) {
        return Refuse("WORK_ORDER_OPEN",
                      "cannot resolve a ticket while one of its work orders "
                      "is still open");
      }
      return Ticket::RESOLVED;

    case TicketAction::kCallbackSatisfied:
    case TicketAction::kCallbackUnsatisfied:
    case TicketAction::kCallbackUnreachable:
      if (from != Ticket::RESOLVED) {
        return Refuse("CALLBACK_NOT_DUE", *w, from, kCallbackRule);
      }
      if (action == TicketAction::kCallbackSatisfied) return Ticket::CLOSED;
      if (action == TicketAction::kCallbackUnsatisfied) {
        return Ticket::REOPENED;
      }
      return Ticket::RESOLVED;

    case TicketAction::kReopen:
      if (!OneOf(from, {Ticket::RESOLVED, Ticket::CLOSED})) {
        return NotAllowed(*w, from);
      }
      return Ticket::REOPENED;

    case TicketAction::kMarkUnfounded:
    case TicketAction::kMarkDuplicate:
    case TicketAction::kCancel:
      if (!IsHoldable(from) && from != Ticket::PENDING) {
        return NotAllowed(*w, from);
      }
      if (action == TicketAction::kMarkUnfounded) {
        if (ctx.kind != Ticket::COMPLAINT) {
          return Refuse("UNFOUNDED_ONLY_FOR_COMPLAINTS",
                        absl::StrCat("only a complaint can be judged "
                                     "unfounded; this ticket is ",
                                     KindName(ctx.kind)));
        }
        return Ticket::UNFOUNDED;
      }
      return action == TicketAction::kMarkDuplicate ? Ticket::DUPLICATE
                                                    : Ticket::CANCELLED;
  }
  return Refuse("UNKNOWN_ACTION", "unknown ticket action");  // not reached
}

bool IsEnded(Ticket::Status status) {
  return OneOf(status,
               {Ticket::UNFOUNDED, Ticket::DUPLICATE, Ticket::CANCELLED});
}

bool IsOpen(Ticket::Status status) {
  return !OneOf(status, {Ticket::RESOLVED, Ticket::CLOSED, Ticket::UNFOUNDED,
                         Ticket::DUPLICATE, Ticket::CANCELLED});
}

bool ClocksPaused(Ticket::Status status) { return status == Ticket::PENDING; }

const char* ActionName(TicketAction action) {
  switch (action) {
    case TicketAction::kDispatch:
      return "dispatch";
    case TicketAction::kStart:
      return "start";
    case TicketAction::kPend:
      return "pend";
    case TicketAction::kResume:
      return "resume";
    case TicketAction::kResolve:
      return "resolve";
    case TicketAction::kCallbackSatisfied:
      return "callback_satisfied";
    case TicketAction::kCallbackUnsatisfied:
      return "callback_unsatisfied";
    case TicketAction::kCallbackUnreachable:
      return "callback_unreachable";
    case TicketAction::kReopen:
      return "reopen";
    case TicketAction::kMarkUnfounded:
      return "mark_unfounded";
    case TicketAction::kMarkDuplicate:
      return "mark_duplicate";
    case TicketAction::kCancel:
      return "cancel";
  }
  return "unknown";
}

}  // namespace frontdesk
