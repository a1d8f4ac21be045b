#include "server/roster/handover_rules.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

std::string StatusName(v1::Handover::Status status) {
  return v1::Handover::Status_Name(status);
}

bool SameWrittenContent(const v1::HandoverItem& a, const v1::HandoverItem& b) {
  return a.description() == b.description() &&
         a.significant() == b.significant();
}

}  // namespace

absl::Status CheckHandoverStatus(
    v1::Handover::Status status,
    std::initializer_list<v1::Handover::Status> allowed,
    absl::string_view action) {
  for (v1::Handover::Status s : allowed) {
    if (s == status) return absl::OkStatus();
  }
  std::vector<std::string> names;
  for (v1::Handover::Status s : allowed) names.push_back(StatusName(s));
  return Error(absl::StatusCode::kFailedPrecondition, "HANDOVER_WRONG_STATE",
               absl::StrCat("cannot ", action, " a handover that is ",
                            StatusName(status), " (only ",
                            absl::StrJoin(names, " or "), ")"),
               {{"status", StatusName(status)}});
}

absl::Status CheckDutyLog(absl::string_view field, absl::string_view log,
                          bool for_submit) {
  return CheckText(field, log, for_submit ? 1 : 0, 8000, /*multiline=*/true);
}

absl::StatusOr<std::vector<v1::HandoverItem>> EditWrittenItems(
    const std::vector<v1::HandoverItem>& current,
    const std::vector<v1::HandoverItem>& edited, absl::string_view site_id) {
  Violations v;
  std::map<int, const v1::HandoverItem*> written;
  int next_id = 1;
  for (const v1::HandoverItem& item : current) {
    next_id = std::max(next_id, item.id() + 1);
    if (item.source() == v1::HandoverItem::WRITTEN) written[item.id()] = &item;
  }
  if (static_cast<int>(edited.size()) > kMaxWrittenItems) {
    v.Add("handover.items",
          absl::StrCat("at most ", kMaxWrittenItems, " written items"));
  }
  std::vector<v1::HandoverItem> out;
  // Pulled-in items stay, in place.
  for (const v1::HandoverItem& item : current) {
    if (item.source() != v1::HandoverItem::WRITTEN) out.push_back(item);
  }
  std::set<int> seen;
  for (size_t i = 0; i < edited.size(); ++i) {
    const v1::HandoverItem& in = edited[i];
    const std::string field = absl::StrCat("handover.items[", i, "]");
    v.Merge(CheckText(field + ".description", in.description(), 1, 1000,
                      /*multiline=*/true));
    if (!in.ticket().empty()) {
      auto ticket = ParseTicketName(field + ".ticket", in.ticket());
      if (!ticket.ok()) {
        v.Merge(ticket.status());
      } else if (ticket->site_id != site_id) {
        v.Add(field + ".ticket", "must be a ticket of the handover's site");
      }
    }
    v1::HandoverItem item;
    item.set_description(in.description());
    item.set_ticket(in.ticket());
    item.set_significant(in.significant());
    item.set_source(v1::HandoverItem::WRITTEN);
    if (in.id() != 0) {
      auto it = written.find(in.id());
      if (it == written.end() || !seen.insert(in.id()).second) {
        v.Add(field + ".id",
              "must be the id of a written item of this handover, once "
              "(pulled-in items are not edited; new items have no id)");
        continue;
      }
      item.set_id(in.id());
      const v1::HandoverItem& before = *it->second;
      if (SameWrittenContent(before, item) && !before.consented_by().empty()) {
        item.set_consented_by(before.consented_by());
        *item.mutable_consent_time() = before.consent_time();
        item.set_consent_comment(before.consent_comment());
      }
    } else {
      item.set_id(0);  // numbered below
    }
    out.push_back(item);
  }
  if (!v.empty()) return v.ToStatus();
  for (v1::HandoverItem& item : out) {
    if (item.id() == 0) item.set_id(next_id++);
  }
  return out;
}

absl::StatusOr<AcceptOutcome> CheckAcceptance(const AcceptInput& in) {
  Violations v;
  std::set<int> ids;
  for (const v1::HandoverItem& item : in.items) ids.insert(item.id());
  std::set<int> acknowledged(in.acknowledged_item_ids.begin(),
                             in.acknowledged_item_ids.end());
  std::vector<std::string> missing, unknown;
  for (int id : ids) {
    if (!acknowledged.count(id)) missing.push_back(absl::StrCat(id));
  }
  for (int id : acknowledged) {
    if (!ids.count(id)) unknown.push_back(absl::StrCat(id));
  }
  if (!missing.empty()) {
    v.Add("acknowledged_item_ids",
          absl::StrCat("every item must be checked; missing ",
                       absl::StrJoin(missing, ", ")));
  }
  if (!unknown.empty()) {
    v.Add("acknowledged_item_ids",
          absl::StrCat("no such item: ", absl::StrJoin(unknown, ", ")));
  }
  std::set<int> together;
  for (int id : in.finished_together_item_ids) {
    if (!ids.count(id)) {
      v.Add("finished_together_item_ids", absl::StrCat("no such item: ", id));
    }
    together.insert(id);
  }
  // Inventory: one count per checklist item.
  std::map<std::string, const v1::InventoryCount*> counted;
  for (size_t i = 0; i < in.counts.size(); ++i) {
    const v1::InventoryCount& c = in.counts[i];
    const std::string field = absl::StrCat("inventory_counts[", i, "]");
    const bool on_list = std::any_of(
        in.checklist.begin(), in.checklist.end(),
        [&](const v1::InventoryItem& x) { return x.id() == c.item_id(); });
    if (!on_list) {
      v.Add(field + ".item_id",
            absl::StrCat("\"", c.item_id(),
                         "\" is not on the site's inventory checklist"));
      continue;
    }
    if (!counted.emplace(c.item_id(), &c).second) {
      v.Add(field + ".item_id",
            absl::StrCat("\"", c.item_id(), "\" is counted twice"));
    }
    if (c.counted() < 0 || c.counted() > 10000) {
      v.Add(field + ".counted", "must be 0..10000");
    }
  }
  AcceptOutcome out;
  for (size_t i = 0; i < in.checklist.size(); ++i) {
    const v1::InventoryItem& item = in.checklist[i];
    auto it = counted.find(item.id());
    if (it == counted.end()) {
      v.Add("inventory_counts",
            absl::StrCat("\"", item.id(), "\" (", item.display_name(),
                         ") must be counted"));
      continue;
    }
    const v1::InventoryCount& c = *it->second;
    size_t index = static_cast<size_t>(&c - in.counts.data());
    const std::string field = absl::StrCat("inventory_counts[", index, "]");
    v1::InventoryCount stored;
    stored.set_item_id(item.id());
    stored.set_display_name(item.display_name());
    stored.set_expected_count(item.expected_count());
    stored.set_counted(c.counted());
    stored.set_note(c.note());
    if (c.counted() != item.expected_count()) {
      out.inventory_discrepancy = true;
      v.Merge(CheckText(field + ".note", c.note(), 1, 500));
    } else if (!c.note().empty()) {
      v.Merge(CheckText(field + ".note", c.note(), 0, 500));
    }
    out.counts.push_back(stored);
  }
  if (!v.empty()) return v.ToStatus();
  std::vector<std::string> not_consented;
  for (v1::HandoverItem item : in.items) {
    const bool finished = together.count(item.id()) > 0;
    if (item.significant() && !finished && item.consented_by().empty()) {
      not_consented.push_back(absl::StrCat(item.id()));
    }
    item.set_acknowledged(true);
    item.set_disposition(finished ? v1::HandoverItem::FINISHED_TOGETHER
                                  : v1::HandoverItem::PASSED_ON);
    out.items.push_back(item);
  }
  if (!not_consented.empty()) {
    const std::string list = absl::StrJoin(not_consented, ",");
    return Error(absl::StatusCode::kFailedPrecondition,
                 "SIGNIFICANT_ITEM_NOT_CONSENTED",
                 absl::StrCat("significant items ", list,
                              " are neither finished together nor passed on "
                              "with a supervisor's consent"),
                 {{"item_ids", list}});
  }
  return out;
}

bool ArrivedEarly(long long clock_in_us, long long incoming_start_us,
                  long long lead_us) {
  return clock_in_us > 0 && clock_in_us <= incoming_start_us - lead_us;
}

absl::Status CheckCountersign(const v1::Handover& handover,
                              absl::string_view staff_name) {
  if (absl::Status s = CheckHandoverStatus(
          handover.status(), {v1::Handover::SUBMITTED, v1::Handover::ACCEPTED},
          "countersign");
      !s.ok()) {
    return s;
  }
  if (!handover.countersigned_by().empty()) {
    return Error(absl::StatusCode::kFailedPrecondition, "HANDOVER_WRONG_STATE",
                 absl::StrCat("the handover was countersigned already by ",
                              handover.countersigned_by()),
                 {{"status", "COUNTERSIGNED"}});
  }
  if (handover.written_by() == staff_name ||
      handover.submitted_by() == staff_name ||
      handover.accepted_by() == staff_name) {
    return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
                 "nobody countersigns a handover they wrote or accepted");
  }
  return absl::OkStatus();
}

absl::StatusOr<int> CheckConsent(const v1::Handover& handover, int item_id,
                                 absl::string_view staff_name) {
  if (absl::Status s = CheckHandoverStatus(
          handover.status(), {v1::Handover::DRAFT, v1::Handover::SUBMITTED},
          "consent to an item of");
      !s.ok()) {
    return s;
  }
  if (handover.written_by() == staff_name) {
    return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
                 "nobody consents to passing on an item of a handover they "
                 "wrote");
  }
  for (int i = 0; i < handover.items_size(); ++i) {
    const v1::HandoverItem& item = handover.items(i);
    if (item.id() != item_id) continue;
    if (!item.significant()) {
      return InvalidField("item_id",
                          "must be a significant item; others need no consent");
    }
    if (!item.consented_by().empty()) {
      return Error(absl::StatusCode::kFailedPrecondition, "ALREADY_CONSENTED",
                   absl::StrCat("item ", item_id, " was consented to by ",
                                item.consented_by()));
    }
    return i;
  }
  return Error(absl::StatusCode::kNotFound, "HANDOVER_ITEM_NOT_FOUND",
               absl::StrCat("the handover has no item ", item_id));
}

absl::Status CheckRelease(v1::DutyAssignment::Status assignment_status,
                          std::optional<v1::Handover::Status> handover_status) {
  if (assignment_status != v1::DutyAssignment::ON_DUTY) {
    return Error(
        absl::StatusCode::kFailedPrecondition, "NOT_ON_DUTY",
        absl::StrCat("only a person on duty is released; the "
                     "assignment is ",
                     v1::DutyAssignment::Status_Name(assignment_status)));
  }
  if (handover_status == v1::Handover::ACCEPTED) {
    return Error(absl::StatusCode::kFailedPrecondition, "HANDOVER_WRONG_STATE",
                 "the handover was accepted: the relief took over",
                 {{"status", "ACCEPTED"}});
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
