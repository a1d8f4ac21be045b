#include "server/roster/attendance_correction_desk.h"

#include <google/protobuf/util/time_util.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/roster/attendance_correction_store.h"
#include "db/roster/attendance_store.h"
#include "db/roster/duty_assignment_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/idempotent.h"
#include "server/roster/attendance_names.h"
#include "server/roster/attendance_view.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using Correction = v1::AttendanceCorrection;
using Role = v1::StaffMember;

// Filed within this long after the shift ended.
constexpr absl::Duration kFilingWindow = absl::Hours(72);
// The claimed time lies within [start - 2 h, end + 4 h].
constexpr absl::Duration kClaimBefore = absl::Hours(2);
constexpr absl::Duration kClaimAfter = absl::Hours(4);

int MonthKey(absl::CivilMonth month) {
  return static_cast<int>(month.year() * 100 + month.month());
}

absl::Status CheckSite(absl::string_view value) {
  return ParseSiteName("filter", value).status();
}
absl::Status CheckMonth(absl::string_view value) {
  return ParseMonth("filter", value).status();
}

const FilterSchema& CorrectionFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"site", {FilterField::kString, nullptr, &CheckSite}},
      {"status", {FilterField::kEnum, Correction::Status_descriptor()}},
      {"month", {FilterField::kString, nullptr, &CheckMonth}},
  };
  return *schema;
}

absl::Status WrongState(const db::AttendanceCorrectionRow& row) {
  return Error(
      absl::StatusCode::kFailedPrecondition, "CORRECTION_WRONG_STATE",
      absl::StrCat("the correction is ", Correction::Status_Name(row.status),
                   "; only a PENDING one is decided"),
      {{"rule", "R-ATTENDANCE"},
       {"status", Correction::Status_Name(row.status)}});
}

}  // namespace

absl::Status AttendanceCorrectionDesk::CreateAttendanceCorrection(
    const Call& call, const v1::CreateAttendanceCorrectionRequest& request,
    v1::AttendanceCorrection* response) {
  auto staff = ParseStaffName("parent", request.parent());
  if (!staff.ok()) return staff.status();
  if (*staff != call.who.staff_id) {
    return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                 "a correction is filed by the person for their own record",
                 {{"rule", "R-ATTENDANCE"}});
  }
  const Correction& in = request.attendance_correction();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  auto record = ParseAttendanceRecordName(
      "attendance_correction.attendance_record", in.attendance_record());
  v.Merge(record.status());
  if (record.ok() && record->staff_id != *staff) {
    v.Add("attendance_correction.attendance_record",
          "must be a record of the parent (your own)");
  }
  if (in.kind() != Correction::CLOCK_IN && in.kind() != Correction::CLOCK_OUT) {
    v.Add("attendance_correction.kind", "must be CLOCK_IN or CLOCK_OUT");
  }
  if (!in.has_claimed_time()) {
    v.Add("attendance_correction.claimed_time", "is required");
  }
  v.Merge(CheckText("attendance_correction.reason", in.reason(), 1, 500, true));
  if (!v.empty()) return v.ToStatus();
  const absl::Time claimed =
      FromMicros(TimeUtil::TimestampToMicroseconds(in.claimed_time()));
  return RunIdempotent(
      services_, call.who, "CreateAttendanceCorrection", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const absl::Time now = services_.clock.Now();
        const std::string field = "attendance_correction.attendance_record";
        auto found = db::FindAttendanceAssignment(tx, *staff, record->id);
        if (!found.ok()) return found.status();
        if (!*found) {
          return Error(
              absl::StatusCode::kNotFound, "ATTENDANCE_RECORD_NOT_FOUND",
              absl::StrCat("attendance record \"", in.attendance_record(),
                           "\" does not exist"));
        }
        auto assignment = db::GetDutyAssignment(tx, **found, true);
        if (!assignment.ok()) return assignment.status();
        if (!HasAttendanceRecord(*assignment)) {
          return Error(
              absl::StatusCode::kNotFound, "ATTENDANCE_RECORD_NOT_FOUND",
              absl::StrCat("attendance record \"", in.attendance_record(),
                           "\" does not exist"));
        }
        RosterSites sites(tx);
        auto site = sites.Get(assignment->site_id);
        if (!site.ok()) return site.status();
        const ScheduledDuty duty = ScheduleOf(*assignment);
        if (duty.excused) {
          return InvalidField(field,
                              "the duty was swapped out or on leave: nothing "
                              "is owed");
        }
        auto punches_row = db::FindAttendancePunches(tx, assignment->id);
        if (!punches_row.ok()) return punches_row.status();
        const Punches punches = PunchesOf(*punches_row);
        const bool clock_in = in.kind() == Correction::CLOCK_IN;
        if (clock_in ? punches.clock_in.has_value()
                     : punches.clock_out.has_value()) {
          return InvalidField(field,
                              clock_in ? "the record has a clock-in already"
                                       : "the record has a clock-out already");
        }
        db::AttendanceCorrectionQuery pending;
        pending.duty_assignment_ids = {assignment->id};
        pending.status = Correction::PENDING;
        auto open = db::ListAttendanceCorrections(tx, pending);
        if (!open.ok()) return open.status();
        for (const auto& c : *open) {
          if (c.kind == in.kind()) {
            return InvalidField(
                field, absl::StrCat("a correction of this clock event is "
                                    "pending already: ",
                                    c.name()));
          }
        }
        const absl::CivilMonth month = MonthOf(*assignment);
        if (now > duty.end + kFilingWindow ||
            now >= MonthClosesAt(month, (*site)->zone)) {
          return Error(
              absl::StatusCode::kFailedPrecondition, "CORRECTION_WINDOW_CLOSED",
              "a correction is filed within 3 days after the shift ended and "
              "before the month's summary is final",
              {{"rule", "R-ATTENDANCE"},
               {"attendance_record", in.attendance_record()}});
        }
        const std::string claimed_field = "attendance_correction.claimed_time";
        if (claimed < duty.start - kClaimBefore ||
            claimed > duty.end + kClaimAfter) {
          return InvalidField(claimed_field,
                              "must lie within [scheduled_start - 2 h, "
                              "scheduled_end + 4 h]");
        }
        if (claimed > now) {
          return InvalidField(claimed_field, "must not be in the future");
        }
        if (clock_in && punches.clock_out && claimed >= *punches.clock_out) {
          return InvalidField(claimed_field, "must be before the clock-out");
        }
        if (!clock_in && punches.clock_in && claimed <= *punches.clock_in) {
          return InvalidField(claimed_field, "must be after the clock-in");
        }
        db::AttendanceCorrectionQuery filed;
        filed.staff_id = *staff;
        filed.month_key = MonthKey(month);
        auto before = db::ListAttendanceCorrections(tx, filed);
        if (!before.ok()) return before.status();
        int counted = 0;
        for (const auto& c : *before) {
          if (c.status != Correction::REJECTED) ++counted;
        }
        AttendanceLimits limits;
        limits.max_corrections_per_month =
            (*site)->policy.max_corrections_per_month();
        db::AttendanceCorrectionRow row;
        row.staff_id = *staff;
        row.duty_assignment_id = assignment->id;
        row.site_id = assignment->site_id;
        row.month_key = MonthKey(month);
        row.kind = in.kind();
        row.claimed_us = ToMicros(claimed);
        row.reason = in.reason();
        row.over_limit = CorrectionOverLimit(counted, limits);
        auto inserted = db::InsertAttendanceCorrection(tx, row, ToMicros(now));
        if (!inserted.ok()) return inserted.status();
        out->CopyFrom(inserted->ToProto());
        return absl::OkStatus();
      });
}

absl::Status AttendanceCorrectionDesk::ListAttendanceCorrections(
    const Call& call, const v1::ListAttendanceCorrectionsRequest& request,
    v1::ListAttendanceCorrectionsResponse* response) {
  auto staff = ParseStaffParent("parent", request.parent());
  if (!staff.ok()) return staff.status();
  if (absl::Status s = CheckMayReadAttendanceOf(call.who, *staff, false);
      !s.ok()) {
    return s;
  }
  auto terms = ParseFilter(request.filter(), CorrectionFilterSchema());
  if (!terms.ok()) return terms.status();
  auto page =
      ListPage::Start(services_.page_tokens, call.who.name(),
                      request.page_size(), request.page_token(),
                      absl::StrCat("attendance-corrections|", request.parent(),
                                   "|", CanonicalFilter(*terms)),
                      PageKey::kNumber);
  if (!page.ok()) return page.status();
  db::AttendanceCorrectionQuery query;
  if (*staff != "-") query.staff_id = *staff;
  std::optional<std::string> site;
  for (const FilterTerm& t : *terms) {
    if (t.field == "site") {
      site = *ParseSiteName("filter", t.text);
    } else if (t.field == "status") {
      if (t.op != FilterOp::kEq)
        return InvalidField("filter", "status takes =");
      query.status = static_cast<Correction::Status>(t.number);
    } else if (t.field == "month") {
      query.month_key = MonthKey(*ParseMonth("filter", t.text));
    }
  }
  const bool own = *staff == call.who.staff_id;
  if (site) {
    if (!own && !MayReadAttendance(call.who, "", *site, false)) {
      return AttendanceDenied();
    }
    query.site_ids = {*site};
  } else if (!own) {
    query.site_ids = SitesReadable(call.who, false);
  }
  if (page->after_number() != 0) query.before_id = page->after_number();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    auto rows = db::ListAttendanceCorrections(tx, query);
    if (!rows.ok()) return rows.status();
    response->set_next_page_token(page->NextToken(
        *rows, [](const db::AttendanceCorrectionRow& r) { return r.id; }));
    for (const auto& r : *rows) {
      *response->add_attendance_corrections() = r.ToProto();
    }
    return absl::OkStatus();
  });
}

absl::Status AttendanceCorrectionDesk::ApproveAttendanceCorrection(
    const Call& call, const v1::ApproveAttendanceCorrectionRequest& request,
    v1::AttendanceCorrection* response) {
  if (!request.comment().empty()) {
    if (absl::Status s = CheckText("comment", request.comment(), 1, 500, true);
        !s.ok()) {
      return s;
    }
  }
  return Decide(call, "ApproveAttendanceCorrection", request, request.name(),
                request.etag(), request.request_id(), true, request.comment(),
                response);
}

absl::Status AttendanceCorrectionDesk::RejectAttendanceCorrection(
    const Call& call, const v1::RejectAttendanceCorrectionRequest& request,
    v1::AttendanceCorrection* response) {
  if (absl::Status s = CheckText("comment", request.comment(), 1, 500, true);
      !s.ok()) {
    return s;
  }
  return Decide(call, "RejectAttendanceCorrection", request, request.name(),
                request.etag(), request.request_id(), false, request.comment(),
                response);
}

absl::Status AttendanceCorrectionDesk::Decide(
    const Call& call, const std::string& method,
    const google::protobuf::Message& request, const std::string& name,
    const std::string& etag, const std::string& request_id, bool approve,
    const std::string& comment, v1::AttendanceCorrection* response) {
  Violations v;
  auto ref = ParseAttendanceCorrectionName("name", name);
  v.Merge(ref.status());
  auto expected = ParseEtag("etag", etag);
  v.Merge(expected.status());
  v.Merge(CheckRequestId("request_id", request_id));
  if (!v.empty()) return v.ToStatus();
  if (!call.who.HasRole(Role::SUPERVISOR) && !call.who.HasRole(Role::MANAGER) &&
      !call.who.HasRole(Role::ADMIN)) {
    return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                 "a SUPERVISOR or MANAGER of the record's site decides a "
                 "correction",
                 {{"rule", "R-ATTENDANCE"}});
  }
  if (ref->staff_id == call.who.staff_id) {
    return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
                 "nobody decides their own correction",
                 {{"rule", "R-ATTENDANCE"}});
  }
  return RunIdempotent(
      services_, call.who, method, request, request_id, response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const long long now_us = ToMicros(services_.clock.Now());
        auto row =
            db::GetAttendanceCorrection(tx, ref->staff_id, ref->id, true);
        if (!row.ok()) return row.status();
        if (!SupervisesSite(call.who, row->site_id) &&
            !call.who.HasRole(Role::ADMIN)) {
          return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                       "a SUPERVISOR or MANAGER of the record's site decides "
                       "a correction",
                       {{"rule", "R-ATTENDANCE"}});
        }
        if (*expected >= 0 && *expected != row->version) {
          return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                       "the correction was changed by someone else; read it "
                       "again");
        }
        if (row->status != Correction::PENDING) return WrongState(*row);
        if (approve) {
          auto found = db::FindAttendanceAssignment(tx, row->staff_id,
                                                    row->duty_assignment_id);
          if (!found.ok()) return found.status();
          if (!*found) {
            return Error(absl::StatusCode::kNotFound,
                         "ATTENDANCE_RECORD_NOT_FOUND",
                         "the correction's record does not exist");
          }
          auto assignment = db::GetDutyAssignment(tx, **found, true);
          if (!assignment.ok()) return assignment.status();
          auto existing = db::FindAttendancePunches(tx, assignment->id, true);
          if (!existing.ok()) return existing.status();
          db::AttendancePunchesRow punches;
          long long version = 0;
          if (*existing) {
            punches = **existing;
            version = punches.version;
          } else {
            punches.duty_assignment_id = assignment->id;
            punches.staff_id = assignment->staff_id;
            punches.site_id = assignment->site_id;
          }
          const bool clock_in = row->kind == Correction::CLOCK_IN;
          if (clock_in) {
            punches.clock_in_us = row->claimed_us;
            punches.clock_in_source = v1::AttendanceRecord::CORRECTION;
          } else {
            punches.clock_out_us = row->claimed_us;
            punches.clock_out_source = v1::AttendanceRecord::CORRECTION;
          }
          auto saved = db::SaveAttendancePunches(tx, punches, version, now_us);
          if (!saved.ok()) return saved.status();
          // A clock-out corrected ends the duty; a duty the absence sweep
          // marked ABSENT was worked after all.
          if ((!clock_in &&
               (assignment->status == v1::DutyAssignment::ON_DUTY ||
                assignment->status == v1::DutyAssignment::RELIEVED)) ||
              assignment->status == v1::DutyAssignment::ABSENT) {
            db::DutyAssignmentChange change;
            change.status = v1::DutyAssignment::COMPLETED;
            auto changed = db::ChangeDutyAssignment(
                tx, assignment->ref(), change, assignment->version, now_us);
            if (!changed.ok()) return changed.status();
          }
        }
        auto decided = db::DecideAttendanceCorrection(
            tx, row->staff_id, row->id,
            approve ? Correction::APPROVED : Correction::REJECTED,
            call.who.staff_id, comment, row->version, now_us);
        if (!decided.ok()) return decided.status();
        out->CopyFrom(decided->ToProto());
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
