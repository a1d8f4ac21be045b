#include "db/bench/query_plan.h"

#include <soci/soci.h>

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status.h"

namespace frontdesk::db {
namespace {

std::string CellText(const soci::row& row, size_t i) {
  if (row.get_indicator(i) == soci::i_null) return "NULL";
  switch (row.get_properties(i).get_data_type()) {
    case soci::dt_string:
      return row.get<std::string>(i);
    case soci::dt_integer:
      return absl::StrCat(row.get<int>(i));
    case soci::dt_long_long:
      return absl::StrCat(row.get<long long>(i));
    case soci::dt_unsigned_long_long:
      return absl::StrCat(row.get<unsigned long long>(i));
    case soci::dt_double:
      return absl::StrCat(row.get<double>(i));
    default:
      return "?";
  }
}

// Runs `sql` and formats its result as a table with a header line; lines
// are separated (not ended) by newlines.
std::string Table(Tx& tx, const std::string& sql) {
  std::vector<std::vector<std::string>> cells;
  soci::rowset<soci::row> rows = tx.sql.prepare << sql;
  for (const soci::row& row : rows) {
    if (cells.empty()) {
      cells.emplace_back();
      for (size_t i = 0; i < row.size(); ++i) {
        cells.back().push_back(row.get_properties(i).get_name());
      }
    }
    cells.emplace_back();
    for (size_t i = 0; i < row.size(); ++i) {
      cells.back().push_back(CellText(row, i));
    }
  }
  std::vector<size_t> width;
  for (const auto& line : cells) {
    width.resize(std::max(width.size(), line.size()));
    for (size_t i = 0; i < line.size(); ++i) {
      width[i] = std::max(width[i], line[i].size());
    }
  }
  std::string out;
  for (const auto& line : cells) {
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      absl::StrAppend(&text, i ? " | " : "", line[i],
                      std::string(width[i] - line[i].size(), ' '));
    }
    text.erase(text.find_last_not_of(' ') + 1);
    absl::StrAppend(&out, out.empty() ? "" : "\n", text);
  }
  return out;
}

}  // namespace

absl::StatusOr<std::string> ExplainListTickets(Tx& tx,
                                               const DataProtector& protector,
                                               const TicketQuery& query) {
  if (!tx.mysql()) {
    auto listed = ListTickets(tx, protector, query);
    if (!listed.ok()) return listed.status();
    return Table(tx, "EXPLAIN QUERY PLAN " + tx.sql.get_last_query());
  }
  std::string statement;
  tx.sql << "SET SESSION optimizer_trace = 'enabled=on'";
  try {
    auto listed = ListTickets(tx, protector, query);
    if (!listed.ok()) {
      tx.sql << "SET SESSION optimizer_trace = 'enabled=off'";
      return listed.status();
    }
    tx.sql << "SELECT QUERY FROM information_schema.OPTIMIZER_TRACE",
        soci::into(statement);
  } catch (...) {
    tx.sql << "SET SESSION optimizer_trace = 'enabled=off'";
    throw;
  }
  tx.sql << "SET SESSION optimizer_trace = 'enabled=off'";
  if (statement.empty()) {
    return Error(absl::StatusCode::kFailedPrecondition, "NO_TRACE",
                 "the optimizer trace holds no statement");
  }
  return Table(tx, "EXPLAIN " + statement);
}

}  // namespace frontdesk::db
