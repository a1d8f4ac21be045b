#include "server/retention_sweeper.h"

#include <string>
#include <vector>

#include "common/retention.h"
#include "db/directory/site_store.h"
#include "db/ticket/ticket_store.h"
#include "db/visitor/key_store.h"
#include "db/visitor/visit_store.h"
#include "db/visitor/visitor_settings_store.h"

namespace frontdesk {

absl::StatusOr<RetentionCounts> RetentionSweeper::SweepOnce() {
  const absl::Time now = clock_.Now();
  RetentionCounts counts;
  std::string after;
  while (true) {
    std::vector<v1::Site> sites;
    absl::Status listed = db_.Read([&](db::Tx& tx) -> absl::Status {
      auto page = db::ListSites(tx, after, 100);
      if (!page.ok()) return page.status();
      sites = *std::move(page);
      return absl::OkStatus();
    });
    if (!listed.ok()) return listed;
    if (sites.empty()) break;
    for (const v1::Site& site : sites) {
      std::string site_id = site.name().substr(6);  // "sites/{id}"
      absl::Status status = db_.Transact([&](db::Tx& tx) -> absl::Status {
        auto settings = db::GetVisitorSettings(tx, site_id);
        if (!settings.ok()) return settings.status();
        long long cutoff =
            ToMicros(now - absl::Hours(24) * settings->retention_days);
        auto purged =
            db::PurgeVisitorPersonalData(tx, site_id, cutoff, ToMicros(now));
        if (!purged.ok()) return purged.status();
        counts.visits += purged->visits;
        counts.refusals += purged->refusals;
        counts.alerts += purged->alerts;
        counts.passes += purged->passes;
        auto key_events =
            db::PurgeKeyLoanPersonalData(tx, site_id, cutoff, ToMicros(now));
        if (!key_events.ok()) return key_events.status();
        counts.key_events += *key_events;
        auto tickets =
            db::EraseTicketReporters(tx, site_id,
                                     ToMicros(TicketRetentionCutoff(
                                         now, settings->ticket_retention_days)),
                                     ToMicros(now));
        if (!tickets.ok()) return tickets.status();
        counts.tickets += tickets->tickets;
        counts.ticket_events += tickets->events;
        return absl::OkStatus();
      });
      if (!status.ok()) return status;
      after = site_id;
    }
  }
  return counts;
}

}  // namespace frontdesk
