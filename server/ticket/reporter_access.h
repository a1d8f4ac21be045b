// The one way a ticket's reporter leaves TicketService (the rules are
// reporter_rules.h): every v1::Ticket a desk returns — read, listed,
// created, changed by a workflow verb, or replayed from a request_id
// record — and every history entry (ListTicketEvents, WatchTickets) is
// presented to the caller by Present() / PresentEvents(), inside the
// transaction of the read, so that the access-log entry of a read outside
// the site's desk commits with it or not at all [T-REPORTER-MASKED]
// [T-REPORTER-AUDITED] [T-PHONE-SEARCH-AUDITED].
//
//   ReporterAccess access(call.who, "GetTicket", now);
//   return access.Read(services_.db, {site_id}, [&](db::Tx& tx) {
//     ...; return access.Present(tx, {&ticket});
//   });
#ifndef FRONTDESK_SERVER_TICKET_REPORTER_ACCESS_H_
#define FRONTDESK_SERVER_TICKET_REPORTER_ACCESS_H_

#include <google/protobuf/message.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "common/principal.h"
#include "db/database.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/ticket/reporter_rules.h"

namespace frontdesk {

class ReporterAccess {
 public:
  // `method` names the RPC in the access log ("GetTicket"; a
  // "TicketService." prefix is dropped). `who` must outlive this object.
  ReporterAccess(const Principal& who, absl::string_view method,
                 absl::Time now);

  // Runs `read` on `db` for tickets of `site_ids` (empty: every site): in a
  // transaction when it may write an access-log entry (the caller is not at
  // the desk of every one of those sites, or `searched` is set: a phone
  // search across sites), else as a plain read.
  absl::Status Read(db::Database& db, const std::vector<std::string>& site_ids,
                    const std::function<absl::Status(db::Tx&)>& read,
                    bool searched = false) const;

  // Masks the reporter of each ticket the caller may not see in clear, and
  // logs (one entry per site and reason) those shown in clear to someone
  // outside the site's desk. `search_reason` non-empty (a phone search
  // across sites): every ticket found is logged with it, masked or not.
  // UNAVAILABLE and the like when the log cannot be written: no log, no
  // read.
  absl::Status Present(db::Tx& tx, const std::vector<v1::Ticket*>& tickets,
                       absl::string_view search_reason = "") const;

  // The same for history entries: the reporter's values in their changes
  // are masked, or shown and logged (one entry per site and reason, naming
  // the tickets), as for the ticket itself.
  absl::Status PresentEvents(db::Tx& tx,
                             const std::vector<v1::TicketEvent*>& events) const;

  // Whether showing `events` to the caller may log a read: some of them
  // hold reporter values of a site whose desk the caller is not at. The
  // live feed presents a batch in a transaction only then.
  bool MayAudit(const std::vector<v1::TicketEvent>& events) const;

  // Present() of whatever a TicketService method answers: a Ticket, a
  // ListTicketsResponse, a TicketEvent or a ListTicketEventsResponse; other
  // messages hold no reporter. The `present` of RunIdempotent
  // (server/idempotent.h), so that a replayed response is presented to its
  // caller as a fresh one is.
  absl::Status PresentResponse(db::Tx& tx,
                               google::protobuf::Message* response) const;

 private:
  // The sight of the caller on each of `tickets` (site id, ticket id).
  absl::StatusOr<std::map<long long, ReporterSight>> SightsOn(
      db::Tx& tx,
      const std::vector<std::pair<std::string, long long>>& tickets) const;
  // Appends the access-log entries of `audited`: (site, reason) -> names.
  absl::Status Log(db::Tx& tx,
                   const std::map<std::pair<std::string, std::string>,
                                  std::vector<std::string>>& audited) const;

  const Principal& who_;
  std::string method_;
  long long now_us_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_REPORTER_ACCESS_H_
