// The sites a report covers and the instants it reads, from the request's
// `site` ("sites/{site}" or "sites/-") and the caller [REP-PERIODS]
// [D-SITE-SCOPE].
//
// - "sites/{site}": that site (the permission check has already judged the
//   caller there); NOT_FOUND (SITE_NOT_FOUND) when it does not exist.
// - "sites/-": every site where the caller holds a role the method allows
//   (every site for ADMIN or a company-wide grant), ordered by id.
// - anything else: INVALID_ARGUMENT naming `field`.
// Each site comes with its zone (UTC when its zone does not load) and its
// today at `now`.
#ifndef FRONTDESK_SERVER_REPORT_REPORT_SITES_H_
#define FRONTDESK_SERVER_REPORT_REPORT_SITES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "db/report/report_window.h"
#include "frontdesk/v1/report_service.pb.h"
#include "server/call.h"
#include "server/report/report_period.h"

namespace frontdesk {

struct ReportSite {
  std::string id;
  std::string display_name;
  std::string time_zone;
  absl::TimeZone zone;
  absl::CivilDay today;
};

struct ReportSites {
  bool all = false;  // "sites/-"
  std::vector<ReportSite> sites;
  // The earliest today of the sites: named periods default from it, so a
  // default period has ended at every site.
  absl::CivilDay today() const;
};

absl::StatusOr<ReportSites> ResolveReportSites(db::Tx& tx, const Call& call,
                                               absl::string_view field,
                                               absl::string_view site,
                                               absl::Time now);

// The window of `days` at `site`: its instants in the site's zone, judged
// as at the period's last instant or `now`, whichever is earlier.
db::ReportWindow WindowOf(const ReportSite& site, const ReportDays& days,
                          absl::Time now);

// The scope header of a report on `days` at `site` (or, for `all`, at
// "sites/-", without the site's name and zone).
v1::ReportScope ScopeOf(const ReportSite* site, const ReportDays& days,
                        bool partial, absl::Time now);

// The local date ("YYYY-MM-DD") of a 15-minute bucket (db/report/
// report_window.h) in `zone`.
std::string BucketDate(long long bucket, absl::TimeZone zone);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_SITES_H_
