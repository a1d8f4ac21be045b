#include "db/internal/where.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"

namespace frontdesk::db {

namespace {

FilterColumn OfKind(FilterColumn::Kind kind, std::string column) {
  FilterColumn c;
  c.kind = kind;
  c.column = std::move(column);
  return c;
}

}  // namespace

FilterColumn NumberColumn(std::string column) {
  return OfKind(FilterColumn::kNumber, std::move(column));
}

FilterColumn TimeColumn(std::string column) {
  return OfKind(FilterColumn::kTime, std::move(column));
}

FilterColumn TextColumn(std::string column,
                        std::function<std::string(const std::string&)> value) {
  FilterColumn c = OfKind(FilterColumn::kText, std::move(column));
  c.value = std::move(value);
  return c;
}

FilterColumn UnitColumn(std::string column) {
  return OfKind(FilterColumn::kUnit, std::move(column));
}

FilterColumn LocalDateColumn(std::string column) {
  return OfKind(FilterColumn::kLocalDate, std::move(column));
}

FilterColumn FlagColumn(std::function<std::string(bool, Params&)> flag) {
  FilterColumn c = OfKind(FilterColumn::kFlag, "");
  c.flag = std::move(flag);
  return c;
}

FilterColumn CustomColumn(
    std::function<absl::StatusOr<std::string>(const FilterTerm&, Where&)> fn) {
  FilterColumn c = OfKind(FilterColumn::kCustom, "");
  c.custom = std::move(fn);
  return c;
}

std::string EscapeLike(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '!' || c == '%' || c == '_') out.push_back('!');
    out.push_back(c);
  }
  return out;
}

std::string StaffIdOf(const std::string& text) {
  return std::string(absl::StripPrefix(text, "staff/"));
}

bool HasTerm(const std::vector<FilterTerm>& terms, const std::string& field) {
  for (const FilterTerm& t : terms) {
    if (t.field == field) return true;
  }
  return false;
}

Where::Where(Tx& tx, Params& params, std::string site_column,
             std::vector<std::string> site_ids)
    : tx_(tx),
      params_(params),
      site_column_(std::move(site_column)),
      site_ids_(std::move(site_ids)) {
  if (!site_ids_.empty()) {
    Add(absl::StrCat(site_column_, " IN ", params_.TextList(site_ids_)));
  }
}

void Where::Add(std::string condition) {
  conditions_.push_back(std::move(condition));
}

absl::Status Where::AddTerms(const FilterColumns& columns,
                             const std::vector<FilterTerm>& terms) {
  for (const FilterTerm& term : terms) {
    auto it = columns.find(term.field);
    if (it == columns.end()) {
      // The schema and the columns of a store disagree: a bug, not input.
      return absl::InternalError(
          absl::StrCat("no column for filter field ", term.field));
    }
    auto sql = TermSql(it->second, term);
    if (!sql.ok()) return sql.status();
    Add(*std::move(sql));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> Where::TermSql(const FilterColumn& c,
                                           const FilterTerm& term) {
  switch (c.kind) {
    case FilterColumn::kNumber:
      return absl::StrCat(c.column, SqlOp(term.op), params_.Int(term.number));
    case FilterColumn::kTime:
      return absl::StrCat(c.column, SqlOp(term.op),
                          params_.Int(ToMicros(term.time)));
    case FilterColumn::kText:
      return absl::StrCat(
          c.column, c.op,
          params_.Text(c.value ? c.value(term.text) : term.text));
    case FilterColumn::kUnit: {
      auto unit = ParseUnitName("unit", term.text);
      if (!unit.ok()) return unit.status();
      return absl::StrCat(site_column_, " = ", params_.Text(unit->site_id),
                          " AND ", c.column, " = ",
                          params_.Text(unit->unit_id));
    }
    case FilterColumn::kLocalDate:
      return LocalDay(c.column, term);
    case FilterColumn::kFlag: {
      bool want = (term.text == "true") == (term.op == FilterOp::kEq);
      return c.flag(want, params_);
    }
    case FilterColumn::kCustom:
      return c.custom(term, *this);
  }
  return absl::InternalError("unknown filter column kind");
}

void Where::Before(const std::string& time_column, const std::string& id_column,
                   const std::optional<std::pair<long long, long long>>& key) {
  if (!key) return;
  std::string t = params_.Int(key->first);
  Add(absl::StrCat("(", time_column, " < ", t, " OR (", time_column, " = ", t,
                   " AND ", id_column, " < ", params_.Int(key->second), "))"));
}

void Where::After(const std::string& time_column, const std::string& id_column,
                  const std::optional<std::pair<long long, long long>>& key) {
  if (!key) return;
  std::string t = params_.Int(key->first);
  Add(absl::StrCat("(", time_column, " > ", t, " OR (", time_column, " = ", t,
                   " AND ", id_column, " > ", params_.Int(key->second), "))"));
}

absl::StatusOr<std::string> Where::LocalDay(const std::string& column,
                                            const FilterTerm& term) {
  absl::CivilDay day;
  if (!absl::ParseCivilTime(term.text, &day)) {
    return InvalidField("filter", absl::StrCat(term.field,
                                               ": must be a date such as "
                                               "\"2026-11-23\""));
  }
  std::vector<std::pair<std::string, std::string>> zones;
  {
    std::string id, zone;
    soci::statement st = (tx_.sql.prepare << "SELECT id, time_zone FROM sites",
                          soci::into(id), soci::into(zone));
    st.execute();
    while (st.fetch()) {
      bool wanted = site_ids_.empty();
      for (const auto& s : site_ids_) wanted = wanted || s == id;
      if (wanted) zones.emplace_back(id, zone);
    }
  }
  if (zones.empty()) return std::string("1 = 0");
  std::vector<std::string> per_site;
  for (const auto& [id, zone_name] : zones) {
    absl::TimeZone tz;
    if (!absl::LoadTimeZone(zone_name, &tz)) tz = absl::UTCTimeZone();
    // Only the bounds a comparison uses become parameters: SOCI refuses to
    // bind a name the statement does not have.
    const long long start_us = ToMicros(absl::FromCivil(day, tz));
    const long long end_us = ToMicros(absl::FromCivil(day + 1, tz));
    auto start = [&] { return params_.Int(start_us); };
    auto end = [&] { return params_.Int(end_us); };
    std::string range;
    switch (term.op) {
      case FilterOp::kEq:
        range = absl::StrCat(column, " >= ", start());
        absl::StrAppend(&range, " AND ", column, " < ", end());
        break;
      case FilterOp::kGe:
        range = absl::StrCat(column, " >= ", start());
        break;
      case FilterOp::kGt:
        range = absl::StrCat(column, " >= ", end());
        break;
      case FilterOp::kLt:
        range = absl::StrCat(column, " < ", start());
        break;
      case FilterOp::kLe:
        range = absl::StrCat(column, " < ", end());
        break;
      case FilterOp::kNe:
        range = absl::StrCat("(", column, " < ", start());
        absl::StrAppend(&range, " OR ", column, " >= ", end(), ")");
        break;
    }
    per_site.push_back(absl::StrCat("(", site_column_, " = ", params_.Text(id),
                                    " AND ", range, ")"));
  }
  return absl::StrCat("(", absl::StrJoin(per_site, " OR "), ")");
}

std::string Where::Sql() const {
  if (conditions_.empty()) return " WHERE 1 = 1";
  return absl::StrCat(" WHERE ", absl::StrJoin(conditions_, " AND "));
}

}  // namespace frontdesk::db
