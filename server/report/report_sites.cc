#include "server/report/report_sites.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "server/authorize.h"
#include "server/report/indicators.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

ReportSite SiteOf(const v1::Site& site, absl::Time now) {
  ReportSite out;
  out.id = site.name().substr(std::string("sites/").size());
  out.display_name = site.display_name();
  out.time_zone = site.time_zone();
  if (!absl::LoadTimeZone(site.time_zone(), &out.zone)) {
    out.zone = absl::UTCTimeZone();
  }
  out.today = absl::ToCivilDay(now, out.zone);
  return out;
}

}  // namespace

absl::CivilDay ReportSites::today() const {
  absl::CivilDay earliest = absl::CivilDay::max();
  for (const ReportSite& s : sites) earliest = std::min(earliest, s.today);
  return sites.empty() ? absl::CivilDay() : earliest;
}

absl::StatusOr<ReportSites> ResolveReportSites(db::Tx& tx, const Call& call,
                                               absl::string_view field,
                                               absl::string_view site,
                                               absl::Time now) {
  constexpr absl::string_view kPrefix = "sites/";
  absl::string_view id = site;
  if (!absl::ConsumePrefix(&id, kPrefix) ||
      (id != "-" && !CheckSiteId(field, id).ok())) {
    return InvalidField(field, "must be \"sites/{site}\" or \"sites/-\"");
  }
  ReportSites out;
  if (id != "-") {
    auto found = db::GetSite(tx, std::string(id));
    if (!found.ok()) return found.status();
    out.sites.push_back(SiteOf(*found, now));
    return out;
  }
  out.all = true;
  std::vector<std::string> allowed = SitesOf(call, "-");
  std::string after;
  for (;;) {
    auto page = db::ListSites(tx, after, 500);
    if (!page.ok()) return page.status();
    for (const v1::Site& s : *page) {
      ReportSite r = SiteOf(s, now);
      if (allowed.empty() ||
          std::find(allowed.begin(), allowed.end(), r.id) != allowed.end()) {
        out.sites.push_back(std::move(r));
      }
    }
    if (page->size() < 500) break;
    after = page->back().name().substr(kPrefix.size());
  }
  return out;
}

db::ReportWindow WindowOf(const ReportSite& site, const ReportDays& days,
                          absl::Time now) {
  Instants instants = InstantsOf(days.first, days.last, site.zone);
  db::ReportWindow w;
  w.site_id = site.id;
  w.start_us = ToMicros(instants.start);
  w.end_us = ToMicros(instants.end);
  w.as_of_us = std::min<long long>(w.end_us - 1, ToMicros(now));
  return w;
}

v1::ReportScope ScopeOf(const ReportSite* site, const ReportDays& days,
                        bool partial, absl::Time now) {
  v1::ReportScope scope;
  if (site != nullptr) {
    scope.set_site(absl::StrCat("sites/", site->id));
    scope.set_site_display_name(site->display_name);
    scope.set_time_zone(site->time_zone);
  } else {
    scope.set_site("sites/-");
  }
  scope.mutable_period()->set_start_date(absl::FormatCivilTime(days.first));
  scope.mutable_period()->set_end_date(absl::FormatCivilTime(days.last));
  *scope.mutable_generate_time() =
      TimeUtil::MicrosecondsToTimestamp(ToMicros(now));
  *scope.mutable_data_as_of() = scope.generate_time();
  scope.set_partial(partial);
  scope.set_definitions_version(kDefinitionsVersion);
  return scope;
}

std::string BucketDate(long long bucket, absl::TimeZone zone) {
  return absl::FormatCivilTime(
      absl::ToCivilDay(absl::FromUnixMicros(bucket * db::kBucketUs), zone));
}

}  // namespace frontdesk
