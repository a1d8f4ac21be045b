// A ticket's reporter as the caller may see it (reporter_access.h).
#include "server/ticket/reporter_access.h"

#include <set>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/names.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/access_log.h"

namespace frontdesk {
namespace {

// "sites/{site}/tickets/{ticket}/events/{event}" -> (site, ticket).
std::pair<std::string, long long> TicketOfEvent(const v1::TicketEvent& e) {
  std::vector<absl::string_view> parts = absl::StrSplit(e.name(), '/');
  long long ticket_id = 0;
  if (parts.size() >= 4) (void)absl::SimpleAtoi(parts[3], &ticket_id);
  return {parts.size() >= 4 ? std::string(parts[1]) : "", ticket_id};
}

}  // namespace

ReporterAccess::ReporterAccess(const Principal& who, absl::string_view method,
                               absl::Time now)
    : who_(who), now_us_(ToMicros(now)) {
  absl::ConsumePrefix(&method, "TicketService.");
  method_ = std::string(method);
}

absl::Status ReporterAccess::Read(
    db::Database& db, const std::vector<std::string>& site_ids,
    const std::function<absl::Status(db::Tx&)>& read, bool searched) const {
  bool may_audit = searched || site_ids.empty();
  for (const std::string& site_id : site_ids) {
    may_audit = may_audit || !AtSiteDesk(who_, site_id);
  }
  return may_audit ? db.Transact(read) : db.Read(read);
}

absl::StatusOr<std::map<long long, ReporterSight>> ReporterAccess::SightsOn(
    db::Tx& tx,
    const std::vector<std::pair<std::string, long long>>& tickets) const {
  // Outside a ticket's desk the caller may still hold an open work order of
  // it (their own, or their vendor's for a vendor's contact
  // [T-VENDOR-CONTACT]): one question for all of them.
  std::vector<long long> ask;
  for (const auto& [site_id, ticket_id] : tickets) {
    if (!AtSiteDesk(who_, site_id)) ask.push_back(ticket_id);
  }
  std::set<long long> assigned;
  if (!ask.empty()) {
    auto ids = db::TicketsWithOrderFor(tx, who_.assignee_name(), ask,
                                       /*open_only=*/true);
    if (!ids.ok()) return ids.status();
    assigned.insert(ids->begin(), ids->end());
  }
  std::map<long long, ReporterSight> sights;
  for (const auto& [site_id, ticket_id] : tickets) {
    sights[ticket_id] =
        ReporterSightFor(who_, site_id, assigned.count(ticket_id) > 0);
  }
  return sights;
}

absl::Status ReporterAccess::Log(
    db::Tx& tx, const std::map<std::pair<std::string, std::string>,
                               std::vector<std::string>>& audited) const {
  for (const auto& [site_and_reason, names] : audited) {
    absl::Status logged =
        AuditUnmaskedRead(tx, site_and_reason.first, who_, method_, names,
                          site_and_reason.second, now_us_);
    if (!logged.ok()) return logged;
  }
  return absl::OkStatus();
}

absl::Status ReporterAccess::Present(db::Tx& tx,
                                     const std::vector<v1::Ticket*>& tickets,
                                     absl::string_view search_reason) const {
  std::vector<std::pair<std::string, long long>> keys;
  for (const v1::Ticket* t : tickets) {
    keys.emplace_back(db::TicketSiteId(*t), db::TicketId(*t));
  }
  auto sights = SightsOn(tx, keys);
  if (!sights.ok()) return sights.status();
  // (site, reason) -> the tickets read.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>>
      audited;
  for (size_t i = 0; i < tickets.size(); ++i) {
    v1::Ticket* t = tickets[i];
    const ReporterSight& sight = (*sights)[keys[i].second];
    const bool personal = HoldsPersonalData(t->reporter());
    if (!sight.clear) MaskReporter(t->mutable_reporter());
    std::string reason =
        search_reason.empty() ? sight.audit_reason : std::string(search_reason);
    if (personal && !reason.empty()) {
      audited[{keys[i].first, std::move(reason)}].push_back(t->name());
    }
  }
  return Log(tx, audited);
}

absl::Status ReporterAccess::PresentEvents(
    db::Tx& tx, const std::vector<v1::TicketEvent*>& events) const {
  // Only the entries that hold reporter values matter.
  std::vector<v1::TicketEvent*> personal;
  std::vector<std::pair<std::string, long long>> keys;
  for (v1::TicketEvent* e : events) {
    if (!HoldsPersonalData(*e)) continue;
    personal.push_back(e);
    keys.push_back(TicketOfEvent(*e));
  }
  if (personal.empty()) return absl::OkStatus();
  auto sights = SightsOn(tx, keys);
  if (!sights.ok()) return sights.status();
  std::map<std::pair<std::string, std::string>, std::vector<std::string>>
      audited;
  std::set<long long> logged;  // each ticket once per call
  for (size_t i = 0; i < personal.size(); ++i) {
    const auto& [site_id, ticket_id] = keys[i];
    const ReporterSight& sight = (*sights)[ticket_id];
    if (!sight.clear) {
      MaskReporterChanges(personal[i]);
    } else if (!sight.audit_reason.empty() && logged.insert(ticket_id).second) {
      audited[{site_id, sight.audit_reason}].push_back(
          TicketName(site_id, ticket_id));
    }
  }
  return Log(tx, audited);
}

bool ReporterAccess::MayAudit(
    const std::vector<v1::TicketEvent>& events) const {
  for (const v1::TicketEvent& e : events) {
    if (HoldsPersonalData(e) && !AtSiteDesk(who_, TicketOfEvent(e).first)) {
      return true;
    }
  }
  return false;
}

absl::Status ReporterAccess::PresentResponse(
    db::Tx& tx, google::protobuf::Message* response) const {
  if (auto* ticket = dynamic_cast<v1::Ticket*>(response)) {
    return Present(tx, {ticket});
  }
  if (auto* list = dynamic_cast<v1::ListTicketsResponse*>(response)) {
    std::vector<v1::Ticket*> tickets;
    for (v1::Ticket& t : *list->mutable_tickets()) tickets.push_back(&t);
    return Present(tx, tickets);
  }
  if (auto* event = dynamic_cast<v1::TicketEvent*>(response)) {
    return PresentEvents(tx, {event});
  }
  if (auto* list = dynamic_cast<v1::ListTicketEventsResponse*>(response)) {
    std::vector<v1::TicketEvent*> events;
    for (v1::TicketEvent& e : *list->mutable_events()) events.push_back(&e);
    return PresentEvents(tx, events);
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
