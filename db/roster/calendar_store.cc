#include "db/roster/calendar_store.h"

#include <soci/soci.h>

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/row_util.h"
#include "db/roster/date_key.h"

namespace frontdesk::db {
namespace {

std::string FormatDate(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

absl::Status CheckSite(Tx& tx, const std::string& site_id) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(exists);
  if (exists) return absl::OkStatus();
  return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
               absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
}

// Every day is refused or accepted before anything is written.
absl::Status CheckDays(const std::vector<CalendarDayRow>& days) {
  std::set<absl::CivilDay> seen;
  for (size_t i = 0; i < days.size(); ++i) {
    const CalendarDayRow& day = days[i];
    if (day.kind != v1::CalendarDay::HOLIDAY &&
        day.kind != v1::CalendarDay::MAKEUP_WORKDAY) {
      return InvalidField(absl::StrCat("days[", i, "].kind"),
                          "must be HOLIDAY or MAKEUP_WORKDAY");
    }
    if (!seen.insert(day.date).second) {
      return InvalidField(
          absl::StrCat("days[", i, "].date"),
          absl::StrCat(FormatDate(day.date), " is given more than once"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

v1::CalendarDay CalendarDayRow::ToProto(const std::string& site_id) const {
  v1::CalendarDay out;
  out.set_name(
      absl::StrCat(SiteName(site_id), "/calendarDays/", FormatDate(date)));
  out.set_date(FormatDate(date));
  out.set_kind(kind);
  out.set_note(note);
  out.set_updated_by(StaffName(updated_by));
  SetTimestamp(out.mutable_update_time(), update_us);
  return out;
}

absl::Status SetCalendarDays(Tx& tx, const std::string& site_id,
                             const std::vector<CalendarDayRow>& days,
                             const std::string& actor_staff_id,
                             long long now_us) {
  if (absl::Status s = CheckSite(tx, site_id); !s.ok()) return s;
  if (absl::Status s = CheckDays(days); !s.ok()) return s;
  for (const CalendarDayRow& day : days) {
    int key = DateKey(day.date), kind = day.kind;
    // Delete then insert: one statement pair on both backends, where an
    // upsert is spelt differently.
    tx.sql << "DELETE FROM roster_calendar_days"
              " WHERE site_id = :s AND date_key = :d",
        soci::use(site_id), soci::use(key);
    tx.sql << "INSERT INTO roster_calendar_days (site_id, date_key, kind,"
              " note, updated_by, update_time_us)"
              " VALUES (:s, :d, :k, :n, :by, :u)",
        soci::use(site_id), soci::use(key), soci::use(kind),
        soci::use(day.note), soci::use(actor_staff_id), soci::use(now_us);
  }
  return absl::OkStatus();
}

absl::StatusOr<int> ClearCalendarDays(Tx& tx, const std::string& site_id,
                                      absl::CivilDay first,
                                      absl::CivilDay last) {
  if (absl::Status s = CheckSite(tx, site_id); !s.ok()) return s;
  int from = DateKey(first), to = DateKey(last);
  soci::statement st =
      (tx.sql.prepare << "DELETE FROM roster_calendar_days WHERE site_id = :s"
                         " AND date_key >= :f AND date_key <= :t",
       soci::use(site_id), soci::use(from), soci::use(to));
  st.execute(true);
  return static_cast<int>(st.get_affected_rows());
}

absl::StatusOr<std::vector<CalendarDayRow>> ListCalendarDays(
    Tx& tx, const std::string& site_id, absl::CivilDay first,
    absl::CivilDay last) {
  if (absl::Status s = CheckSite(tx, site_id); !s.ok()) return s;
  int from = DateKey(first), to = DateKey(last);
  int key = 0, kind = 0;
  CalendarDayRow row;
  soci::statement st =
      (tx.sql.prepare << "SELECT date_key, kind, note, updated_by,"
                         " update_time_us FROM roster_calendar_days"
                         " WHERE site_id = :s AND date_key >= :f"
                         " AND date_key <= :t ORDER BY date_key",
       soci::use(site_id), soci::use(from), soci::use(to), soci::into(key),
       soci::into(kind), soci::into(row.note), soci::into(row.updated_by),
       soci::into(row.update_us));
  st.execute();
  std::vector<CalendarDayRow> out;
  while (st.fetch()) {
    row.date = DayOfKey(key);
    row.kind = static_cast<v1::CalendarDay::Kind>(kind);
    out.push_back(row);
  }
  return out;
}

WorkingCalendarDays WorkingDaysOf(const std::vector<CalendarDayRow>& days) {
  WorkingCalendarDays out;
  for (const CalendarDayRow& day : days) {
    if (day.kind == v1::CalendarDay::HOLIDAY) out.holidays.push_back(day.date);
    if (day.kind == v1::CalendarDay::MAKEUP_WORKDAY) {
      out.make_up_working_days.push_back(day.date);
    }
  }
  return out;
}

}  // namespace frontdesk::db
