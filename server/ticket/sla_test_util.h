// Helpers of the SLA tests (sla_test.cc, sla_promise_test.cc, whose tests
// live in namespace sla_test): a fixed creation time, a policy with round
// numbers, timelines created then or at a local time, phase names, and the
// row of the tables that walk one deadline across its boundaries.
#ifndef FRONTDESK_SERVER_TICKET_SLA_TEST_UTIL_H_
#define FRONTDESK_SERVER_TICKET_SLA_TEST_UTIL_H_

#include <optional>

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

// A timeline created at the wall-clock time `local` in `tz`.
inline SlaTimeline CreatedAt(absl::CivilSecond local, absl::TimeZone tz) {
  SlaTimeline t;
  t.created = absl::FromCivil(local, tz);
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

// A row of a table of one deadline's boundaries: at `now` (after T0), with
// the event that meets the deadline (the response, the resolution, the
// callback) done at `done` or not yet, the deadline is in `phase` and
// breached or not.
struct BoundaryCase {
  const char* name;
  std::optional<absl::Duration> done;
  absl::Duration now;
  SlaState::Phase phase;
  bool breached;
};

}  // namespace sla_test
}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_SLA_TEST_UTIL_H_
