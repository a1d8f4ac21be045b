// What a report query is asked about: one site's records in [start_us,
// end_us), judged as they stood at as_of_us (the period's last instant, or
// now for a period that has not ended). Times in microseconds since the
// epoch.
//
// Daily series come back in 15-minute buckets (time_us / kBucketUs): every
// zone offset in use is a whole number of quarter hours, so a bucket never
// straddles a site's local midnight and the server folds buckets into local
// days without the database knowing any zone.
#ifndef FRONTDESK_DB_REPORT_REPORT_WINDOW_H_
#define FRONTDESK_DB_REPORT_REPORT_WINDOW_H_

#include <string>

namespace frontdesk::db {

inline constexpr long long kBucketUs = 15LL * 60 * 1000000;

struct ReportWindow {
  std::string site_id;
  long long start_us = 0;
  long long end_us = 0;
  long long as_of_us = 0;
};

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_REPORT_WINDOW_H_
