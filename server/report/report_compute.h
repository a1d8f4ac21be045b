// How every report is computed from its request: the sites of its `site`
// (report_sites.h), the period from the sites' today, one report per site
// in one read transaction (one snapshot), and for "sites/-" their sum with
// each site under by_site.
#ifndef FRONTDESK_SERVER_REPORT_REPORT_COMPUTE_H_
#define FRONTDESK_SERVER_REPORT_REPORT_COMPUTE_H_

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "server/call.h"
#include "server/report/report_sites.h"
#include "server/services.h"

namespace frontdesk {

// Runs `of_site` for each site of `request_site` over the period `resolve`
// gives from the sites' today, in one read transaction, and for "sites/-"
// adds them with `add` under a "sites/-" scope.
template <typename Report, typename Resolve, typename OfSite, typename Add>
absl::Status Compute(ServiceContext& services, const Call& call,
                     const std::string& request_site, Resolve resolve,
                     OfSite of_site, Add add, Report* response) {
  const absl::Time now = services.clock.Now();
  return services.db.Transact([&](db::Tx& tx) -> absl::Status {
    auto sites = ResolveReportSites(tx, call, "site", request_site, now);
    if (!sites.ok()) return sites.status();
    auto days = resolve(sites->sites.empty()
                            ? absl::ToCivilDay(now, absl::UTCTimeZone())
                            : sites->today());
    if (!days.ok()) return days.status();
    Report total;
    bool partial = false;
    for (const ReportSite& site : sites->sites) {
      auto one = of_site(tx, site, *days, now);
      if (!one.ok()) return one.status();
      if (!sites->all) {
        *response = *std::move(one);
        return absl::OkStatus();
      }
      partial = partial || one->scope().partial();
      add(*one, &total);
      *total.add_by_site() = *std::move(one);
    }
    *total.mutable_scope() = ScopeOf(nullptr, *days, partial, now);
    *response = std::move(total);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_COMPUTE_H_
