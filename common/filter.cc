#include "common/filter.h"

#include <google/protobuf/descriptor.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"
#include "common/status.h"

namespace frontdesk {
namespace {

absl::Status Bad(absl::string_view rule) {
  return InvalidField("filter", rule, "INVALID_FILTER");
}

class Lexer {
 public:
  explicit Lexer(absl::string_view in) : in_(in) {}

  void SkipSpace() {
    while (pos_ < in_.size() &&
           absl::ascii_isspace(static_cast<unsigned char>(in_[pos_]))) {
      ++pos_;
    }
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ >= in_.size();
  }
  size_t pos() const { return pos_; }

  // A field path or the keyword AND.
  absl::StatusOr<std::string> Word() {
    SkipSpace();
    size_t start = pos_;
    while (pos_ < in_.size()) {
      unsigned char c = static_cast<unsigned char>(in_[pos_]);
      if (absl::ascii_isalnum(c) || c == '_' || c == '.') {
        ++pos_;
      } else {
        break;
      }
    }
    if (start == pos_) {
      return Bad(absl::StrCat("expected a field name at position ", start + 1));
    }
    return std::string(in_.substr(start, pos_ - start));
  }

  absl::StatusOr<FilterOp> Op() {
    SkipSpace();
    auto take = [&](absl::string_view s) {
      if (in_.substr(pos_, s.size()) == s) {
        pos_ += s.size();
        return true;
      }
      return false;
    };
    if (take("<=")) return FilterOp::kLe;
    if (take(">=")) return FilterOp::kGe;
    if (take("!=")) return FilterOp::kNe;
    if (take("=")) return FilterOp::kEq;
    if (take("<")) return FilterOp::kLt;
    if (take(">")) return FilterOp::kGt;
    return Bad(
        absl::StrCat("expected one of = != < <= > >= at position ", pos_ + 1));
  }

  absl::StatusOr<std::string> Value() {
    SkipSpace();
    if (pos_ >= in_.size()) return Bad("expected a value at the end");
    if (in_[pos_] == '"') {
      ++pos_;
      std::string out;
      while (pos_ < in_.size()) {
        char c = in_[pos_++];
        if (c == '"') return out;
        if (c == '\\') {
          if (pos_ >= in_.size()) break;
          out.push_back(in_[pos_++]);
        } else {
          out.push_back(c);
        }
      }
      return Bad("unterminated quoted value");
    }
    size_t start = pos_;
    while (pos_ < in_.size() &&
           !absl::ascii_isspace(static_cast<unsigned char>(in_[pos_])) &&
           in_[pos_] != '(' && in_[pos_] != ')') {
      ++pos_;
    }
    if (start == pos_) {
      return Bad(absl::StrCat("expected a value at position ", start + 1));
    }
    return std::string(in_.substr(start, pos_ - start));
  }

 private:
  absl::string_view in_;
  size_t pos_ = 0;
};

const char* OpText(FilterOp op) {
  switch (op) {
    case FilterOp::kEq:
      return "=";
    case FilterOp::kNe:
      return "!=";
    case FilterOp::kLt:
      return "<";
    case FilterOp::kLe:
      return "<=";
    case FilterOp::kGt:
      return ">";
    case FilterOp::kGe:
      return ">=";
  }
  return "?";
}

}  // namespace

absl::StatusOr<std::vector<FilterTerm>> ParseFilter(
    absl::string_view filter, const FilterSchema& schema) {
  std::vector<FilterTerm> terms;
  if (filter.size() > 2000) return Bad("must be at most 2000 characters");
  Lexer lex(filter);
  if (lex.AtEnd()) return terms;
  while (true) {
    auto field = lex.Word();
    if (!field.ok()) return field.status();
    auto it = schema.find(*field);
    if (it == schema.end()) {
      std::string known;
      for (const auto& [name, unused] : schema) {
        absl::StrAppend(&known, known.empty() ? "" : ", ", name);
      }
      return Bad(absl::StrCat("unknown field \"", *field,
                              "\"; filterable fields are ", known));
    }
    auto op = lex.Op();
    if (!op.ok()) return op.status();
    auto value = lex.Value();
    if (!value.ok()) return value.status();

    FilterTerm term;
    term.field = *field;
    term.op = *op;
    const FilterField& spec = it->second;
    switch (spec.type) {
      case FilterField::kString:
        if (*op != FilterOp::kEq) {
          return Bad(absl::StrCat("field \"", *field, "\" supports only ="));
        }
        if (spec.check != nullptr) {
          absl::Status s = spec.check(*value);
          if (!s.ok()) {
            return Bad(absl::StrCat("field \"", *field, "\": ", s.message()));
          }
        }
        term.text = *value;
        break;
      case FilterField::kEnum: {
        if (*op != FilterOp::kEq && *op != FilterOp::kNe) {
          return Bad(absl::StrCat("field \"", *field, "\" supports = and !="));
        }
        const auto* ev =
            spec.enum_type->FindValueByName(absl::AsciiStrToUpper(*value));
        if (ev == nullptr || ev->number() == 0) {
          std::string names;
          for (int i = 1; i < spec.enum_type->value_count(); ++i) {
            absl::StrAppend(&names, i > 1 ? ", " : "",
                            spec.enum_type->value(i)->name());
          }
          return Bad(absl::StrCat("field \"", *field, "\": unknown value \"",
                                  *value, "\"; one of ", names));
        }
        term.number = ev->number();
        term.text = ev->name();
        break;
      }
      case FilterField::kDate: {
        absl::CivilDay day;
        if (!absl::ParseCivilTime(*value, &day)) {
          return Bad(absl::StrCat("field \"", *field,
                                  "\": value must be a date, e.g. "
                                  "\"2026-11-23\""));
        }
        term.text = absl::FormatCivilTime(day);
        break;
      }
      case FilterField::kTimestamp: {
        std::string err;
        // ParseTime also takes "infinite-future" and "infinite-past", which
        // are not RFC 3339.
        if (!absl::ParseTime(absl::RFC3339_full, *value, &term.time, &err) ||
            term.time == absl::InfiniteFuture() ||
            term.time == absl::InfinitePast()) {
          return Bad(absl::StrCat("field \"", *field,
                                  "\": value must be RFC 3339, e.g. "
                                  "\"2026-11-01T00:00:00Z\""));
        }
        term.text = *value;
        break;
      }
    }
    terms.push_back(std::move(term));

    if (lex.AtEnd()) break;
    size_t at = lex.pos();
    auto conj = lex.Word();
    if (!conj.ok() || *conj != "AND") {
      return Bad(absl::StrCat("expected AND at position ", at + 1,
                              " (OR, NOT and parentheses are not supported)"));
    }
  }
  return terms;
}

std::string CanonicalFilter(const std::vector<FilterTerm>& terms) {
  std::string out;
  for (const auto& t : terms) {
    // Escaped, so that a quote in a value cannot imitate another term.
    absl::StrAppend(
        &out, t.field, OpText(t.op), "\"",
        absl::StrReplaceAll(t.text, {{"\\", "\\\\"}, {"\"", "\\\""}}), "\";");
  }
  return out;
}

}  // namespace frontdesk
