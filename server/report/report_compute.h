// How every report is computed from its request: the sites of its `site`
// (report_sites.h), the period from the sites' today, one report per site
// in one read transaction (one snapshot), and for "sites/-" their sum with
// each site under by_site.
//
// Where and as of when [REP-REPLICA]: on the report database
// (ServiceContext.report_db, a replica) when there is one, else on the
// primary. On a replica the report is computed as of the primary's last
// heartbeat it holds, not as of now: "today", "partial" and every figure
// "at the end" are judged at that instant, and ReportScope.data_as_of says
// which it was, so a replica that fell behind gives older numbers, never
// wrong ones. UNAVAILABLE (REPORT_DB_NO_HEARTBEAT) when the replica holds
// no heartbeat at all.
#ifndef FRONTDESK_SERVER_REPORT_REPORT_COMPUTE_H_
#define FRONTDESK_SERVER_REPORT_REPORT_COMPUTE_H_

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/status.h"
#include "db/database.h"
#include "db/heartbeat_store.h"
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
  const absl::Time generated = services.clock.Now();
  db::Database& database =
      services.report_db != nullptr ? *services.report_db : services.db;
  absl::Status status = database.Transact([&](db::Tx& tx) -> absl::Status {
    absl::Time now = generated;
    if (services.report_db != nullptr) {
      auto beat = db::LastBeat(tx);
      if (!beat.ok()) return beat.status();
      if (*beat == 0) {
        return Error(
            absl::StatusCode::kUnavailable, "REPORT_DB_NO_HEARTBEAT",
            "the report database holds no heartbeat of the primary yet (is "
            "it replicating, and is a frontdeskd writing to the primary?)");
      }
      now = std::min(now, absl::FromUnixMicros(*beat));
    }
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
  if (!status.ok()) return status;
  // ScopeOf dated everything at the report's instant; it was generated now.
  const auto generate_time =
      google::protobuf::util::TimeUtil::MicrosecondsToTimestamp(
          absl::ToUnixMicros(generated));
  *response->mutable_scope()->mutable_generate_time() = generate_time;
  for (auto& site : *response->mutable_by_site()) {
    *site.mutable_scope()->mutable_generate_time() = generate_time;
  }
  return absl::OkStatus();
}

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_COMPUTE_H_
