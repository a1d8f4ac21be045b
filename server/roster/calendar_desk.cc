#include "server/roster/calendar_desk.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/roster/calendar_store.h"
#include "server/idempotent.h"
#include "server/roster/date_bounds.h"
#include "server/roster/working_days.h"

namespace frontdesk {
namespace {

constexpr int kMaxListDays = 400;

struct DayRef {
  std::string site_id;
  absl::CivilDay date;
};

absl::StatusOr<DayRef> ParseDayName(absl::string_view field,
                                    absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  DayRef ref;
  absl::CivilDay day;
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "calendarDays" ||
      !CheckSiteId(field, parts[1]).ok() || parts[3].size() != 10 ||
      !absl::ParseCivilTime(parts[3], &day) ||
      absl::FormatCivilTime(day) != parts[3]) {
    return InvalidField(field,
                        "must be \"sites/{site}/calendarDays/{yyyy-mm-dd}\" "
                        "with a date that exists");
  }
  ref.site_id = std::string(parts[1]);
  ref.date = day;
  return ref;
}

absl::Status NotFound(const DayRef& ref) {
  return Error(absl::StatusCode::kNotFound, "CALENDAR_DAY_NOT_FOUND",
               absl::StrCat(absl::FormatCivilTime(ref.date),
                            " is not in the calendar of sites/", ref.site_id,
                            ": it is what its weekday says"));
}

// The day as stored, or nullopt.
absl::StatusOr<std::optional<db::CalendarDayRow>> FindDay(db::Tx& tx,
                                                          const DayRef& ref) {
  auto days = db::ListCalendarDays(tx, ref.site_id, ref.date, ref.date);
  if (!days.ok()) return days.status();
  if (days->empty()) return std::optional<db::CalendarDayRow>();
  return std::optional<db::CalendarDayRow>(days->front());
}

// Whether the calendar with `row` set is still one (working_days.h): each
// day is judged alone (a make-up working day must be a weekend day).
absl::Status CheckStillACalendar(const db::CalendarDayRow& row) {
  const db::WorkingCalendarDays lists = db::WorkingDaysOf({row});
  auto calendar =
      WorkingCalendar::Create(lists.holidays, lists.make_up_working_days);
  if (!calendar.ok()) {
    return InvalidField("calendar_day.kind",
                        "MAKEUP_WORKDAY is for a Saturday or Sunday (a "
                        "weekday is a working day anyway)");
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CalendarDesk::ListCalendarDays(
    const Call& /*call*/, const v1::ListCalendarDaysRequest& request,
    v1::ListCalendarDaysResponse* response) {
  auto site = ParseSiteName("parent", request.parent());
  if (!site.ok()) return site.status();
  static const auto* schema = new FilterSchema{{"date", {FilterField::kDate}}};
  auto terms = ParseFilter(request.filter(), *schema);
  if (!terms.ok()) return terms.status();
  auto bounds = DateBoundsOf(*terms);
  if (!bounds.ok()) return bounds.status();
  const std::optional<absl::CivilDay>& first = bounds->first;
  const std::optional<absl::CivilDay>& last = bounds->last;
  if (!first || !last || *last < *first || *last - *first >= kMaxListDays) {
    return InvalidField(
        "filter", absl::StrCat("must bound the dates, at most ", kMaxListDays,
                               " days: date >= \"YYYY-MM-DD\" AND date <= "
                               "\"YYYY-MM-DD\""));
  }
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto days = db::ListCalendarDays(tx, *site, *first, *last);
    if (!days.ok()) return days.status();
    for (const auto& day : *days) {
      *response->add_calendar_days() = day.ToProto(*site);
    }
    return absl::OkStatus();
  });
}

absl::Status CalendarDesk::UpdateCalendarDay(
    const Call& call, const v1::UpdateCalendarDayRequest& request,
    v1::CalendarDay* response) {
  const v1::CalendarDay& in = request.calendar_day();
  auto ref = ParseDayName("calendar_day.name", in.name());
  Violations v;
  v.Merge(ref.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  bool set_kind = request.update_mask().paths().empty();
  bool set_note = set_kind;
  for (const std::string& path : request.update_mask().paths()) {
    if (path == "kind") {
      set_kind = true;
    } else if (path == "note") {
      set_note = true;
    } else {
      v.Add("update_mask", absl::StrCat("\"", path, "\" cannot be changed"));
    }
  }
  if (set_kind && in.kind() != v1::CalendarDay::HOLIDAY &&
      in.kind() != v1::CalendarDay::MAKEUP_WORKDAY) {
    v.Add("calendar_day.kind", "must be HOLIDAY or MAKEUP_WORKDAY");
  }
  if (set_note && Utf8Length(in.note()) > 200) {
    v.Add("calendar_day.note", "must be at most 200 characters");
  }
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateCalendarDay", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current = FindDay(tx, *ref);
        if (!current.ok()) return current.status();
        if (!*current && !request.allow_missing()) return NotFound(*ref);
        db::CalendarDayRow row;
        if (*current) row = **current;
        row.date = ref->date;
        if (set_kind) row.kind = in.kind();
        if (set_note) row.note = in.note();
        if (row.kind == v1::CalendarDay::KIND_UNSPECIFIED) {
          return InvalidField("calendar_day.kind",
                              "must be HOLIDAY or MAKEUP_WORKDAY");
        }
        if (absl::Status s = CheckStillACalendar(row); !s.ok()) {
          return s;
        }
        const long long now_us = ToMicros(services_.clock.Now());
        if (absl::Status s = db::SetCalendarDays(tx, ref->site_id, {row},
                                                 call.who.staff_id, now_us);
            !s.ok()) {
          return s;
        }
        auto saved = FindDay(tx, *ref);
        if (!saved.ok()) return saved.status();
        out->CopyFrom((*saved)->ToProto(ref->site_id));
        return absl::OkStatus();
      });
}

absl::Status CalendarDesk::DeleteCalendarDay(
    const Call& call, const v1::DeleteCalendarDayRequest& request,
    v1::CalendarDay* response) {
  auto ref = ParseDayName("name", request.name());
  Violations v;
  v.Merge(ref.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "DeleteCalendarDay", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current = FindDay(tx, *ref);
        if (!current.ok()) return current.status();
        if (!*current) return NotFound(*ref);
        auto cleared =
            db::ClearCalendarDays(tx, ref->site_id, ref->date, ref->date);
        if (!cleared.ok()) return cleared.status();
        out->CopyFrom((*current)->ToProto(ref->site_id));
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
