// The handling of one generated ticket (ticket_lifecycle.h). The shares are
// a busy residential site's: most repairs dispatched within a quarter of an
// hour and done the same day, one in ten held for parts or the resident, a
// few promises moved, one callback in twelve unsatisfied and reworked.
#include "tests/bench/ticket_lifecycle.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "server/ticket/deadline_rules.h"
#include "server/ticket/escalation.h"
#include "server/ticket/sla.h"

namespace frontdesk::bench {

using v1::Ticket;
using v1::TicketEvent;
using v1::WorkOrder;

namespace {

constexpr long long kMinuteUs = 60LL * 1000 * 1000;
constexpr long long kHourUs = 60 * kMinuteUs;
constexpr long long kDayUs = 24 * kHourUs;
constexpr long long kCurrent = std::numeric_limits<long long>::max();

bool IsOpenStatus(int status) {
  return status != Ticket::RESOLVED && status != Ticket::CLOSED &&
         status != Ticket::UNFOUNDED && status != Ticket::DUPLICATE &&
         status != Ticket::CANCELLED;
}

std::string TimeWords(const std::optional<long long>& us) {
  return us ? absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", FromMicros(*us),
                               absl::UTCTimeZone())
            : "";
}

v1::FieldChange Change(std::string field, std::string old_value,
                       std::string new_value) {
  v1::FieldChange c;
  c.set_field(std::move(field));
  c.set_old_value(std::move(old_value));
  c.set_new_value(std::move(new_value));
  return c;
}

// One ticket being played: the row, the clock and what it left behind.
class TicketPlay {
 public:
  TicketPlay(TicketMix& mix, long long end_us, const SiteHands& site,
             db::BulkTicket& t, IdCounters& ids, db::BulkHistory* history)
      : mix_(mix),
        end_us_(end_us),
        site_(site),
        t_(t),
        ids_(ids),
        history_(history),
        policy_(DefaultSlaPolicy(static_cast<Ticket::Kind>(t.kind),
                                 static_cast<Ticket::Priority>(t.priority))),
        now_(t.create_time_us) {
    desk_ = t.created_by;
  }

  // Minutes drawn around a median, skewed long (log-normal).
  long long Minutes(double median, double spread = 0.8) {
    double z = std::sqrt(-2 * std::log(std::max(1e-12, mix_.Uniform()))) *
               std::cos(6.283185307179586 * mix_.Uniform());
    return static_cast<long long>(median * std::exp(spread * z) * kMinuteUs) +
           mix_.UniformInt(0, 59) * 1000000LL;
  }

  // Moves the clock `delay` on; false when that is past the end of the
  // period (the ticket stays as it stands). Escalations that fall due on
  // the way are taken first.
  bool Wait(long long delay) {
    const long long at = now_ + std::max<long long>(delay, 1000000);
    Escalate(std::min(at, end_us_));
    if (at >= end_us_) return false;
    now_ = at;
    return true;
  }

  void Created() { Record(TicketEvent::CREATED, desk_, {}); }

  // Dispatch to `assignee` on `route`, superseding any open order.
  void Dispatch(int route, const std::string& assignee, bool rework) {
    SupersedeOpenOrders();
    db::BulkWorkOrder o;
    o.id = ids_.next_work_order_id++;
    o.ticket_id = t_.id;
    o.site_id = t_.site_id;
    o.route = route;
    o.assignee = assignee;
    o.rework = rework;
    o.state = WorkOrder::OPEN;
    o.dispatched_by = desk_;
    o.create_time_us = now_;
    o.instructions = rework ? "回访不满意，返工" : "请尽快上门处理";
    const bool vendor = route == v1::REPAIR_ROUTE_EXTERNAL_VENDOR ||
                        route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY;
    // The time the worker promised the job done by: most keep it.
    o.promised_us = now_ + (route == v1::REPAIR_ROUTE_COORDINATION
                                ? 2 * kDayUs + Minutes(600)
                            : vendor ? Minutes(24 * 60, 0.4)
                                     : Minutes(8 * 60, 0.4));
    if (route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY) {
      o.manager_signoff = site_.manager;
      o.developer_ack_by = "开发商工程部";
    }
    std::vector<v1::FieldChange> changes;
    changes.push_back(Change("status", Ticket::Status_Name(t_.status),
                             Ticket::Status_Name(Ticket::DISPATCHED)));
    if (t_.assignee != assignee) {
      changes.push_back(Change("assignee", t_.assignee, assignee));
    }
    if (t_.route != route) {
      changes.push_back(Change("route", v1::RepairRoute_Name(t_.route),
                               v1::RepairRoute_Name(route)));
    }
    t_.status = Ticket::DISPATCHED;
    t_.assignee = assignee;
    t_.route = route;
    if (route == v1::REPAIR_ROUTE_COORDINATION) {
      changes.push_back(Change("promised_time", TimeWords(t_.promised_us),
                               TimeWords(o.promised_us)));
      t_.promised_us = o.promised_us;
    }
    StampFirstResponse();
    open_order_ = history_->work_orders.size();
    history_->work_orders.push_back(std::move(o));
    Record(TicketEvent::DISPATCHED, desk_, std::move(changes));
  }

  void ConfirmArrival() {
    db::BulkWorkOrder& o = history_->work_orders[open_order_];
    o.state = WorkOrder::ARRIVED;
    o.arrival_us = now_;
    std::vector<v1::FieldChange> changes;
    if (t_.status == Ticket::DISPATCHED) {
      changes.push_back(Change("status", "DISPATCHED", "IN_PROGRESS"));
      t_.status = Ticket::IN_PROGRESS;
    }
    Record(TicketEvent::ARRIVAL_CONFIRMED, desk_, std::move(changes));
  }

  void Pend() {
    t_.status_before_pending = t_.status;
    t_.paused_since_us = now_;
    const int before = t_.status;
    t_.status = Ticket::PENDING;
    pause_ = history_->pauses.size();
    history_->pauses.push_back(
        {t_.id, now_, std::nullopt,
         mix_.Uniform() < 0.6 ? "等待配件到货" : "业主不在家，约定改期"});
    Record(TicketEvent::PENDED, desk_,
           {Change("status", Ticket::Status_Name(before), "PENDING")});
  }

  void Resume() {
    history_->pauses[*pause_].end_us = now_;
    pause_.reset();
    t_.paused_since_us.reset();
    t_.status = t_.status_before_pending;
    t_.status_before_pending = 0;
    Record(TicketEvent::RESUMED, desk_,
           {Change("status", "PENDING", Ticket::Status_Name(t_.status))});
  }

  void MovePromise() {
    const long long promised = now_ + Minutes(24 * 60, 0.3);
    std::vector<v1::FieldChange> changes = {Change(
        "promised_time", TimeWords(t_.promised_us), TimeWords(promised))};
    t_.promised_us = promised;
    StampFirstResponse();
    Record(TicketEvent::PROMISE_CHANGED, desk_, std::move(changes));
  }

  void AgreePlan(const std::string& department) {
    std::vector<v1::FieldChange> changes = {
        Change("plan_department", t_.plan_department, department)};
    t_.plan_department = department;
    t_.plan_met_us = now_;
    StampFirstResponse();
    Record(TicketEvent::PLAN_AGREED, desk_, std::move(changes));
  }

  void CompleteWork() {
    db::BulkWorkOrder& o = history_->work_orders[open_order_];
    o.state = WorkOrder::COMPLETED;
    o.complete_us = now_;
    o.work_done = "已处理完毕";
    o.labour_hours = 0.5 * mix_.UniformInt(1, 8);
    o.accepted_by_reporter = mix_.Uniform() < 0.9;
    Record(TicketEvent::WORK_COMPLETED, desk_, {});
  }

  void Resolve() {
    const int before = t_.status;
    t_.status = Ticket::RESOLVED;
    t_.resolve_time_us = now_;
    t_.resolution = "已处理，业主确认";
    t_.callback_attempts = 0;
    if (t_.kind == Ticket::COMPLAINT && !t_.plan_met_us) t_.plan_met_us = now_;
    StampFirstResponse();
    Record(TicketEvent::RESOLVED, desk_,
           {Change("status", Ticket::Status_Name(before), "RESOLVED")});
  }

  // A callback: SATISFIED closes, UNSATISFIED reopens (and orders a
  // rework when the ticket had a work order), UNREACHABLE keeps it RESOLVED.
  void Callback(int result) {
    db::BulkCallback c;
    c.ticket_id = t_.id;
    c.site_id = t_.site_id;
    c.result = result;
    c.caller =
        site_.desk[mix_.UniformInt(0, static_cast<int>(site_.desk.size()) - 1)];
    c.create_time_us = now_;
    std::vector<v1::FieldChange> changes;
    if (result == v1::TicketCallback::SATISFIED) {
      double x = mix_.Uniform();
      c.rating = x < 0.62 ? 5 : x < 0.9 ? 4 : 3;
      c.comment = c.rating == 5 ? "非常满意" : "满意";
      t_.status = Ticket::CLOSED;
      t_.close_time_us = now_;
      changes.push_back(Change("status", "RESOLVED", "CLOSED"));
    } else if (result == v1::TicketCallback::UNSATISFIED) {
      c.rating = mix_.UniformInt(1, 2);
      c.comment = "问题没有彻底解决";
      t_.status = Ticket::REOPENED;
      t_.resolve_time_us.reset();
      t_.callback_attempts = 0;
      changes.push_back(Change("status", "RESOLVED", "REOPENED"));
    } else {
      c.comment = "电话无人接听";
      ++t_.callback_attempts;
    }
    const bool rework = result == v1::TicketCallback::UNSATISFIED &&
                        open_order_ < history_->work_orders.size();
    if (rework) c.rework_order_id = ids_.next_work_order_id;
    history_->callbacks.push_back(std::move(c));
    Record(TicketEvent::CALLBACK_RECORDED, desk_, std::move(changes));
    if (rework) {
      const db::BulkWorkOrder last = history_->work_orders[open_order_];
      Dispatch(last.route, last.assignee, /*rework=*/true);
    }
  }

  void Reopen() {
    const int before = t_.status;
    t_.status = Ticket::REOPENED;
    t_.resolve_time_us.reset();
    t_.close_time_us.reset();
    t_.callback_attempts = 0;
    Record(TicketEvent::REOPENED, desk_,
           {Change("status", Ticket::Status_Name(before), "REOPENED")});
  }

  // Unfounded, duplicate or cancelled: ends without work; an open order is
  // superseded and a hold ends with the ticket.
  void End(TicketEvent::Type type, int status,
           std::optional<long long> duplicate_of) {
    SupersedeOpenOrders();
    if (pause_) {
      history_->pauses[*pause_].end_us = now_;
      pause_.reset();
      t_.paused_since_us.reset();
    }
    const int before = t_.status;
    t_.status = status;
    t_.duplicate_of_id = duplicate_of;
    if (status == Ticket::UNFOUNDED) {
      t_.resolution = "经调查投诉不成立";
      StampFirstResponse();
    }
    Record(type, desk_,
           {Change("status", Ticket::Status_Name(before),
                   Ticket::Status_Name(status))});
  }

  int status() const { return t_.status; }

 private:
  void SupersedeOpenOrders() {
    for (size_t i = first_order_; i < history_->work_orders.size(); ++i) {
      db::BulkWorkOrder& o = history_->work_orders[i];
      if (o.state == WorkOrder::OPEN || o.state == WorkOrder::ARRIVED) {
        o.state = WorkOrder::SUPERSEDED;
      }
    }
  }

  void StampFirstResponse() {
    if (!t_.first_response_time_us) t_.first_response_time_us = now_;
  }

  // The deadlines as the step at now_ leaves them.
  void RefreshDeadlines() {
    TicketClocks clocks;
    clocks.status = static_cast<Ticket::Status>(t_.status);
    clocks.create_us = t_.create_time_us;
    clocks.first_response_us = t_.first_response_time_us;
    clocks.resolve_us = t_.resolve_time_us;
    clocks.promised_us = t_.promised_us;
    clocks.close_us = t_.close_time_us;
    clocks.plan_met_us = t_.plan_met_us;
    for (size_t i = first_pause_; i < history_->pauses.size(); ++i) {
      const db::BulkPause& p = history_->pauses[i];
      clocks.pauses.emplace_back(p.start_us, p.end_us);
    }
    TicketDeadlines d = ComputeDeadlines(policy_, clocks, FromMicros(now_));
    t_.first_response_due_us = d.first_response_due_us;
    t_.resolution_due_us = d.resolution_due_us;
    t_.callback_due_us = d.callback_due_us;
    t_.plan_due_us = d.plan_due_us;
    t_.effective_due_us = d.effective_due_us;
  }

  // Escalations the sweeper (every half minute) takes before `until`.
  void Escalate(long long until) {
    if (!IsOpenStatus(t_.status) || t_.status == Ticket::PENDING ||
        !t_.effective_due_us) {
      return;
    }
    const long long breach = *t_.effective_due_us;
    // A deadline found already past (a promise missed during a hold) is
    // taken at the sweeper's next round.
    for (long long tick = std::max(breach, now_) + 30 * 1000000LL; tick < until;
         tick += kDayUs) {
      std::vector<EscalationLevel> due = DueEscalations(
          EscalationPolicy{}, FromMicros(breach),
          static_cast<EscalationLevel>(t_.escalation_level), FromMicros(tick));
      if (due.empty()) continue;
      const long long saved = now_;
      now_ = tick;
      for (EscalationLevel level : due) {
        const int before = t_.escalation_level;
        t_.escalation_level = static_cast<int>(level);
        history_->escalations.push_back({t_.id, t_.site_id, t_.escalation_level,
                                         true, "超过处理时限", "", tick});
        Record(TicketEvent::ESCALATED, "",
               {Change("escalation_level", v1::EscalationLevel_Name(before),
                       v1::EscalationLevel_Name(t_.escalation_level))});
      }
      now_ = std::max(saved, now_);
      if (t_.escalation_level >= static_cast<int>(EscalationLevel::kManager)) {
        return;
      }
    }
  }

  void Record(TicketEvent::Type type, const std::string& actor,
              std::vector<v1::FieldChange> changes) {
    RefreshDeadlines();
    if (last_state_) history_->events[*last_state_].end_us = now_;
    db::BulkEvent e;
    e.id = ids_.next_event_id++;
    e.ticket_id = t_.id;
    e.site_id = t_.site_id;
    e.type = type;
    e.actor = actor;
    e.create_time_us = now_;
    e.changes = std::move(changes);
    e.end_us = kCurrent;
    e.kind = t_.kind;
    e.priority = t_.priority;
    e.status = t_.status;
    e.route = t_.route;
    e.complaint_class = t_.complaint_class;
    e.is_open = IsOpenStatus(t_.status);
    e.due_us = t_.effective_due_us;
    e.resolution_due_us = t_.resolution_due_us;
    e.promised_us = t_.promised_us;
    e.assignee = t_.assignee;
    e.plan_department = t_.plan_department;
    last_state_ = history_->events.size();
    history_->events.push_back(std::move(e));
    if (type != TicketEvent::CREATED) ++t_.version;
    t_.update_time_us = now_;
  }

  TicketMix& mix_;
  const long long end_us_;
  const SiteHands& site_;
  db::BulkTicket& t_;
  IdCounters& ids_;
  db::BulkHistory* history_;
  const SlaPolicy policy_;
  long long now_;
  std::string desk_;
  size_t open_order_ = std::numeric_limits<size_t>::max();
  std::optional<size_t> pause_;
  std::optional<size_t> last_state_;
  // This ticket's are the last ones of the history.
  const size_t first_pause_ = history_->pauses.size();
  const size_t first_order_ = history_->work_orders.size();
};

// Where a ticket of `kind` is sent, on which route.
std::pair<int, std::string> Target(TicketMix& mix, const SiteHands& site,
                                   const db::BulkTicket& t) {
  if (t.kind == Ticket::COMPLAINT) {
    if (t.complaint_class == Ticket::SERVICE) {
      return {v1::REPAIR_ROUTE_UNSPECIFIED,
              mix.Uniform() < 0.5 ? site.service : site.security};
    }
    return {v1::REPAIR_ROUTE_OWN_MAINTENANCE,
            mix.Uniform() < 0.7 ? site.maintenance : site.cleaning};
  }
  if (t.kind == Ticket::HELP) {
    return {v1::REPAIR_ROUTE_UNSPECIFIED, site.security};
  }
  if (t.kind != Ticket::REPAIR) {
    return {v1::REPAIR_ROUTE_OWN_MAINTENANCE, site.maintenance};
  }
  double x = mix.Uniform();
  if (x < 0.74) return {v1::REPAIR_ROUTE_OWN_MAINTENANCE, site.maintenance};
  if (x < 0.89) return {v1::REPAIR_ROUTE_EXTERNAL_VENDOR, site.vendor};
  if (x < 0.95) return {v1::REPAIR_ROUTE_DEVELOPER_WARRANTY, site.developer};
  return {v1::REPAIR_ROUTE_COORDINATION, site.maintenance};
}

}  // namespace

void Lifecycle::Play(const SiteHands& site, std::optional<long long> earlier_id,
                     db::BulkTicket& ticket, IdCounters& ids,
                     db::BulkHistory* history) {
  ticket.status = Ticket::NEW;
  TicketPlay p(mix_, end_us_, site, ticket, ids, history);
  p.Created();
  const bool urgent = ticket.priority >= Ticket::URGENT;

  // A report of a matter already open, or withdrawn by the reporter.
  double x = mix_.Uniform();
  if (x < 0.02 && earlier_id) {
    if (p.Wait(p.Minutes(20))) {
      p.End(TicketEvent::MARKED_DUPLICATE, Ticket::DUPLICATE, earlier_id);
    }
    return;
  }
  if (x < 0.035) {
    if (p.Wait(p.Minutes(90))) {
      p.End(TicketEvent::CANCELLED, Ticket::CANCELLED, std::nullopt);
    }
    return;
  }
  // Inquiries, praise and most help and suggestions are answered at once.
  const bool answered_at_desk =
      (ticket.kind == Ticket::INQUIRY || ticket.kind == Ticket::PRAISE ||
       ticket.kind == Ticket::SUGGESTION || ticket.kind == Ticket::HELP) &&
      mix_.Uniform() < 0.85;
  if (answered_at_desk) {
    if (!p.Wait(p.Minutes(8))) return;
    p.Resolve();
  } else {
    if (ticket.kind == Ticket::COMPLAINT && mix_.Uniform() < 0.08) {
      if (p.Wait(p.Minutes(24 * 60, 0.5))) {
        p.End(TicketEvent::MARKED_UNFOUNDED, Ticket::UNFOUNDED, std::nullopt);
      }
      return;
    }
    auto [route, assignee] = Target(mix_, site, ticket);
    if (!p.Wait(p.Minutes(urgent ? 4 : 14))) return;
    p.Dispatch(route, assignee, false);
    if (ticket.kind == Ticket::COMPLAINT && mix_.Uniform() < 0.7) {
      if (!p.Wait(p.Minutes(6 * 60))) return;
      p.AgreePlan(assignee);
    }
    if (mix_.Uniform() < 0.06) {  // sent to the wrong trade first
      if (!p.Wait(p.Minutes(40))) return;
      auto [again_route, again] = Target(mix_, site, ticket);
      p.Dispatch(again_route, again, false);
    }
    if (mix_.Uniform() < 0.9) {
      if (!p.Wait(p.Minutes(urgent ? 20 : 50))) return;
      p.ConfirmArrival();
    }
    if (mix_.Uniform() < 0.1) {
      if (!p.Wait(p.Minutes(30))) return;
      p.Pend();
      if (!p.Wait(p.Minutes(20 * 60, 0.7))) return;
      p.Resume();
    }
    if (mix_.Uniform() < 0.05) {
      if (!p.Wait(p.Minutes(60))) return;
      p.MovePromise();
    }
    const double work = route == v1::REPAIR_ROUTE_COORDINATION   ? 36 * 60
                        : ticket.kind == Ticket::SPECIAL_SERVICE ? 24 * 60
                                                                 : 150;
    if (!p.Wait(p.Minutes(urgent ? work / 3 : work, 1.0))) return;
    p.CompleteWork();
    if (!p.Wait(p.Minutes(10))) return;
    p.Resolve();
  }
  // Callbacks until the resident is satisfied (or the period ends); an
  // unsatisfied one sends the work back.
  for (int round = 0; round < 4; ++round) {
    // Most within the day; the night shift calls back the next morning.
    if (!p.Wait(p.Minutes(5 * 60, 0.9))) return;
    double y = mix_.Uniform();
    if (y < 0.05) {
      p.Callback(v1::TicketCallback::UNREACHABLE);
      continue;
    }
    if (y < 0.13 && round < 2) {
      p.Callback(v1::TicketCallback::UNSATISFIED);
      if (p.status() != Ticket::DISPATCHED) {  // nothing to rework
        if (!p.Wait(p.Minutes(4 * 60))) return;
        p.Resolve();
        continue;
      }
      if (!p.Wait(p.Minutes(60))) return;
      p.ConfirmArrival();
      if (!p.Wait(p.Minutes(120))) return;
      p.CompleteWork();
      if (!p.Wait(p.Minutes(10))) return;
      p.Resolve();
      continue;
    }
    p.Callback(v1::TicketCallback::SATISFIED);
    break;
  }
  // Now and then the matter comes back after it was closed.
  if (p.status() == Ticket::CLOSED && mix_.Uniform() < 0.01) {
    if (!p.Wait(p.Minutes(3 * 24 * 60))) return;
    p.Reopen();
    if (!p.Wait(p.Minutes(300))) return;
    p.Resolve();
  }
}

}  // namespace frontdesk::bench
