// The arithmetic every report shares, defined once (docs/metrics.md):
// the version of the definitions, a rate against its target, and medians.
#ifndef FRONTDESK_SERVER_REPORT_INDICATORS_H_
#define FRONTDESK_SERVER_REPORT_INDICATORS_H_

#include <vector>

#include "absl/time/time.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk {

// The version of docs/metrics.md the reports compute; ReportScope.
// definitions_version. Raised whenever a definition there changes.
inline constexpr char kDefinitionsVersion[] = "1";

// A RateMetric: rate = numerator / denominator (0 when the denominator is
// 0), met against `target` in `direction`; no_data (and not met) when the
// denominator is 0.
v1::RateMetric Rate(long long numerator, long long denominator, double target,
                    v1::RateMetric::Direction direction);

// The sum of two rates of the same indicator (e.g. two sites'): numerators
// and denominators add, target and direction are `a`'s (or `b`'s when `a`
// is empty).
v1::RateMetric AddRates(const v1::RateMetric& a, const v1::RateMetric& b);

// The median of `values` (the lower middle one of an even count); zero for
// none. Reorders `values`.
absl::Duration Median(std::vector<absl::Duration>& values);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_INDICATORS_H_
