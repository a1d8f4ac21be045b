#include "server/ticket/lifecycle.h"

#include <array>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using v1::Ticket;

constexpr std::array<TicketAction, 12> kActions = {
    TicketAction::kDispatch,
    TicketAction::kStart,
    TicketAction::kPend,
    TicketAction::kResume,
    TicketAction::kResolve,
    TicketAction::kCallbackSatisfied,
    TicketAction::kCallbackUnsatisfied,
    TicketAction::kCallbackUnreachable,
    TicketAction::kReopen,
    TicketAction::kMarkUnfounded,
    TicketAction::kMarkDuplicate,
    TicketAction::kCancel,
};

// Either the next status or the reason of the refusal.
struct Outcome {
  Ticket::Status to;
  const char* reason;
};
constexpr Outcome Go(Ticket::Status s) { return {s, nullptr}; }
constexpr Outcome kNot = {Ticket::STATUS_UNSPECIFIED, "TRANSITION_NOT_ALLOWED"};
constexpr Outcome kNoCb = {Ticket::STATUS_UNSPECIFIED, "CALLBACK_NOT_DUE"};
constexpr Outcome kEnded = {Ticket::STATUS_UNSPECIFIED, "TICKET_ENDED"};
constexpr Outcome kUnknown = {Ticket::STATUS_UNSPECIFIED, "UNKNOWN_STATUS"};
constexpr Outcome kDispatchFirst = {Ticket::STATUS_UNSPECIFIED,
                                    "DISPATCH_REQUIRED"};

struct MatrixRow {
  Ticket::Status from;
  std::array<Outcome, 12> outcomes;  // in the order of kActions
};

// The whole table for a COMPLAINT, no open work order, not a warranty route,
// put on hold from IN_PROGRESS (so resume goes to IN_PROGRESS and NEW cannot
// be resolved before dispatch). The context rules are tested separately.
const std::vector<MatrixRow>& Matrix() {
  constexpr Outcome kToDispatched = Go(Ticket::DISPATCHED);
  constexpr Outcome kToInProgress = Go(Ticket::IN_PROGRESS);
  constexpr Outcome kToPending = Go(Ticket::PENDING);
  constexpr Outcome kToResolved = Go(Ticket::RESOLVED);
  constexpr Outcome kToClosed = Go(Ticket::CLOSED);
  constexpr Outcome kToReopened = Go(Ticket::REOPENED);
  constexpr Outcome kToUnfounded = Go(Ticket::UNFOUNDED);
  constexpr Outcome kToDuplicate = Go(Ticket::DUPLICATE);
  constexpr Outcome kToCancelled = Go(Ticket::CANCELLED);
  static const auto* kMatrix = new std::vector<MatrixRow>{
      // clang-format off
      // from                       dispatch        start           pend            resume          resolve         cb_satisfied    cb_unsatisf.    cb_unreach.     reopen          unfounded       duplicate       cancel
      {Ticket::STATUS_UNSPECIFIED, {kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown,       kUnknown}},
      {Ticket::NEW,                {kToDispatched,  kNot,           kToPending,     kNot,           kDispatchFirst, kNoCb,          kNoCb,          kNoCb,          kNot,           kToUnfounded,   kToDuplicate,   kToCancelled}},
      {Ticket::DISPATCHED,         {kToDispatched,  kToInProgress,  kToPending,     kNot,           kToResolved,    kNoCb,          kNoCb,          kNoCb,          kNot,           kToUnfounded,   kToDuplicate,   kToCancelled}},
      {Ticket::IN_PROGRESS,        {kToDispatched,  kNot,           kToPending,     kNot,           kToResolved,    kNoCb,          kNoCb,          kNoCb,          kNot,           kToUnfounded,   kToDuplicate,   kToCancelled}},
      {Ticket::PENDING,            {kNot,           kNot,           kNot,           kToInProgress,  kNot,           kNoCb,          kNoCb,          kNoCb,          kNot,           kToUnfounded,   kToDuplicate,   kToCancelled}},
      {Ticket::RESOLVED,           {kNot,           kNot,           kNot,           kNot,           kNot,           kToClosed,      kToReopened,    kToResolved,    kToReopened,    kNot,           kNot,           kNot}},
      {Ticket::CLOSED,             {kNot,           kNot,           kNot,           kNot,           kNot,           kNoCb,          kNoCb,          kNoCb,          kToReopened,    kNot,           kNot,           kNot}},
      {Ticket::REOPENED,           {kToDispatched,  kNot,           kToPending,     kNot,           kToResolved,    kNoCb,          kNoCb,          kNoCb,          kNot,           kToUnfounded,   kToDuplicate,   kToCancelled}},
      {Ticket::UNFOUNDED,          {kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded}},
      {Ticket::DUPLICATE,          {kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded}},
      {Ticket::CANCELLED,          {kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded,         kEnded}},
      // clang-format on
  };
  return *kMatrix;
}

TransitionContext MatrixContext() {
  TransitionContext ctx;
  ctx.kind = Ticket::COMPLAINT;
  ctx.status_before_pending = Ticket::IN_PROGRESS;
  ctx.has_open_work_order = false;
  ctx.route_is_warranty = false;
  ctx.is_warranty_cleared = true;
  return ctx;
}

// Checks one call against an expected outcome; refusals must all be
// FAILED_PRECONDITION with the reason and a message.
void ExpectOutcome(const absl::StatusOr<Ticket::Status>& got,
                   const Outcome& want, const std::string& where) {
  if (want.reason == nullptr) {
    ASSERT_TRUE(got.ok()) << where << ": " << got.status();
    EXPECT_EQ(Ticket::Status_Name(*got), Ticket::Status_Name(want.to)) << where;
    return;
  }
  ASSERT_FALSE(got.ok()) << where << ": unexpectedly went to "
                         << Ticket::Status_Name(*got);
  EXPECT_EQ(got.status().code(), absl::StatusCode::kFailedPrecondition)
      << where << ": " << got.status();
  EXPECT_EQ(ErrorReason(got.status()), want.reason)
      << where << ": " << got.status();
  EXPECT_FALSE(got.status().message().empty()) << where;
}

TEST(LifecycleTest, EveryStatusAndActionPairFollowsTheTable) {
  const TransitionContext ctx = MatrixContext();
  for (const MatrixRow& row : Matrix()) {
    for (size_t i = 0; i < kActions.size(); ++i) {
      std::string where = absl::StrCat(Ticket::Status_Name(row.from), " x ",
                                       ActionName(kActions[i]));
      ExpectOutcome(NextStatus(row.from, kActions[i], ctx), row.outcomes[i],
                    where);
    }
  }
}

TEST(LifecycleTest, MatrixCoversEveryStatusOfTheProto) {
  std::set<int> in_matrix;
  for (const MatrixRow& row : Matrix()) in_matrix.insert(row.from);
  const auto* desc = Ticket::Status_descriptor();
  EXPECT_EQ(in_matrix.size(), static_cast<size_t>(desc->value_count()));
  for (int i = 0; i < desc->value_count(); ++i) {
    EXPECT_EQ(in_matrix.count(desc->value(i)->number()), 1u)
        << "status " << desc->value(i)->name() << " missing from the matrix";
  }
}

TEST(LifecycleTest, RefusalMessagesSayTheRule) {
  auto closed = NextStatus(Ticket::CLOSED, TicketAction::kResolve, {});
  EXPECT_EQ(closed.status().message(),
            "cannot resolve a CLOSED ticket: only a DISPATCHED, IN_PROGRESS "
            "or REOPENED ticket (or a NEW one answered at the desk) can be "
            "resolved");

  auto in_progress = NextStatus(Ticket::IN_PROGRESS, TicketAction::kStart, {});
  EXPECT_EQ(in_progress.status().message(),
            "cannot start work on an IN_PROGRESS ticket: work starts only on "
            "a DISPATCHED ticket");

  auto hold = NextStatus(Ticket::CLOSED, TicketAction::kPend, {});
  EXPECT_EQ(hold.status().message(),
            "cannot put a CLOSED ticket on hold: only a NEW, DISPATCHED, "
            "IN_PROGRESS or REOPENED ticket can be put on hold");

  auto ended = NextStatus(Ticket::CANCELLED, TicketAction::kReopen, {});
  EXPECT_EQ(ended.status().message(),
            "cannot reopen a CANCELLED ticket: an UNFOUNDED, DUPLICATE or "
            "CANCELLED ticket has ended");

  auto callback = NextStatus(Ticket::NEW, TicketAction::kCallbackSatisfied, {});
  EXPECT_EQ(callback.status().message(),
            "cannot record a callback on a NEW ticket: callbacks are made on "
            "RESOLVED tickets");

  auto unknown =
      NextStatus(Ticket::STATUS_UNSPECIFIED, TicketAction::kMarkUnfounded, {});
  EXPECT_EQ(unknown.status().message(),
            "cannot mark a ticket unfounded whose status is unknown "
            "(STATUS_UNSPECIFIED)");
}

TEST(LifecycleTest, StatusOutsideTheEnumIsUnknown) {
  auto got = NextStatus(static_cast<Ticket::Status>(42),
                        TicketAction::kDispatch, MatrixContext());
  ExpectOutcome(got, kUnknown, "42 x dispatch");
  EXPECT_NE(got.status().message().find("(42)"), absl::string_view::npos)
      << got.status();
}

TEST(LifecycleTest, ActionOutsideTheEnumIsRefused) {
  auto got =
      NextStatus(Ticket::NEW, static_cast<TicketAction>(99), MatrixContext());
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(got.status()), "UNKNOWN_ACTION");
  EXPECT_STREQ(ActionName(static_cast<TicketAction>(99)), "unknown");
}

TEST(LifecycleTest, WarrantyIsDispatchedOnlyWhenCleared) {
  for (Ticket::Status from : {Ticket::NEW, Ticket::REOPENED, Ticket::DISPATCHED,
                              Ticket::IN_PROGRESS}) {
    std::string where = Ticket::Status_Name(from);
    TransitionContext ctx;
    ctx.kind = Ticket::REPAIR;
    ctx.route_is_warranty = true;
    ctx.is_warranty_cleared = false;
    auto refused = NextStatus(from, TicketAction::kDispatch, ctx);
    ExpectOutcome(refused, {Ticket::STATUS_UNSPECIFIED, "WARRANTY_NOT_CLEARED"},
                  where);
    EXPECT_NE(refused.status().message().find("site manager"),
              absl::string_view::npos);

    ctx.is_warranty_cleared = true;
    ExpectOutcome(NextStatus(from, TicketAction::kDispatch, ctx),
                  Go(Ticket::DISPATCHED), where + " cleared");

    // The clearance flag matters only on a warranty route.
    ctx.route_is_warranty = false;
    ctx.is_warranty_cleared = false;
    ExpectOutcome(NextStatus(from, TicketAction::kDispatch, ctx),
                  Go(Ticket::DISPATCHED), where + " own maintenance");
  }
}

TEST(LifecycleTest, WarrantyClearanceDoesNotGateOtherActions) {
  TransitionContext ctx;
  ctx.kind = Ticket::REPAIR;
  ctx.route_is_warranty = true;
  ctx.is_warranty_cleared = false;
  ExpectOutcome(NextStatus(Ticket::NEW, TicketAction::kPend, ctx),
                Go(Ticket::PENDING), "pend");
  ExpectOutcome(NextStatus(Ticket::NEW, TicketAction::kCancel, ctx),
                Go(Ticket::CANCELLED), "cancel");
  // The table is checked before the warranty rule.
  ExpectOutcome(NextStatus(Ticket::PENDING, TicketAction::kDispatch, ctx), kNot,
                "dispatch from PENDING");
}

TEST(LifecycleTest, NewTicketIsResolvedAtTheDeskOnlyForDeskKinds) {
  struct Case {
    Ticket::Kind kind;
    Outcome want;
  };
  const Case cases[] = {
      {Ticket::INQUIRY, Go(Ticket::RESOLVED)},
      {Ticket::HELP, Go(Ticket::RESOLVED)},
      {Ticket::SUGGESTION, Go(Ticket::RESOLVED)},
      {Ticket::PRAISE, Go(Ticket::RESOLVED)},
      {Ticket::REPAIR, kDispatchFirst},
      {Ticket::COMPLAINT, kDispatchFirst},
      {Ticket::SPECIAL_SERVICE, kDispatchFirst},
      {Ticket::KIND_UNSPECIFIED, kDispatchFirst},
  };
  for (const Case& c : cases) {
    TransitionContext ctx;
    ctx.kind = c.kind;
    ExpectOutcome(NextStatus(Ticket::NEW, TicketAction::kResolve, ctx), c.want,
                  Ticket::Kind_Name(c.kind));
    // Once dispatched, any kind can be resolved.
    ExpectOutcome(NextStatus(Ticket::DISPATCHED, TicketAction::kResolve, ctx),
                  Go(Ticket::RESOLVED),
                  Ticket::Kind_Name(c.kind) + " dispatched");
  }
  TransitionContext repair;
  repair.kind = Ticket::REPAIR;
  EXPECT_EQ(NextStatus(Ticket::NEW, TicketAction::kResolve, repair)
                .status()
                .message(),
            "a REPAIR ticket must be dispatched before it can be resolved; "
            "only inquiries, help requests, suggestions and praise are "
            "resolved at the desk");
}

TEST(LifecycleTest, OpenWorkOrderBlocksResolveOnly) {
  TransitionContext ctx;
  ctx.kind = Ticket::INQUIRY;
  ctx.has_open_work_order = true;
  for (Ticket::Status from : {Ticket::NEW, Ticket::DISPATCHED,
                              Ticket::IN_PROGRESS, Ticket::REOPENED}) {
    ExpectOutcome(NextStatus(from, TicketAction::kResolve, ctx),
                  {Ticket::STATUS_UNSPECIFIED, "WORK_ORDER_OPEN"},
                  Ticket::Status_Name(from));
  }
  ExpectOutcome(NextStatus(Ticket::IN_PROGRESS, TicketAction::kPend, ctx),
                Go(Ticket::PENDING), "pend");
  ExpectOutcome(NextStatus(Ticket::IN_PROGRESS, TicketAction::kDispatch, ctx),
                Go(Ticket::DISPATCHED), "reassign");
  // A repair that was never dispatched is told to dispatch first.
  ctx.kind = Ticket::REPAIR;
  ExpectOutcome(NextStatus(Ticket::NEW, TicketAction::kResolve, ctx),
                kDispatchFirst, "NEW repair");
}

TEST(LifecycleTest, ResumeReturnsToTheStatusBeforePending) {
  struct Case {
    Ticket::Status before;
    Outcome want;
  };
  const Outcome kBadResume = {Ticket::STATUS_UNSPECIFIED,
                              "INVALID_RESUME_STATE"};
  const Case cases[] = {
      {Ticket::NEW, Go(Ticket::NEW)},
      {Ticket::DISPATCHED, Go(Ticket::DISPATCHED)},
      {Ticket::IN_PROGRESS, Go(Ticket::IN_PROGRESS)},
      {Ticket::REOPENED, Go(Ticket::REOPENED)},
      {Ticket::STATUS_UNSPECIFIED, kBadResume},
      {Ticket::PENDING, kBadResume},
      {Ticket::RESOLVED, kBadResume},
      {Ticket::CLOSED, kBadResume},
      {Ticket::UNFOUNDED, kBadResume},
      {Ticket::DUPLICATE, kBadResume},
      {Ticket::CANCELLED, kBadResume},
      {static_cast<Ticket::Status>(42), kBadResume},
  };
  for (const Case& c : cases) {
    TransitionContext ctx;
    ctx.status_before_pending = c.before;
    ExpectOutcome(NextStatus(Ticket::PENDING, TicketAction::kResume, ctx),
                  c.want, absl::StrCat("resume to ", c.before));
  }
}

TEST(LifecycleTest, OnlyComplaintsCanBeUnfounded) {
  const Outcome kComplaintsOnly = {Ticket::STATUS_UNSPECIFIED,
                                   "UNFOUNDED_ONLY_FOR_COMPLAINTS"};
  for (int k = 0; k < Ticket::Kind_descriptor()->value_count(); ++k) {
    auto kind = static_cast<Ticket::Kind>(
        Ticket::Kind_descriptor()->value(k)->number());
    TransitionContext ctx;
    ctx.kind = kind;
    Outcome want =
        kind == Ticket::COMPLAINT ? Go(Ticket::UNFOUNDED) : kComplaintsOnly;
    ExpectOutcome(
        NextStatus(Ticket::IN_PROGRESS, TicketAction::kMarkUnfounded, ctx),
        want, Ticket::Kind_Name(kind));
    // Duplicate and cancel do not depend on the kind.
    ExpectOutcome(
        NextStatus(Ticket::IN_PROGRESS, TicketAction::kMarkDuplicate, ctx),
        Go(Ticket::DUPLICATE), Ticket::Kind_Name(kind));
    ExpectOutcome(NextStatus(Ticket::IN_PROGRESS, TicketAction::kCancel, ctx),
                  Go(Ticket::CANCELLED), Ticket::Kind_Name(kind));
  }
  // A resolved repair is refused by the table before the kind rule.
  TransitionContext repair;
  repair.kind = Ticket::REPAIR;
  ExpectOutcome(
      NextStatus(Ticket::RESOLVED, TicketAction::kMarkUnfounded, repair), kNot,
      "RESOLVED repair");
}

// A repair through its whole life, as the desk would drive it.
TEST(LifecycleTest, RepairUntilTheResidentIsSatisfied) {
  TransitionContext ctx;
  ctx.kind = Ticket::REPAIR;
  Ticket::Status s = Ticket::NEW;
  auto step = [&](TicketAction a, Ticket::Status want) {
    auto got = NextStatus(s, a, ctx);
    ASSERT_TRUE(got.ok()) << ActionName(a) << ": " << got.status();
    EXPECT_EQ(*got, want) << ActionName(a);
    s = *got;
  };
  step(TicketAction::kDispatch, Ticket::DISPATCHED);
  step(TicketAction::kStart, Ticket::IN_PROGRESS);
  ctx.status_before_pending = s;
  step(TicketAction::kPend, Ticket::PENDING);  // waiting for parts
  EXPECT_TRUE(ClocksPaused(s));
  step(TicketAction::kResume, Ticket::IN_PROGRESS);
  step(TicketAction::kResolve, Ticket::RESOLVED);
  step(TicketAction::kCallbackUnsatisfied, Ticket::REOPENED);  // rework
  step(TicketAction::kDispatch, Ticket::DISPATCHED);
  step(TicketAction::kStart, Ticket::IN_PROGRESS);
  step(TicketAction::kResolve, Ticket::RESOLVED);
  step(TicketAction::kCallbackUnreachable, Ticket::RESOLVED);
  step(TicketAction::kCallbackSatisfied, Ticket::CLOSED);
  EXPECT_FALSE(IsOpen(s));
  step(TicketAction::kReopen, Ticket::REOPENED);  // it leaks again
  EXPECT_TRUE(IsOpen(s));
}

TEST(LifecycleTest, OpenAndPausedStatuses) {
  struct Case {
    Ticket::Status status;
    bool open;
    bool paused;
  };
  const Case cases[] = {
      {Ticket::STATUS_UNSPECIFIED, true, false},
      {Ticket::NEW, true, false},
      {Ticket::DISPATCHED, true, false},
      {Ticket::IN_PROGRESS, true, false},
      {Ticket::PENDING, true, true},
      {Ticket::RESOLVED, false, false},
      {Ticket::CLOSED, false, false},
      {Ticket::REOPENED, true, false},
      {Ticket::UNFOUNDED, false, false},
      {Ticket::DUPLICATE, false, false},
      {Ticket::CANCELLED, false, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsOpen(c.status), c.open) << Ticket::Status_Name(c.status);
    EXPECT_EQ(ClocksPaused(c.status), c.paused)
        << Ticket::Status_Name(c.status);
  }
}

TEST(LifecycleTest, EndedStatuses) {
  for (int i = Ticket::Status_MIN; i <= Ticket::Status_MAX; ++i) {
    if (!Ticket::Status_IsValid(i)) continue;
    auto s = static_cast<Ticket::Status>(i);
    const bool ended = s == Ticket::UNFOUNDED || s == Ticket::DUPLICATE ||
                       s == Ticket::CANCELLED;
    EXPECT_EQ(IsEnded(s), ended) << Ticket::Status_Name(s);
    if (ended) EXPECT_FALSE(IsOpen(s)) << Ticket::Status_Name(s);
  }
}

TEST(LifecycleTest, ActionNames) {
  const char* const kWant[] = {
      "dispatch",
      "start",
      "pend",
      "resume",
      "resolve",
      "callback_satisfied",
      "callback_unsatisfied",
      "callback_unreachable",
      "reopen",
      "mark_unfounded",
      "mark_duplicate",
      "cancel",
  };
  for (size_t i = 0; i < kActions.size(); ++i) {
    EXPECT_STREQ(ActionName(kActions[i]), kWant[i]);
  }
}

}  // namespace
}  // namespace frontdesk
