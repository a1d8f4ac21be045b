#include "server/roster/absence_sweeper.h"

#include <string>
#include <vector>

#include "db/directory/site_store.h"
#include "db/roster/attendance_store.h"
#include "db/roster/duty_assignment_store.h"
#include "server/roster/attendance.h"

namespace frontdesk {
namespace {

// Duties marked per site and pass; the next pass takes the rest.
constexpr int kBatch = 500;

}  // namespace

absl::StatusOr<int> AbsenceSweeper::SweepOnce() {
  const absl::Time now = clock_.Now();
  const long long ended_by_us = ToMicros(now - kAttendanceFinalAfter);
  int marked = 0;
  std::string after;
  while (true) {
    std::vector<v1::Site> sites;
    absl::Status listed = db_.Read([&](db::Tx& tx) -> absl::Status {
      auto page = db::ListSites(tx, after, 100);
      if (!page.ok()) return page.status();
      sites = *std::move(page);
      return absl::OkStatus();
    });
    if (!listed.ok()) return listed;
    if (sites.empty()) break;
    for (const v1::Site& site : sites) {
      const std::string site_id = site.name().substr(6);  // "sites/{id}"
      int in_site = 0;
      absl::Status status = db_.Transact([&](db::Tx& tx) -> absl::Status {
        in_site = 0;
        auto due =
            db::ListUnpunchedScheduledDuties(tx, site_id, ended_by_us, kBatch);
        if (!due.ok()) return due.status();
        for (const db::DutyAssignmentRef& ref : *due) {
          auto duty = db::GetDutyAssignment(tx, ref, true);
          if (!duty.ok()) return duty.status();
          if (duty->status != v1::DutyAssignment::SCHEDULED) continue;
          auto punches = db::FindAttendancePunches(tx, ref.id, true);
          if (!punches.ok()) return punches.status();
          if (punches->has_value()) continue;
          db::DutyAssignmentChange change;
          change.status = v1::DutyAssignment::ABSENT;
          auto changed = db::ChangeDutyAssignment(tx, ref, change,
                                                  duty->version, ToMicros(now));
          if (!changed.ok()) return changed.status();
          ++in_site;
        }
        return absl::OkStatus();
      });
      if (!status.ok()) return status;
      marked += in_site;
      after = site_id;
    }
  }
  return marked;
}

}  // namespace frontdesk
