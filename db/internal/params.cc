#include "db/internal/params.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"

namespace frontdesk::db {

std::string Params::Int(long long v) {
  ints_.push_back(v);
  names_.push_back(absl::StrCat("p", names_.size()));
  kinds_.push_back(false);
  return ":" + names_.back();
}

std::string Params::Text(std::string v) {
  texts_.push_back(std::move(v));
  names_.push_back(absl::StrCat("p", names_.size()));
  kinds_.push_back(true);
  return ":" + names_.back();
}

std::string Params::TextList(const std::vector<std::string>& values) {
  std::string out = "(";
  for (size_t i = 0; i < values.size(); ++i) {
    absl::StrAppend(&out, i == 0 ? "" : ", ", Text(values[i]));
  }
  return out + ")";
}

void Params::Bind(soci::statement& st) {
  size_t i = 0, t = 0;
  for (size_t k = 0; k < names_.size(); ++k) {
    if (kinds_[k]) {
      st.exchange(soci::use(texts_[t++], names_[k]));
    } else {
      st.exchange(soci::use(ints_[i++], names_[k]));
    }
  }
}

void Params::Execute(soci::statement& st, const std::string& sql) {
  Bind(st);
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
}

const char* SqlOp(FilterOp op) {
  switch (op) {
    case FilterOp::kEq:
      return " = ";
    case FilterOp::kNe:
      return " <> ";
    case FilterOp::kLt:
      return " < ";
    case FilterOp::kLe:
      return " <= ";
    case FilterOp::kGt:
      return " > ";
    case FilterOp::kGe:
      return " >= ";
  }
  return " = ";
}

}  // namespace frontdesk::db
