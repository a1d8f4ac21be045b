#include "server/roster/clock_desk.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/roster/attendance_store.h"
#include "db/roster/duty_assignment_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/idempotent.h"
#include "server/roster/attendance_view.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;
using Status = v1::DutyAssignment;
using Source = v1::AttendanceRecord;

// How early a duty may be clocked in, and how long after its start a duty
// may still be clocked out.
constexpr absl::Duration kClockInEarliest = absl::Hours(2);
constexpr absl::Duration kClockOutLatest = absl::Hours(48);

absl::Status Denied(absl::string_view message) {
  return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
               message, {{"rule", "R-ROLES"}});
}

// Who the clock event is for and how it is recorded.
struct Clocker {
  std::string site_id;
  std::string staff_id;
  Source::Source source = Source::SELF;
};

absl::StatusOr<Clocker> ParseClocker(const Call& call,
                                     const std::string& site_name,
                                     const std::string& staff_name,
                                     const std::string& override_reason,
                                     bool clock_out) {
  Violations v;
  auto site = ParseSiteName("site", site_name);
  v.Merge(site.status());
  std::optional<std::string> staff;
  if (!staff_name.empty()) {
    auto parsed = ParseStaffName("staff", staff_name);
    v.Merge(parsed.status());
    if (parsed.ok()) staff = *parsed;
  }
  if (!override_reason.empty()) {
    v.Merge(CheckText("override_reason", override_reason, 1, 500));
  }
  if (!v.empty()) return v.ToStatus();
  Clocker out;
  out.site_id = *site;
  out.staff_id = staff.value_or(call.who.staff_id);
  const bool someone_else = out.staff_id != call.who.staff_id;
  if (!override_reason.empty()) {
    if (!clock_out) return InvalidField("override_reason", "ClockOut only");
    if (!SupervisesSite(call.who, out.site_id)) {
      return Denied(
          "only a SUPERVISOR or MANAGER of the site clocks a person out with "
          "override_reason");
    }
    if (!someone_else) {
      return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
                   "a supervisor does not override their own clock-out",
                   {{"rule", "R-RELIEF-FIRST"}});
    }
    out.source = Source::SUPERVISOR;
    return out;
  }
  if (someone_else) {
    if (!call.who.HasRoleAt(Role::CLOCK_TERMINAL, out.site_id)) {
      return Denied(
          "only the site's CLOCK_TERMINAL clocks someone else in or out; a "
          "supervisor clocks a person out with override_reason");
    }
    out.source = Source::TERMINAL;
    return out;
  }
  if (call.who.HasRole(Role::CLOCK_TERMINAL) && staff_name.empty()) {
    return InvalidField("staff", "a clock terminal names the person");
  }
  return out;
}

// Writes a punch onto the record of `assignment`.
absl::Status SavePunch(db::Tx& tx, const db::DutyAssignmentRow& assignment,
                       bool clock_out, long long at_us, Source::Source source,
                       const std::string& override_reason,
                       const std::string& overridden_by, long long now_us) {
  auto existing = db::FindAttendancePunches(tx, assignment.id, true);
  if (!existing.ok()) return existing.status();
  db::AttendancePunchesRow row;
  long long version = 0;
  if (*existing) {
    row = **existing;
    version = row.version;
  } else {
    row.duty_assignment_id = assignment.id;
    row.staff_id = assignment.staff_id;
    row.site_id = assignment.site_id;
  }
  if (clock_out) {
    row.clock_out_us = at_us;
    row.clock_out_source = source;
    row.override_reason = override_reason;
    row.overridden_by = overridden_by;
  } else {
    row.clock_in_us = at_us;
    row.clock_in_source = source;
  }
  auto saved = db::SaveAttendancePunches(tx, row, version, now_us);
  return saved.status();
}

absl::Status Respond(db::Tx& tx, const db::DutyAssignmentRow& assignment,
                     absl::Time now, google::protobuf::Message* out) {
  RosterSites sites(tx);
  auto loaded = LoadAttendance(tx, sites, {assignment}, now);
  if (!loaded.ok()) return loaded.status();
  out->CopyFrom(RecordToProto(loaded->front()));
  return absl::OkStatus();
}

}  // namespace

absl::Status ClockDesk::ClockIn(const Call& call,
                                const v1::ClockInRequest& request,
                                v1::AttendanceRecord* response) {
  auto who = ParseClocker(call, request.site(), request.staff(), "", false);
  if (!who.ok()) return who.status();
  if (absl::Status s = CheckRequestId("request_id", request.request_id());
      !s.ok()) {
    return s;
  }
  return RunIdempotent(
      services_, call.who, "ClockIn", request, request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const absl::Time now = services_.clock.Now();
        const long long now_us = ToMicros(now);
        auto site = LoadRosterSite(tx, who->site_id);
        if (!site.ok()) return site.status();
        // Duties whose window [start - 2 h, end) contains now.
        auto duties = db::ListStaffDutyAssignments(
            tx, who->staff_id, now_us, ToMicros(now + kClockInEarliest) + 1);
        if (!duties.ok()) return duties.status();
        std::optional<db::DutyAssignmentRow> scheduled;
        bool clocked_in = false;
        for (const db::DutyAssignmentRow& d : *duties) {
          if (d.site_id != who->site_id) continue;
          if (d.start_us > ToMicros(now + kClockInEarliest)) continue;
          if (d.status == Status::SCHEDULED && d.clock_in_us == 0) {
            if (!scheduled) scheduled = d;
          } else if (d.clock_in_us != 0) {
            clocked_in = true;
          }
        }
        if (!scheduled) {
          if (clocked_in) {
            return Error(
                absl::StatusCode::kFailedPrecondition, "ALREADY_CLOCKED_IN",
                "already clocked in on this duty", {{"rule", "R-ATTENDANCE"}});
          }
          return Error(
              absl::StatusCode::kFailedPrecondition, "NO_DUTY_ASSIGNMENT",
              absl::StrCat(StaffName(who->staff_id),
                           " has no scheduled duty at ", SiteName(who->site_id),
                           " starting within 2 hours: nobody covers a post "
                           "unofficially (不得擅自代班)"),
              {{"rule", "R-NO-UNOFFICIAL-COVER"},
               {"staff", StaffName(who->staff_id)}});
        }
        // Lock the duty: a second clock-in (another server) waits and sees
        // it ON_DUTY.
        auto locked = db::GetDutyAssignment(tx, scheduled->ref(), true);
        if (!locked.ok()) return locked.status();
        if (locked->status != Status::SCHEDULED || locked->clock_in_us != 0) {
          return Error(absl::StatusCode::kFailedPrecondition,
                       "ALREADY_CLOCKED_IN", "already clocked in on this duty",
                       {{"rule", "R-ATTENDANCE"}});
        }
        auto punches = db::FindAttendancePunches(tx, locked->id, true);
        if (!punches.ok()) return punches.status();
        if (*punches && (*punches)->clock_in_us != 0) {
          return Error(absl::StatusCode::kFailedPrecondition,
                       "ALREADY_CLOCKED_IN",
                       "the duty's clock-in is recorded already",
                       {{"rule", "R-ATTENDANCE"}});
        }
        db::DutyAssignmentChange change;
        change.status = Status::ON_DUTY;
        change.clock_in_us = now_us;
        auto changed = db::ChangeDutyAssignment(tx, locked->ref(), change,
                                                locked->version, now_us);
        if (!changed.ok()) return changed.status();
        if (absl::Status s = SavePunch(tx, *changed, false, now_us, who->source,
                                       "", "", now_us);
            !s.ok()) {
          return s;
        }
        return Respond(tx, *changed, now, out);
      });
}

absl::Status ClockDesk::ClockOut(const Call& call,
                                 const v1::ClockOutRequest& request,
                                 v1::AttendanceRecord* response) {
  auto who = ParseClocker(call, request.site(), request.staff(),
                          request.override_reason(), true);
  if (!who.ok()) return who.status();
  if (absl::Status s = CheckRequestId("request_id", request.request_id());
      !s.ok()) {
    return s;
  }
  return RunIdempotent(
      services_, call.who, "ClockOut", request, request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const absl::Time now = services_.clock.Now();
        const long long now_us = ToMicros(now);
        auto site = LoadRosterSite(tx, who->site_id);
        if (!site.ok()) return site.status();
        auto duties = db::ListStaffDutyAssignments(
            tx, who->staff_id, ToMicros(now - kClockOutLatest),
            ToMicros(now + kClockInEarliest) + 1);
        if (!duties.ok()) return duties.status();
        std::optional<db::DutyAssignmentRow> on_duty;
        for (const db::DutyAssignmentRow& d : *duties) {
          if (d.site_id != who->site_id || d.clock_in_us == 0) continue;
          if (d.start_us < ToMicros(now - kClockOutLatest)) continue;
          if (d.status != Status::ON_DUTY && d.status != Status::RELIEVED) {
            continue;
          }
          on_duty = d;  // in start order: the latest wins
        }
        if (!on_duty) {
          return Error(
              absl::StatusCode::kFailedPrecondition, "NOT_CLOCKED_IN",
              absl::StrCat(StaffName(who->staff_id), " is not clocked in at ",
                           SiteName(who->site_id)),
              {{"rule", "R-ATTENDANCE"}});
        }
        auto locked = db::GetDutyAssignment(tx, on_duty->ref(), true);
        if (!locked.ok()) return locked.status();
        if (locked->status != Status::ON_DUTY &&
            locked->status != Status::RELIEVED) {
          return Error(absl::StatusCode::kFailedPrecondition, "NOT_CLOCKED_IN",
                       "the duty was clocked out meanwhile",
                       {{"rule", "R-ATTENDANCE"}});
        }
        // 接班人员未上岗,不准下岗: RELIEVED when the handover was accepted or
        // a supervisor released the person.
        if (locked->status == Status::ON_DUTY &&
            who->source != Source::SUPERVISOR) {
          return Error(
              absl::StatusCode::kFailedPrecondition, "RELIEF_NOT_ON_DUTY",
              "the relief has not taken over: the handover must be accepted "
              "(or a supervisor release the person) before clocking out "
              "(接班人员未上岗,不准下岗)",
              {{"rule", "R-RELIEF-FIRST"},
               {"duty_assignment", locked->name()}});
        }
        db::DutyAssignmentChange change;
        change.status = Status::COMPLETED;
        auto changed = db::ChangeDutyAssignment(tx, locked->ref(), change,
                                                locked->version, now_us);
        if (!changed.ok()) return changed.status();
        const bool supervisor = who->source == Source::SUPERVISOR;
        if (absl::Status s =
                SavePunch(tx, *changed, true, now_us, who->source,
                          supervisor ? request.override_reason() : "",
                          supervisor ? call.who.staff_id : "", now_us);
            !s.ok()) {
          return s;
        }
        return Respond(tx, *changed, now, out);
      });
}

}  // namespace frontdesk
