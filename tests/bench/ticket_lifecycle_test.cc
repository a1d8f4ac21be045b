// The generator's handling of tickets obeys the workflow's own rules: every
// step is a transition server/ticket/lifecycle.h allows, the recorded states
// chain without gaps, nothing happens after the end of the period, and the
// row left behind is the last state recorded.
#include "tests/bench/ticket_lifecycle.h"

#include <gtest/gtest.h>

#include <limits>
#include <map>
#include <optional>
#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk::bench {
namespace {

using v1::Ticket;
using v1::TicketEvent;

constexpr long long kCurrent = std::numeric_limits<long long>::max();

SiteHands Hands() {
  SiteHands h;
  h.site_id = "gen01";
  h.desk = {"gen01.desk1", "gen01.desk2"};
  h.manager = "gen01.manager";
  h.maintenance = "sites/gen01/departments/eng";
  h.security = "sites/gen01/departments/security";
  h.cleaning = "sites/gen01/departments/cleaning";
  h.service = "sites/gen01/departments/service";
  h.vendor = "vendors/gen01-lift";
  h.developer = "vendors/gen01-dev";
  return h;
}

// The workflow verb a history entry records, for lifecycle.h.
std::optional<TicketAction> ActionOf(const db::BulkEvent& e, int before) {
  switch (e.type) {
    case TicketEvent::DISPATCHED:
      return TicketAction::kDispatch;
    case TicketEvent::ARRIVAL_CONFIRMED:
      return before == Ticket::DISPATCHED
                 ? std::optional(TicketAction::kStart)
                 : std::nullopt;  // a second arrival changes no status
    case TicketEvent::PENDED:
      return TicketAction::kPend;
    case TicketEvent::RESUMED:
      return TicketAction::kResume;
    case TicketEvent::RESOLVED:
      return TicketAction::kResolve;
    case TicketEvent::CALLBACK_RECORDED:
      return e.status == Ticket::CLOSED ? TicketAction::kCallbackSatisfied
             : e.status == Ticket::REOPENED
                 ? TicketAction::kCallbackUnsatisfied
                 : TicketAction::kCallbackUnreachable;
    case TicketEvent::REOPENED:
      return TicketAction::kReopen;
    case TicketEvent::MARKED_UNFOUNDED:
      return TicketAction::kMarkUnfounded;
    case TicketEvent::MARKED_DUPLICATE:
      return TicketAction::kMarkDuplicate;
    case TicketEvent::CANCELLED:
      return TicketAction::kCancel;
    default:  // created, completed, promise, plan, escalation: no move
      return std::nullopt;
  }
}

class LifecycleTest : public ::testing::Test {
 protected:
  // Plays `n` tickets created a minute apart from `start`, ending at `end`.
  void PlayMany(int n, absl::Time start, absl::Time end) {
    TicketMix mix(7);
    Lifecycle lifecycle(mix, ToMicros(end));
    SiteHands hands = Hands();
    std::optional<long long> earlier;
    for (int i = 0; i < n; ++i) {
      db::BulkTicket t;
      t.id = i + 1;
      t.site_id = "gen01";
      t.kind = mix.Kind();
      t.complaint_class = mix.ComplaintClass(static_cast<Ticket::Kind>(t.kind));
      t.priority = mix.Priority(static_cast<Ticket::Kind>(t.kind));
      t.created_by = "gen01.desk1";
      t.create_time_us = t.update_time_us = ToMicros(start + absl::Minutes(i));
      lifecycle.Play(hands, earlier, t, ids_, &history_);
      if (!IsEnded(static_cast<Ticket::Status>(t.status))) earlier = t.id;
      tickets_[t.id] = t;
    }
  }

  IdCounters ids_;
  db::BulkHistory history_;
  std::map<long long, db::BulkTicket> tickets_;
};

TEST_F(LifecycleTest, EveryStepIsATransitionTheWorkflowAllows) {
  const absl::Time start =
      absl::FromCivil(absl::CivilDay(2026, 3, 1), absl::UTCTimeZone());
  const absl::Time end = start + absl::Hours(24 * 20);
  PlayMany(20000, start, end);

  std::map<long long, const db::BulkEvent*> last;  // by ticket
  std::map<int, int> types;
  for (const db::BulkEvent& e : history_.events) {
    ++types[e.type];
    ASSERT_LT(e.create_time_us, ToMicros(end)) << "event " << e.id;
    auto it = last.find(e.ticket_id);
    if (it == last.end()) {
      EXPECT_EQ(e.type, TicketEvent::CREATED) << "ticket " << e.ticket_id;
      EXPECT_EQ(e.status, Ticket::NEW);
      EXPECT_EQ(e.create_time_us, tickets_[e.ticket_id].create_time_us);
    } else {
      const db::BulkEvent& prev = *it->second;
      ASSERT_LT(prev.id, e.id);
      ASSERT_LE(prev.create_time_us, e.create_time_us)
          << "ticket " << e.ticket_id << " event " << e.id;
      // The states chain: the previous one ends where this one begins.
      EXPECT_EQ(prev.end_us, e.create_time_us) << "event " << prev.id;
      TransitionContext ctx;
      ctx.kind = static_cast<Ticket::Kind>(e.kind);
      ctx.status_before_pending = static_cast<Ticket::Status>(e.status);
      std::optional<TicketAction> action = ActionOf(e, prev.status);
      if (action) {
        auto next =
            NextStatus(static_cast<Ticket::Status>(prev.status), *action, ctx);
        ASSERT_TRUE(next.ok()) << "ticket " << e.ticket_id << " event type "
                               << e.type << ": " << next.status();
        EXPECT_EQ(*next, e.status) << "ticket " << e.ticket_id;
      } else {
        EXPECT_EQ(prev.status, e.status) << "event " << e.id;
      }
      if (e.type == TicketEvent::ESCALATED) {
        // Only an open ticket past the deadline it was working to.
        EXPECT_TRUE(prev.is_open);
        ASSERT_TRUE(prev.due_us.has_value());
        EXPECT_GT(e.create_time_us, *prev.due_us);
      }
    }
    EXPECT_EQ(e.is_open, IsOpen(static_cast<Ticket::Status>(e.status)));
    if (!e.is_open || e.status == Ticket::PENDING) {
      EXPECT_FALSE(e.due_us.has_value()) << "event " << e.id;
    }
    last[e.ticket_id] = &e;
  }
  ASSERT_EQ(last.size(), tickets_.size());
  for (const auto& [id, e] : last) {
    const db::BulkTicket& t = tickets_[id];
    EXPECT_EQ(e->end_us, kCurrent);
    EXPECT_EQ(t.status, e->status) << "ticket " << id;
    EXPECT_EQ(t.assignee, e->assignee);
    EXPECT_EQ(t.effective_due_us, e->due_us);
    EXPECT_EQ(t.update_time_us, e->create_time_us);
  }
  // The mix has every kind of step in it.
  for (TicketEvent::Type type :
       {TicketEvent::DISPATCHED, TicketEvent::ARRIVAL_CONFIRMED,
        TicketEvent::WORK_COMPLETED, TicketEvent::PENDED, TicketEvent::RESUMED,
        TicketEvent::PROMISE_CHANGED, TicketEvent::RESOLVED,
        TicketEvent::CALLBACK_RECORDED, TicketEvent::REOPENED,
        TicketEvent::MARKED_UNFOUNDED, TicketEvent::MARKED_DUPLICATE,
        TicketEvent::CANCELLED, TicketEvent::ESCALATED,
        TicketEvent::PLAN_AGREED}) {
    EXPECT_GT(types[type], 0) << TicketEvent::Type_Name(type);
  }
}

TEST_F(LifecycleTest, RecordsBehindTheHistoryMatchIt) {
  const absl::Time start =
      absl::FromCivil(absl::CivilDay(2026, 3, 1), absl::UTCTimeZone());
  PlayMany(5000, start, start + absl::Hours(24 * 10));
  std::map<long long, int> callbacks_by_ticket, callback_events;
  for (const db::BulkCallback& c : history_.callbacks) {
    ++callbacks_by_ticket[c.ticket_id];
    if (c.rework_order_id) {
      bool found = false;
      for (const db::BulkWorkOrder& o : history_.work_orders) {
        if (o.id == *c.rework_order_id) {
          found = true;
          EXPECT_TRUE(o.rework);
          EXPECT_EQ(o.ticket_id, c.ticket_id);
          EXPECT_GE(o.create_time_us, c.create_time_us);
        }
      }
      EXPECT_TRUE(found) << "rework order " << *c.rework_order_id;
    }
  }
  std::map<long long, int> dispatch_events, orders;
  for (const db::BulkEvent& e : history_.events) {
    if (e.type == TicketEvent::CALLBACK_RECORDED)
      ++callback_events[e.ticket_id];
    if (e.type == TicketEvent::DISPATCHED) ++dispatch_events[e.ticket_id];
  }
  for (const db::BulkWorkOrder& o : history_.work_orders) {
    ++orders[o.ticket_id];
    if (o.complete_us) EXPECT_GE(*o.complete_us, o.create_time_us);
    if (o.arrival_us) EXPECT_GE(*o.arrival_us, o.create_time_us);
  }
  EXPECT_EQ(callbacks_by_ticket, callback_events);
  EXPECT_EQ(orders, dispatch_events);
  for (const db::BulkPause& p : history_.pauses) {
    const db::BulkTicket& t = tickets_[p.ticket_id];
    if (!p.end_us) {
      EXPECT_EQ(t.status, Ticket::PENDING) << "ticket " << p.ticket_id;
      EXPECT_EQ(t.paused_since_us, p.start_us);
    } else {
      EXPECT_LT(p.start_us, *p.end_us);
    }
  }
  int escalated = 0;
  for (const db::BulkEscalation& x : history_.escalations) {
    escalated += x.level == v1::ESCALATION_LEVEL_MANAGER;
    EXPECT_LE(x.level, tickets_[x.ticket_id].escalation_level);
  }
  EXPECT_GT(escalated, 0);
}

}  // namespace
}  // namespace frontdesk::bench
