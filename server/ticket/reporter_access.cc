// A ticket's reporter as the caller may see it (reporter_access.h).
#include "server/ticket/reporter_access.h"

#include <map>
#include <set>
#include <utility>

#include "absl/strings/strip.h"
#include "common/clock.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/access_log.h"
#include "server/ticket/reporter_rules.h"

namespace frontdesk {

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
    may_audit = may_audit || !AtTicketDesk(who_, site_id);
  }
  return may_audit ? db.Transact(read) : db.Read(read);
}

absl::Status ReporterAccess::Present(db::Tx& tx,
                                     const std::vector<v1::Ticket*>& tickets,
                                     absl::string_view search_reason) const {
  // Outside a ticket's desk the caller may still hold an open work order of
  // it: one question for all of them.
  std::vector<long long> ask;
  for (const v1::Ticket* t : tickets) {
    if (!AtTicketDesk(who_, db::TicketSiteId(*t))) {
      ask.push_back(db::TicketId(*t));
    }
  }
  std::set<long long> assigned;
  if (!ask.empty()) {
    auto ids = db::TicketsWithOpenOrderFor(tx, who_.name(), ask);
    if (!ids.ok()) return ids.status();
    assigned.insert(ids->begin(), ids->end());
  }
  // (site, reason) -> the tickets read.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>>
      audited;
  for (v1::Ticket* t : tickets) {
    const std::string site_id = db::TicketSiteId(*t);
    const ReporterSight sight =
        ReporterSightFor(who_, site_id, assigned.count(db::TicketId(*t)) > 0);
    const bool personal = HoldsPersonalData(t->reporter());
    if (!sight.clear) MaskReporter(t->mutable_reporter());
    std::string reason =
        search_reason.empty() ? sight.audit_reason : std::string(search_reason);
    if (personal && !reason.empty()) {
      audited[{site_id, std::move(reason)}].push_back(t->name());
    }
  }
  for (const auto& [site_and_reason, names] : audited) {
    absl::Status logged =
        AuditUnmaskedRead(tx, site_and_reason.first, who_, method_, names,
                          site_and_reason.second, now_us_);
    if (!logged.ok()) return logged;
  }
  return absl::OkStatus();
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
  return absl::OkStatus();
}

}  // namespace frontdesk
