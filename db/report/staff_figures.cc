#include "db/report/staff_figures.h"

#include <soci/soci.h>

#include <functional>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {
namespace {

using v1::DutyAssignment;
using v1::TicketEvent;

constexpr long long kMinuteUs = 60LL * 1000000;
// A record is final (a missing punch becomes an irregularity) this long
// after its scheduled end: attendance.h kAttendanceFinalAfter.
constexpr long long kFinalAfterUs = 4LL * 3600 * 1000000;
constexpr char kStaffPrefix[] = "staff/";

// Runs `sql`, a "SELECT who, COUNT(*) ... GROUP BY who" over the window
// bound as :s, :b and :e, and hands each (who, count) to `add`.
void CountByStaff(
    Tx& tx, const std::string& sql, const ReportWindow& w,
    const std::function<void(const std::string&, long long)>& add) {
  std::string who;
  long long count = 0;
  soci::statement st = (tx.sql.prepare << sql, soci::into(who),
                        soci::into(count), soci::use(w.site_id, "s"),
                        soci::use(w.start_us, "b"), soci::use(w.end_us, "e"));
  st.execute();
  while (st.fetch()) {
    if (!who.empty()) add(who, count);
  }
}

// A work order's assignee is a resource name: only people count, by id.
std::string PersonOf(const std::string& assignee) {
  return absl::StartsWith(assignee, kStaffPrefix)
             ? assignee.substr(sizeof(kStaffPrefix) - 1)
             : std::string();
}

// The duty statuses that were the person's to work (duty_schedule.h
// IsWorking) and those that excuse them (attendance_view.cc ScheduleOf).
std::string Working(const std::string& status) {
  return absl::StrCat(status, " IN (", DutyAssignment::SCHEDULED, ", ",
                      DutyAssignment::ON_DUTY, ", ", DutyAssignment::RELIEVED,
                      ", ", DutyAssignment::COMPLETED, ", ",
                      DutyAssignment::ABSENT, ")");
}
std::string Owed(const std::string& status) {
  return absl::StrCat(status, " NOT IN (", DutyAssignment::SWAPPED_OUT, ", ",
                      DutyAssignment::ON_LEAVE, ")");
}

std::string Sum(const std::string& condition, const std::string& value = "1") {
  return absl::StrCat("SUM(CASE WHEN ", condition, " THEN ", value,
                      " ELSE 0 END)");
}

}  // namespace

absl::StatusOr<std::map<std::string, StaffWorkload>> CountStaffWorkload(
    Tx& tx, const ReportWindow& w) {
  std::map<std::string, StaffWorkload> out;
  auto between = [](const std::string& column) {
    return absl::StrCat(column, " >= :b AND ", column, " < :e");
  };
  // Tickets recorded and slips issued: the history's CREATED and
  // DISPATCHED entries, by their actor (empty for the server's own steps).
  for (TicketEvent::Type type :
       {TicketEvent::CREATED, TicketEvent::DISPATCHED}) {
    CountByStaff(tx,
                 absl::StrCat("SELECT actor, COUNT(*) FROM ticket_events"
                              " WHERE site_id = :s AND type = ",
                              type, " AND ", between("create_time_us"),
                              " GROUP BY actor"),
                 w, [&](const std::string& who, long long n) {
                   (type == TicketEvent::CREATED ? out[who].tickets_recorded
                                                 : out[who].dispatches_made) +=
                       n;
                 });
  }
  CountByStaff(tx,
               absl::StrCat("SELECT caller, COUNT(*) FROM ticket_callbacks"
                            " WHERE site_id = :s AND ",
                            between("create_time_us"), " GROUP BY caller"),
               w, [&](const std::string& who, long long n) {
                 out[who].callbacks_made += n;
               });
  CountByStaff(tx,
               absl::StrCat("SELECT assignee, COUNT(*) FROM work_orders"
                            " WHERE site_id = :s AND ",
                            between("complete_us"),
                            " AND assignee LIKE 'staff/%' GROUP BY assignee"),
               w, [&](const std::string& who, long long n) {
                 const std::string id = PersonOf(who);
                 if (!id.empty()) out[id].work_orders_finished += n;
               });
  // A rework ordered by a callback in the window is charged to whoever
  // was assigned the ticket's work order finished last before the call.
  CountByStaff(
      tx,
      absl::StrCat("SELECT x.who, COUNT(*) FROM (SELECT (SELECT o.assignee"
                   " FROM work_orders o WHERE o.ticket_id = c.ticket_id"
                   " AND o.complete_us IS NOT NULL"
                   " AND o.complete_us <= c.create_time_us"
                   " ORDER BY o.complete_us DESC, o.id DESC LIMIT 1) AS who"
                   " FROM ticket_callbacks c WHERE c.site_id = :s AND ",
                   between("c.create_time_us"),
                   " AND c.rework_order_id IS NOT NULL) x"
                   " WHERE x.who LIKE 'staff/%' GROUP BY x.who"),
      w, [&](const std::string& who, long long n) {
        const std::string id = PersonOf(who);
        if (!id.empty()) out[id].work_orders_reworked += n;
      });
  CountByStaff(
      tx,
      absl::StrCat("SELECT registered_by, COUNT(*) FROM visits"
                   " WHERE site_id = :s AND ",
                   between("check_in_time_us"), " GROUP BY registered_by"),
      w, [&](const std::string& who, long long n) {
        out[who].visits_registered += n;
      });
  CountByStaff(
      tx,
      absl::StrCat("SELECT actor, COUNT(*) FROM key_events"
                   " WHERE site_id = :s AND type IN (",
                   v1::KeyEvent::LENT, ", ", v1::KeyEvent::RETURNED, ") AND ",
                   between("create_time_us"), " GROUP BY actor"),
      w, [&](const std::string& who, long long n) {
        out[who].key_transactions += n;
      });
  // A draft has submit_time_us 0, outside every window.
  CountByStaff(tx,
               absl::StrCat("SELECT written_by, COUNT(*) FROM handovers"
                            " WHERE site_id = :s AND ",
                            between("submit_time_us"), " GROUP BY written_by"),
               w, [&](const std::string& who, long long n) {
                 out[who].handovers_written += n;
               });
  return out;
}

absl::StatusOr<std::map<std::string, StaffAttendance>> CountStaffAttendance(
    Tx& tx, const DutyWindow& w) {
  // The punches, 0 for none (no attendance_records row: no punch yet).
  const std::string in = "COALESCE(r.clock_in_time_us, 0)";
  const std::string out_ = "COALESCE(r.clock_out_time_us, 0)";
  const std::string working = Working("a.status");
  const std::string owed = Owed("a.status");
  // Bound twice, under two names: SOCI binds each name once.
  auto final_at = [](const std::string& now) {
    return absl::StrCat(now, " >= a.end_time_us + ", kFinalAfterUs);
  };
  const std::string div = tx.mysql() ? " DIV " : " / ";
  // attendance.h: minutes are whole minutes cut down, so "1+ minutes
  // after" is a difference of at least one minute.
  const std::string sql = absl::StrCat(
      "SELECT a.staff_id, ", Sum(working), ", ",
      Sum(absl::StrCat(working, " AND ", in, " <> 0 AND ", out_, " <> 0")),
      ", ",
      Sum(absl::StrCat(working, " AND ", in, " <> 0 AND ", out_, " > ", in),
          absl::StrCat(out_, " - ", in)),
      ", ",
      // LATE: clock-in 1+ minutes after the scheduled start.
      Sum(absl::StrCat(owed, " AND ", in, " <> 0 AND ", in,
                       " - a.start_time_us >= ", kMinuteUs)),
      ", ",
      // HANDOVER_ARRIVAL_LATE: not LATE, but 1+ minutes after start minus
      // the arrival lead (every shift starts with a handover).
      Sum(absl::StrCat(owed, " AND ", in, " <> 0 AND ", in,
                       " - a.start_time_us < ", kMinuteUs, " AND ", in,
                       " - a.start_time_us + :lead >= ", kMinuteUs)),
      ", ",
      // EARLY_LEAVE: clock-out 1+ minutes before the scheduled end.
      Sum(absl::StrCat(owed, " AND ", out_, " <> 0 AND a.end_time_us - ", out_,
                       " >= ", kMinuteUs)),
      ", ",
      // ABSENT: final with neither punch.
      Sum(absl::StrCat(owed, " AND ", final_at(":n1"), " AND ", in, " = 0 AND ",
                       out_, " = 0")),
      ", ",
      // MISSED_CLOCK_IN / MISSED_CLOCK_OUT: final with one punch only.
      Sum(absl::StrCat(owed, " AND ", final_at(":n2"), " AND ((", in,
                       " = 0 AND ", out_, " <> 0) OR (", in, " <> 0 AND ", out_,
                       " = 0))")),
      ", ",
      // Overtime: whole minutes clocked out after the scheduled end.
      Sum(absl::StrCat(owed, " AND ", out_, " > a.end_time_us"),
          absl::StrCat("(", out_, " - a.end_time_us)", div, kMinuteUs)),
      " FROM duty_assignments a LEFT JOIN attendance_records r"
      " ON r.duty_assignment_id = a.id"
      " WHERE a.site_id = :s AND a.date_key >= :f AND a.date_key <= :l"
      " AND a.status <> ",
      DutyAssignment::CANCELLED, " GROUP BY a.staff_id");
  std::map<std::string, StaffAttendance> result;
  {
    std::string who;
    long long scheduled = 0, worked = 0, worked_us = 0, late = 0,
              handover_late = 0, early = 0, absent = 0, missed = 0,
              overtime = 0;
    soci::statement st =
        (tx.sql.prepare << sql, soci::into(who), soci::into(scheduled),
         soci::into(worked), soci::into(worked_us), soci::into(late),
         soci::into(handover_late), soci::into(early), soci::into(absent),
         soci::into(missed), soci::into(overtime),
         soci::use(w.handover_lead_us, "lead"), soci::use(w.now_us, "n1"),
         soci::use(w.now_us, "n2"), soci::use(w.site_id, "s"),
         soci::use(w.first_date_key, "f"), soci::use(w.last_date_key, "l"));
    st.execute();
    while (st.fetch()) {
      StaffAttendance& a = result[who];
      a.scheduled_shifts = static_cast<int>(scheduled);
      a.worked_shifts = static_cast<int>(worked);
      a.worked_us = worked_us;
      a.late_count = static_cast<int>(late);
      a.handover_arrival_late_count = static_cast<int>(handover_late);
      a.early_leave_count = static_cast<int>(early);
      a.absence_count = static_cast<int>(absent);
      a.missed_clock_count = static_cast<int>(missed);
      a.overtime_minutes = static_cast<int>(overtime);
    }
  }
  const std::string of_period =
      " a.site_id = :s AND a.date_key >= :f AND a.date_key <= :l"
      " AND a.status <> ";
  {
    std::string who;
    long long count = 0;
    soci::statement st =
        (tx.sql.prepare << absl::StrCat(
             "SELECT a.staff_id, COUNT(*) FROM attendance_corrections c"
             " JOIN duty_assignments a ON a.id = c.duty_assignment_id"
             " WHERE",
             of_period, DutyAssignment::CANCELLED, " AND c.status = ",
             v1::AttendanceCorrection::APPROVED, " GROUP BY a.staff_id"),
         soci::into(who), soci::into(count), soci::use(w.site_id, "s"),
         soci::use(w.first_date_key, "f"), soci::use(w.last_date_key, "l"));
    st.execute();
    while (st.fetch()) result[who].correction_count = static_cast<int>(count);
  }
  {
    // The swaps an assignment came from (origin SWAP) or went to
    // (SWAPPED_OUT): AttendanceSummary.swap_count over the period.
    std::string who;
    long long count = 0;
    soci::statement st =
        (tx.sql.prepare << absl::StrCat(
             "SELECT a.staff_id, COUNT(DISTINCT a.shift_swap_id)"
             " FROM duty_assignments a WHERE",
             of_period, DutyAssignment::CANCELLED,
             " AND a.shift_swap_id <> 0 AND (a.origin = ", DutyAssignment::SWAP,
             " OR a.status = ", DutyAssignment::SWAPPED_OUT,
             ") GROUP BY a.staff_id"),
         soci::into(who), soci::into(count), soci::use(w.site_id, "s"),
         soci::use(w.first_date_key, "f"), soci::use(w.last_date_key, "l"));
    st.execute();
    while (st.fetch()) result[who].swap_count = static_cast<int>(count);
  }
  return result;
}

absl::StatusOr<std::vector<StaffLeaveRow>> ListStaffLeave(
    Tx& tx, const std::string& site_id, long long from_us, long long to_us) {
  StaffLeaveRow row;
  std::vector<StaffLeaveRow> out;
  soci::statement st =
      (tx.sql.prepare << absl::StrCat(
           "SELECT staff_id, status, start_time_us, end_time_us,"
           " return_time_us FROM leave_applications WHERE site_id = :s"
           " AND status IN (",
           v1::LeaveApplication::APPROVED, ", ", v1::LeaveApplication::RETURNED,
           ") AND start_time_us < :t AND end_time_us > :f"
           " ORDER BY staff_id, id"),
       soci::into(row.staff_id), soci::into(row.status),
       soci::into(row.start_us), soci::into(row.end_us),
       soci::into(row.return_us), soci::use(site_id, "s"),
       soci::use(to_us, "t"), soci::use(from_us, "f"));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

}  // namespace frontdesk::db
