// frontdesk_generate_roster: loads a year of roster data straight into a
// database (no server) through the db/ stores, for frontdesk_roster_bench's
// ListShifts phases. A program, not a test: it prints figures.
//
//   frontdesk_generate_roster --db mysql://user:pass@127.0.0.1:3306/frontdesk
//       [--sites 50] [--months 12] [--receptionists 6] [--site_prefix ros]
//       [--understaffed_every 40]
//
// Contract:
// - Migrates the database first (db::Migrate), then creates --sites new
//   sites "{prefix}01".. in Asia/Shanghai (FAILED if one exists: pick
//   another --site_prefix), each with --receptionists receptionists
//   "{site}.r1".. and a roster policy: the default plan (day 08:00 and night
//   20:00, 12 h each) with min_headcount 2.
// - For every local day of the --months calendar months ending with the
//   current one (so the current month is complete), materialises both
//   shifts (db::MaterializeShift, instants from server/roster/shift_time.h)
//   and assigns two receptionists to each (db::InsertDutyAssignment,
//   SCHEDULED, PLANNED): the receptionists are in pairs that rotate day ->
//   night -> off, so nobody works two shifts in a row. Every
//   --understaffed_every-th shift gets only one, so the coverage check has
//   something to find.
// - One transaction per site and month. Prints each site's time, then the
//   row counts and the total time.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/names.h"
#include "db/database.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/migrator.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/roster_policy_store.h"
#include "db/roster/shift_store.h"
#include "server/roster/roster_policy.h"
#include "server/roster/shift_time.h"

ABSL_FLAG(std::string, db, "",
          "database to load: mysql://user:pass@host:port/db or sqlite:PATH");
ABSL_FLAG(int, sites, 50, "sites to create");
ABSL_FLAG(int, months, 12, "calendar months of shifts, ending with this one");
ABSL_FLAG(int, receptionists, 6, "receptionists per site (even, >= 4)");
ABSL_FLAG(std::string, site_prefix, "ros",
          "site ids are {prefix}01, {prefix}02, ... (letters, 1..12)");
ABSL_FLAG(int, understaffed_every, 40,
          "every N-th shift gets one receptionist instead of two (0: none)");

namespace frontdesk::bench {
namespace {

void Check(const absl::Status& s, const std::string& what) {
  if (s.ok()) return;
  std::fprintf(stderr, "frontdesk_generate_roster: %s: %s\n", what.c_str(),
               s.ToString().c_str());
  std::exit(1);
}

double Seconds(absl::Duration d) { return absl::ToDoubleSeconds(d); }

int Main() {
  auto config = db::ParseDatabaseUrl("--db", absl::GetFlag(FLAGS_db));
  Check(config.status(), "--db");
  const int sites = absl::GetFlag(FLAGS_sites);
  const int months = absl::GetFlag(FLAGS_months);
  const int receptionists = absl::GetFlag(FLAGS_receptionists);
  const int understaffed_every = absl::GetFlag(FLAGS_understaffed_every);
  if (sites < 1 || sites > 99 || months < 1 || receptionists < 4 ||
      receptionists % 2 != 0) {
    std::fprintf(stderr,
                 "frontdesk_generate_roster: need --sites 1..99, --months "
                 ">= 1, --receptionists even and >= 4\n");
    return 2;
  }
  absl::TimeZone tz;
  if (!absl::LoadTimeZone("Asia/Shanghai", &tz)) {
    Check(absl::InternalError("no zoneinfo for Asia/Shanghai"), "time zone");
  }
  db::Database database(*config, 1);
  const absl::Time t0 = absl::Now();
  auto applied = db::Migrate(database);
  Check(applied.status(), "migrating");
  std::printf("database %s: %zu migration(s) applied\n",
              config->redacted_url.c_str(), applied->size());

  const long long now_us = ToMicros(absl::Now());
  const absl::CivilMonth this_month = absl::ToCivilMonth(absl::Now(), tz);
  const absl::CivilDay first(this_month - (months - 1));
  const absl::CivilDay end_day(this_month + 1);  // exclusive
  std::printf(
      "%d sites × %d receptionists, shifts %s .. %s (Asia/Shanghai), "
      "day/night, 2 per shift\n",
      sites, receptionists, FormatLocalDate(first).c_str(),
      FormatLocalDate(end_day - 1).c_str());

  v1::RosterPolicy policy = DefaultRosterPolicy();
  for (auto& shift : *policy.mutable_shifts()) shift.set_min_headcount(2);
  std::vector<ShiftPattern> patterns;
  for (const auto& shift : policy.shifts()) {
    auto pattern = PatternOf(shift, "shift");
    Check(pattern.status(), "default plan");
    patterns.push_back(*pattern);
  }
  const int pairs = receptionists / 2;

  const absl::Time load_t0 = absl::Now();
  long long shifts = 0, assignments = 0, understaffed = 0;
  for (int s = 0; s < sites; ++s) {
    const absl::Time site_t0 = absl::Now();
    const std::string site_id =
        absl::StrFormat("%s%02d", absl::GetFlag(FLAGS_site_prefix), s + 1);
    Check(database.Transact([&](db::Tx& tx) -> absl::Status {
      v1::Site site;
      site.set_name(SiteName(site_id));
      site.set_display_name(absl::StrCat("排班小区", s + 1));
      site.set_time_zone("Asia/Shanghai");
      auto created = db::CreateSite(tx, site_id, site, now_us);
      if (!created.ok()) return created.status();
      for (int r = 1; r <= receptionists; ++r) {
        v1::StaffMember staff;
        staff.set_display_name(absl::StrCat("前台", s + 1, "-", r));
        staff.add_roles(v1::StaffMember::RECEPTIONIST);
        staff.add_sites(SiteName(site_id));
        auto member = db::CreateStaffMember(tx, absl::StrCat(site_id, ".r", r),
                                            staff, now_us);
        if (!member.ok()) return member.status();
      }
      return db::SaveRosterPolicy(tx, site_id, policy, 0, now_us).status();
    }),
          absl::StrCat("creating site ", site_id,
                       " (already loaded? use another --site_prefix)"));
    for (absl::CivilMonth m(first); m < absl::CivilMonth(end_day); ++m) {
      Check(database.Transact([&](db::Tx& tx) -> absl::Status {
        for (absl::CivilDay d(m); d < absl::CivilDay(m + 1); ++d) {
          const long long day_index = d - first;
          for (int k = 0; k < policy.shifts_size(); ++k) {
            db::ShiftRow row;
            row.site_id = site_id;
            row.date = d;
            row.definition = policy.shifts(k);
            ShiftInstants at = InstantsOn(patterns[k], d, tz);
            row.start_us = ToMicros(at.start);
            row.end_us = ToMicros(at.end);
            auto shift = db::MaterializeShift(tx, row, now_us);
            if (!shift.ok()) return shift.status();
            ++shifts;
            // Pairs rotate day -> night -> off (k 0 is day, 1 night).
            const int pair = static_cast<int>((day_index + pairs - k) % pairs);
            int heads = 2;
            if (understaffed_every > 0 &&
                (day_index * 2 + k + s * 7) % understaffed_every == 0) {
              heads = 1;
              ++understaffed;
            }
            for (int h = 0; h < heads; ++h) {
              db::DutyAssignmentRow a;
              a.site_id = site_id;
              a.date = d;
              a.definition_id = row.definition.id();
              a.staff_id = absl::StrCat(site_id, ".r", pair * 2 + h + 1);
              a.status = v1::DutyAssignment::SCHEDULED;
              a.origin = v1::DutyAssignment::PLANNED;
              a.created_by = "generator";
              auto inserted = db::InsertDutyAssignment(tx, a, now_us);
              if (!inserted.ok()) return inserted.status();
              ++assignments;
            }
          }
        }
        return absl::OkStatus();
      }),
            absl::StrCat("loading ", site_id));
    }
    std::printf("  %s: %.1f s\n", site_id.c_str(),
                Seconds(absl::Now() - site_t0));
    std::fflush(stdout);
  }
  const double load = Seconds(absl::Now() - load_t0);
  std::printf(
      "loaded %d sites, %lld shifts (%lld understaffed), %lld duty "
      "assignments in %.1f s (%.0f rows/s); total with migrations %.1f s\n",
      sites, shifts, understaffed, assignments, load,
      (shifts + assignments) / std::max(load, 1e-3), Seconds(absl::Now() - t0));
  return 0;
}

}  // namespace
}  // namespace frontdesk::bench

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "loads a year of shifts and duty assignments into a database.\n"
      "  frontdesk_generate_roster --db URL [--sites N] [--months N]");
  absl::ParseCommandLine(argc, argv);
  return frontdesk::bench::Main();
}
