// Running a built query into a row struct and converting every row fetched:
//
//   return FetchAll(tx, params, row, absl::StrCat(kColumns, where),
//                   [&](const VisitRow& r) { return r.ToProto(protector); });
//
// `row.Bind(st)` binds the row's columns (db/internal/columns.h); `convert`
// returns absl::StatusOr<T> for each fetched row, and the first error it
// returns is the result. SOCI sets every column and indicator on each fetch,
// so nothing of one row leaks into the next.
#ifndef FRONTDESK_DB_INTERNAL_FETCH_H_
#define FRONTDESK_DB_INTERNAL_FETCH_H_

#include <soci/soci.h>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/internal/params.h"

namespace frontdesk::db {

template <typename Row, typename Convert>
auto FetchAll(Tx& tx, Params& params, Row& row, const std::string& sql,
              Convert convert)
    -> absl::StatusOr<std::vector<
        typename std::invoke_result_t<Convert, const Row&>::value_type>> {
  using Converted = std::invoke_result_t<Convert, const Row&>;
  std::vector<typename Converted::value_type> out;
  soci::statement st(tx.sql);
  row.Bind(st);
  params.Execute(st, sql);
  while (st.fetch()) {
    Converted converted = convert(static_cast<const Row&>(row));
    if (!converted.ok()) return converted.status();
    out.push_back(*std::move(converted));
  }
  return out;
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_FETCH_H_
