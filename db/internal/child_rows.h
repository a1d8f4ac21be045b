// Internal to db/: the child rows (roles, sites, ...) of a whole page of
// parent rows in one query, so that listing a page costs a constant number
// of queries however many rows it holds (no query per row).
#ifndef FRONTDESK_DB_INTERNAL_CHILD_ROWS_H_
#define FRONTDESK_DB_INTERNAL_CHILD_ROWS_H_

#include <soci/soci.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "db/database.h"
#include "db/internal/params.h"

namespace frontdesk::db {

// Runs `select` ("SELECT parent_key, value... FROM table", no WHERE) for the
// parents `parent_ids` (matched on `key_column`), ordered by `order`, and
// calls add(parent_index, values...) for each row; parent_index indexes
// `parent_ids`. Does nothing for an empty page.
template <typename... Values, typename Add>
void ForEachChildRow(Tx& tx, const char* select, const char* key_column,
                     const std::vector<std::string>& parent_ids,
                     const char* order, Add add) {
  if (parent_ids.empty()) return;
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < parent_ids.size(); ++i) index[parent_ids[i]] = i;
  Params params;
  std::string sql =
      absl::StrCat(select, " WHERE ", key_column, " IN ",
                   params.TextList(parent_ids), " ORDER BY ", order);
  std::string key;
  std::tuple<Values...> values{};
  soci::statement st(tx.sql);
  st.exchange(soci::into(key));
  std::apply([&](auto&... value) { (st.exchange(soci::into(value)), ...); },
             values);
  params.Execute(st, sql);
  while (st.fetch()) {
    auto it = index.find(key);
    if (it == index.end()) continue;
    std::apply([&](const auto&... value) { add(it->second, value...); },
               values);
  }
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_CHILD_ROWS_H_
