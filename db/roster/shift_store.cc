#include "db/roster/shift_store.h"

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/roster/date_key.h"

namespace frontdesk::db {
namespace {

constexpr char kShiftColumns[] =
    "SELECT site_id, date_key, definition_id, display_name, kind,"
    " start_local_time, duration_s, min_headcount, start_time_us,"
    " end_time_us, create_time_us FROM roster_shifts";

struct ShiftColumns {
  std::string site_id, definition_id, display_name, start_local_time;
  int date_key = 0, kind = 0, min_headcount = 0;
  long long duration_s = 0, start_us = 0, end_us = 0, create_us = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, site_id, date_key, definition_id, display_name, kind,
                start_local_time, duration_s, min_headcount, start_us, end_us,
                create_us);
  }

  ShiftRow ToRow() const {
    ShiftRow row;
    row.site_id = site_id;
    row.date = DayOfKey(date_key);
    row.definition.set_id(definition_id);
    row.definition.set_display_name(display_name);
    row.definition.set_kind(static_cast<v1::ShiftDefinition::Kind>(kind));
    row.definition.set_start_local_time(start_local_time);
    row.definition.mutable_duration()->set_seconds(duration_s);
    row.definition.set_min_headcount(min_headcount);
    row.start_us = start_us;
    row.end_us = end_us;
    row.create_us = create_us;
    return row;
  }
};

absl::Status CheckSite(Tx& tx, const std::string& site_id) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(exists);
  if (exists) return absl::OkStatus();
  return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
               absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
}

}  // namespace

std::string ShiftName(const std::string& site_id, absl::CivilDay date,
                      const std::string& definition_id) {
  return absl::StrCat(SiteName(site_id), "/shifts/", DateKey(date), "-",
                      definition_id);
}

absl::StatusOr<ShiftRow> MaterializeShift(Tx& tx, const ShiftRow& shift,
                                          long long now_us) {
  if (absl::Status s = CheckSite(tx, shift.site_id); !s.ok()) return s;
  auto stored =
      FindShift(tx, shift.site_id, shift.date, shift.definition.id(), true);
  if (!stored.ok()) return stored.status();
  if (stored->has_value()) return **stored;
  const v1::ShiftDefinition& d = shift.definition;
  int date_key = DateKey(shift.date), kind = d.kind(),
      min_headcount = d.min_headcount();
  long long duration_s = d.duration().seconds();
  try {
    tx.sql << "INSERT INTO roster_shifts (site_id, date_key, definition_id,"
              " display_name, kind, start_local_time, duration_s,"
              " min_headcount, start_time_us, end_time_us, create_time_us)"
              " VALUES (:s, :d, :id, :dn, :k, :st, :du, :h, :b, :e, :c)",
        soci::use(shift.site_id), soci::use(date_key), soci::use(d.id()),
        soci::use(d.display_name()), soci::use(kind),
        soci::use(d.start_local_time()), soci::use(duration_s),
        soci::use(min_headcount), soci::use(shift.start_us),
        soci::use(shift.end_us), soci::use(now_us);
  } catch (const std::exception& e) {
    // Materialised by another server meanwhile: theirs is the shift.
    if (!IsDuplicateKey(e)) throw;
  }
  stored = FindShift(tx, shift.site_id, shift.date, d.id(), true);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) {
    return absl::InternalError("a materialised shift could not be read back");
  }
  return **stored;
}

absl::StatusOr<std::optional<ShiftRow>> FindShift(
    Tx& tx, const std::string& site_id, absl::CivilDay date,
    const std::string& definition_id, bool for_update) {
  ShiftColumns r;
  int date_key = DateKey(date);
  soci::statement st(tx.sql);
  r.Bind(st);
  st.exchange(soci::use(site_id, "s"));
  st.exchange(soci::use(date_key, "d"));
  st.exchange(soci::use(definition_id, "id"));
  st.alloc();
  // A locking read also sees a row another transaction committed after
  // this one's snapshot (MariaDB REPEATABLE READ).
  st.prepare(absl::StrCat(
      kShiftColumns,
      " WHERE site_id = :s AND date_key = :d AND definition_id = :id",
      for_update && tx.mysql() ? " FOR UPDATE" : ""));
  st.define_and_bind();
  st.execute();
  if (!st.fetch()) return std::optional<ShiftRow>();
  return std::optional<ShiftRow>(r.ToRow());
}

absl::StatusOr<std::vector<ShiftRow>> ListShifts(Tx& tx,
                                                 const std::string& site_id,
                                                 absl::CivilDay first,
                                                 absl::CivilDay last) {
  if (absl::Status s = CheckSite(tx, site_id); !s.ok()) return s;
  ShiftColumns r;
  int from = DateKey(first), to = DateKey(last);
  soci::statement st(tx.sql);
  r.Bind(st);
  st.exchange(soci::use(site_id, "s"));
  st.exchange(soci::use(from, "f"));
  st.exchange(soci::use(to, "t"));
  st.alloc();
  st.prepare(absl::StrCat(kShiftColumns,
                          " WHERE site_id = :s AND date_key >= :f"
                          " AND date_key <= :t"
                          " ORDER BY start_time_us, definition_id"));
  st.define_and_bind();
  st.execute();
  std::vector<ShiftRow> out;
  while (st.fetch()) out.push_back(r.ToRow());
  return out;
}

}  // namespace frontdesk::db
