// The absence sweep (旷工) [R-ATTENDANCE]: an attendance record is judged at
// read time (attendance_view.h), so its irregularities and `final` never
// wait for this; what the sweep adds is the duty's own status. Every
// SCHEDULED assignment whose record became final (scheduled_end + 4 h)
// without any punch or approved correction becomes ABSENT
// (DutyAssignment.ABSENT). Swapped-out, on-leave and cancelled duties are
// not SCHEDULED, so they are never marked.
//
// One transaction per site pass, each duty locked and changed under its
// version: safe with several servers (a duty changed meanwhile is left for
// the next pass), and idempotent. frontdeskd runs it every
// --sweep_interval (main.cc).
#ifndef FRONTDESK_SERVER_ROSTER_ABSENCE_SWEEPER_H_
#define FRONTDESK_SERVER_ROSTER_ABSENCE_SWEEPER_H_

#include "absl/status/statusor.h"
#include "common/clock.h"
#include "db/database.h"

namespace frontdesk {

class AbsenceSweeper {
 public:
  AbsenceSweeper(db::Database& db, const Clock& clock)
      : db_(db), clock_(clock) {}

  // One pass over every site; how many duties it marked ABSENT.
  absl::StatusOr<int> SweepOnce();

 private:
  db::Database& db_;
  const Clock& clock_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ABSENCE_SWEEPER_H_
