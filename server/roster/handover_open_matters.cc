#include "server/roster/handover_open_matters.h"

#include <google/protobuf/util/time_util.h>

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/names.h"
#include "db/ticket/ticket_rows.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "db/visitor/key_store.h"
#include "db/visitor/visit_store.h"
#include "db/visitor/visitor_pass_store.h"
#include "server/roster/handover_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using Source = v1::HandoverItem::Source;

// The unit's id of "sites/{site}/units/{unit}", "" for none.
std::string UnitLabel(absl::string_view unit_name) {
  size_t at = unit_name.rfind("/units/");
  if (at == absl::string_view::npos) return "";
  return std::string(unit_name.substr(at + 7));
}

std::string Unit(absl::string_view unit_name) {
  std::string label = UnitLabel(unit_name);
  return label.empty() ? "" : absl::StrCat(" 单元 ", label);
}

class Collector {
 public:
  explicit Collector(absl::TimeZone zone) : zone_(zone) {}

  bool full() const {
    return static_cast<int>(items_.size()) >= kMaxPulledInItems;
  }

  void Add(Source source, const std::string& resource,
           const std::string& description, const std::string& ticket = "") {
    if (full() || !seen_.insert(resource).second) return;
    v1::HandoverItem item;
    item.set_id(static_cast<int>(items_.size()) + 1);
    item.set_description(description);
    item.set_ticket(ticket);
    item.set_source(source);
    item.set_resource(resource);
    items_.push_back(std::move(item));
  }

  std::string Local(long long us) const {
    return absl::FormatTime("%m-%d %H:%M", FromMicros(us), zone_);
  }
  std::string Local(const google::protobuf::Timestamp& ts) const {
    return Local(TimeUtil::TimestampToMicroseconds(ts));
  }

  std::vector<v1::HandoverItem> Take() { return std::move(items_); }

 private:
  absl::TimeZone zone_;
  std::set<std::string> seen_;
  std::vector<v1::HandoverItem> items_;
};

std::vector<FilterTerm> Terms(absl::string_view filter,
                              const FilterSchema& schema) {
  auto terms = ParseFilter(filter, schema);
  return terms.ok() ? *terms : std::vector<FilterTerm>{};
}

}  // namespace

absl::StatusOr<std::vector<v1::HandoverItem>> PullInOpenMatters(
    db::Tx& tx, const DataProtector& protector, const std::string& site_id,
    absl::TimeZone zone, long long now_us, long long incoming_end_us) {
  Collector c(zone);
  const int cap = kMaxPulledInItems;

  auto overdue = db::ListOverdue(tx, {site_id}, now_us, std::nullopt, cap);
  if (!overdue.ok()) return overdue.status();
  for (const db::TicketRow& t : *overdue) {
    std::string name = TicketName(site_id, t.id);
    c.Add(v1::HandoverItem::OVERDUE_TICKET, name,
          absl::StrCat(
              "工单 ", t.number, Unit(UnitName(site_id, t.unit_id)), " 已超时",
              t.effective_due_us
                  ? absl::StrCat(" (期限 ", c.Local(*t.effective_due_us), ")")
                  : ""),
          name);
  }

  db::TicketQuery fresh;
  fresh.site_ids = {site_id};
  fresh.terms = Terms("status = NEW", db::TicketFilterSchema());
  fresh.limit = cap;
  auto created = db::ListTickets(tx, protector, fresh);
  if (!created.ok()) return created.status();
  for (const v1::Ticket& t : *created) {
    c.Add(v1::HandoverItem::NEW_TICKET, t.name(),
          absl::StrCat("工单 ", t.number(), Unit(t.reporter().unit()),
                       " 新登记, 尚未派工"),
          t.name());
  }

  auto callbacks = db::ListCallbacksDue(tx, protector, site_id, incoming_end_us,
                                        std::nullopt, cap);
  if (!callbacks.ok()) return callbacks.status();
  for (const v1::Ticket& t : *callbacks) {
    c.Add(v1::HandoverItem::CALLBACK_DUE, t.name(),
          absl::StrCat("工单 ", t.number(), Unit(t.reporter().unit()),
                       " 待回访 (", c.Local(t.deadlines().callback_due_time()),
                       " 前)"),
          t.name());
  }

  db::WorkOrderQuery orders;
  orders.site_id = site_id;
  orders.overdue_at_us = now_us;
  orders.limit = cap;
  auto late = db::ListWorkOrders(tx, orders, now_us);
  if (!late.ok()) return late.status();
  for (const v1::WorkOrder& o : *late) {
    std::string ticket = o.name().substr(0, o.name().find("/workOrders/"));
    c.Add(v1::HandoverItem::WORK_ORDER_OVERDUE, o.name(),
          absl::StrCat("派工 ", o.name(), " 已过承诺时间 (",
                       c.Local(o.promised_time()), ")"),
          ticket);
  }

  db::KeyQuery keys;
  keys.site_ids = {site_id};
  keys.terms = Terms("state = ON_LOAN", db::KeyFilterSchema());
  keys.limit = cap;
  keys.now_us = now_us;
  auto lent = db::ListKeys(tx, protector, keys);
  if (!lent.ok()) return lent.status();
  for (const v1::Key& k : *lent) {
    c.Add(v1::HandoverItem::KEY_OUT, k.name(),
          absl::StrCat(
              "钥匙 ", k.tag(), Unit(k.unit()), " 借出未还",
              k.current_loan().has_due_time()
                  ? absl::StrCat(" (应还 ",
                                 c.Local(k.current_loan().due_time()), ")")
                  : ""));
  }

  db::VisitQuery visits;
  visits.site_ids = {site_id};
  visits.terms = Terms("status = ON_PREMISES", db::VisitFilterSchema());
  visits.limit = cap;
  visits.now_us = now_us;
  auto inside = db::ListVisits(tx, protector, visits);
  if (!inside.ok()) return inside.status();
  for (const v1::Visit& v : *inside) {
    c.Add(v1::HandoverItem::VISITOR_ON_PREMISES, v.name(),
          absl::StrCat("访客 ", v.name(), Unit(v.host().unit()), " 仍在园区 (",
                       c.Local(v.check_in_time()), " 登记)"));
  }

  db::PassQuery passes;
  passes.site_ids = {site_id};
  passes.terms = Terms("state = ACTIVE", db::PassFilterSchema());
  passes.limit = cap;
  passes.now_us = now_us;
  auto active = db::ListVisitorPasses(tx, protector, passes);
  if (!active.ok()) return active.status();
  for (const v1::VisitorPass& p : *active) {
    if (p.use_count() > 0) continue;  // already came
    if (TimeUtil::TimestampToMicroseconds(p.valid_from()) >= incoming_end_us) {
      continue;
    }
    c.Add(v1::HandoverItem::PASS_EXPECTED, p.name(),
          absl::StrCat("访客通行证 ", p.name(), Unit(p.host().unit()),
                       " 预计来访 (", c.Local(p.valid_from()), " 起)"));
  }
  return c.Take();
}

}  // namespace frontdesk
