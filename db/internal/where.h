// Internal to db/: the one compiler of list filters (common/filter.h
// FilterTerms) and list scopes into a SQL WHERE clause. Every store's list
// function describes its filter fields as FilterColumns and lets Where write
// the SQL; values are always bound parameters (Params), never SQL text.
//
// Semantics of the column kinds:
// - kNumber:    column OP number (enum fields: the enum number).
// - kTime:      column OP the instant in microseconds.
// - kText:      column = value, where value is the term's text after
//               `value` (e.g. a staff id from a resource name, a blind
//               index); `op` replaces " = " (e.g. " LIKE ").
// - kUnit:      the unit resource name "sites/S/units/U" as
//               site_column = S AND column = U.
// - kLocalDate: the calendar day in the time zone of each row's site:
//               per site in scope, site_column = S AND the day's range of
//               column in S's zone (OR-ed); no site in scope matches nothing.
// - kFlag:      a "true"/"false" field: `sql(want)` with want true for
//               "= true" and "!= false".
// - kCustom:    `custom(term, where)` returns the condition.
#ifndef FRONTDESK_DB_INTERNAL_WHERE_H_
#define FRONTDESK_DB_INTERNAL_WHERE_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "common/filter.h"
#include "db/database.h"
#include "db/internal/params.h"

namespace frontdesk::db {

class Where;

struct FilterColumn {
  enum Kind { kNumber, kTime, kText, kUnit, kLocalDate, kFlag, kCustom };
  Kind kind = kNumber;
  std::string column;
  // kText: the value compared (identity when unset) and the operator.
  std::function<std::string(const std::string& text)> value;
  std::string op = " = ";
  // kFlag: the condition for want = true / false.
  std::function<std::string(bool want, Params& params)> flag;
  // kCustom.
  std::function<absl::StatusOr<std::string>(const FilterTerm& term,
                                            Where& where)>
      custom;
};

// Filter field name -> how it becomes SQL.
using FilterColumns = std::map<std::string, FilterColumn>;

FilterColumn NumberColumn(std::string column);
FilterColumn TimeColumn(std::string column);
FilterColumn TextColumn(
    std::string column,
    std::function<std::string(const std::string&)> value = nullptr);
FilterColumn UnitColumn(std::string column);
FilterColumn LocalDateColumn(std::string column);
FilterColumn FlagColumn(std::function<std::string(bool, Params&)> flag);
FilterColumn CustomColumn(
    std::function<absl::StatusOr<std::string>(const FilterTerm&, Where&)> fn);

// `text` for a LIKE pattern with ESCAPE '!' (kLikeEscape): its own %, _ and
// ! match themselves, never as wildcards.
inline constexpr const char* kLikeEscape = " ESCAPE '!'";
std::string EscapeLike(const std::string& text);

// The staff id of a "staff/ID" filter value (the value as is otherwise).
std::string StaffIdOf(const std::string& text);

// The conditions of one list query, AND-ed.
class Where {
 public:
  // `site_column` names the row's site; `site_ids` scopes the query to those
  // sites (every site when empty) and gives kLocalDate its time zones.
  Where(Tx& tx, Params& params, std::string site_column,
        std::vector<std::string> site_ids);

  // Adds the condition of every term (each a field of `columns`).
  absl::Status AddTerms(const FilterColumns& columns,
                        const std::vector<FilterTerm>& terms);

  // Adds `condition` as it is.
  void Add(std::string condition);

  // Keyset pages: rows after (time, id) in DESC order (Before) or ASC order
  // (After); nothing when unset.
  void Before(const std::string& time_column, const std::string& id_column,
              const std::optional<std::pair<long long, long long>>& key);
  void After(const std::string& time_column, const std::string& id_column,
             const std::optional<std::pair<long long, long long>>& key);

  // The kLocalDate condition of `term` on `column`.
  absl::StatusOr<std::string> LocalDay(const std::string& column,
                                       const FilterTerm& term);

  Params& params() { return params_; }

  // " WHERE c1 AND c2 ..." (" WHERE 1 = 1" without conditions).
  std::string Sql() const;

 private:
  absl::StatusOr<std::string> TermSql(const FilterColumn& column,
                                      const FilterTerm& term);

  Tx& tx_;
  Params& params_;
  std::string site_column_;
  std::vector<std::string> site_ids_;
  std::vector<std::string> conditions_;
};

// True when `terms` has a term on `field`.
bool HasTerm(const std::vector<FilterTerm>& terms, const std::string& field);

// The scope of a query on one site, "" for every site.
inline std::vector<std::string> SiteIds(const std::string& site_id) {
  if (site_id.empty()) return {};
  return {site_id};
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_WHERE_H_
