// Internal to db/: the bound parameters of dynamically built statements
// (list filters, keyset pages), shared by every store that builds one.
#ifndef FRONTDESK_DB_INTERNAL_PARAMS_H_
#define FRONTDESK_DB_INTERNAL_PARAMS_H_

#include <deque>
#include <string>
#include <vector>

#include "common/filter.h"

namespace soci {
class statement;
}

namespace frontdesk::db {

// Bound parameters of a dynamically built statement; deques keep addresses
// stable while SOCI holds them. Int()/Text() return the placeholder to splice
// into the SQL text — values never become SQL.
class Params {
 public:
  std::string Int(long long v);
  std::string Text(std::string v);
  // "(:p1, :p2, ...)" for `values` (at least one), for IN lists.
  std::string TextList(const std::vector<std::string>& values);
  void Bind(soci::statement& st);
  // Binds the parameters to `st` (whose into() columns are exchanged
  // already), prepares `sql` and executes it; rows are then fetch()ed.
  void Execute(soci::statement& st, const std::string& sql);

 private:
  std::deque<long long> ints_;
  std::deque<std::string> texts_;
  std::vector<std::string> names_;
  std::vector<bool> kinds_;
};

const char* SqlOp(FilterOp op);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_PARAMS_H_
