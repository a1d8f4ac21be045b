// Helpers of the SLA tests (sla_test.cc, sla_promise_test.cc): a fixed
// creation time, a policy with round numbers, phase names.
#ifndef FRONTDESK_SERVER_TICKET_SLA_TEST_UTIL_H_
#define FRONTDESK_SERVER_TICKET_SLA_TEST_UTIL_H_

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "server/ticket/sla.h"

namespace frontdesk {
namespace sla_test {

inline const absl::Time T0 = absl::FromCivil(
    absl::CivilSecond(2026, 11, 23, 9, 0, 0), absl::UTCTimeZone());

inline absl::Time At(absl::Duration d) { return T0 + d; }

// Round numbers: respond in 2 h (warns 24 min ahead), resolve in 10 h (warns
// 1 h ahead, the cap), call back within 24 h (warns 1 h ahead, the cap).
inline SlaPolicy TestPolicy() {
  SlaPolicy p;
  p.first_response = absl::Hours(2);
  p.resolution = absl::Hours(10);
  p.callback = absl::Hours(24);
  p.warning_before = absl::Hours(1);
  return p;
}

inline SlaTimeline Created() {
  SlaTimeline t;
  t.created = T0;
  return t;
}

inline const char* PhaseName(SlaState::Phase p) {
  switch (p) {
    case SlaState::kOk:
      return "ok";
    case SlaState::kWarning:
      return "warning";
    case SlaState::kBreached:
      return "breached";
  }
  return "?";
}

}  // namespace sla_test
}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_SLA_TEST_UTIL_H_
