#include "server/report/indicators.h"

#include <algorithm>

namespace frontdesk {

v1::RateMetric Rate(long long numerator, long long denominator, double target,
                    v1::RateMetric::Direction direction) {
  v1::RateMetric m;
  m.set_numerator(numerator);
  m.set_denominator(denominator);
  m.set_target(target);
  m.set_direction(direction);
  if (denominator <= 0) {
    m.set_no_data(true);
    return m;
  }
  const double rate = static_cast<double>(numerator) / denominator;
  m.set_rate(rate);
  switch (direction) {
    case v1::RateMetric::AT_LEAST:
      // Exact for the usual targets: 98/100 against 1.0 is not met.
      m.set_met(numerator >= target * denominator - 1e-9);
      break;
    case v1::RateMetric::BELOW:
      m.set_met(rate < target);
      break;
    default:
      m.set_met(false);
  }
  return m;
}

v1::RateMetric AddRates(const v1::RateMetric& a, const v1::RateMetric& b) {
  const v1::RateMetric& shape =
      a.direction() != v1::RateMetric::DIRECTION_UNSPECIFIED || a.target() != 0
          ? a
          : b;
  return Rate(a.numerator() + b.numerator(), a.denominator() + b.denominator(),
              shape.target(), shape.direction());
}

absl::Duration Median(std::vector<absl::Duration>& values) {
  if (values.empty()) return absl::ZeroDuration();
  auto middle = values.begin() + (values.size() - 1) / 2;
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace frontdesk
