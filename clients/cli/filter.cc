#include "clients/cli/filter.h"

namespace frontdesk::cli {
namespace {

std::string Quote(const std::string& value) {
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

FilterBuilder& FilterBuilder::AddText(const std::string& field,
                                      const std::string& op,
                                      const std::string& value) {
  if (!value.empty()) terms_.push_back(field + " " + op + " " + Quote(value));
  return *this;
}

FilterBuilder& FilterBuilder::AddEnum(const std::string& field,
                                      const std::string& op,
                                      const std::string& value) {
  if (!value.empty()) terms_.push_back(field + " " + op + " " + value);
  return *this;
}

FilterBuilder& FilterBuilder::AddRaw(const std::string& expression) {
  if (expression.find_first_not_of(" \t") != std::string::npos) {
    terms_.push_back(expression);
  }
  return *this;
}

std::string FilterBuilder::Build() const {
  std::string filter;
  for (const std::string& term : terms_) {
    if (!filter.empty()) filter += " AND ";
    filter += term;
  }
  return filter;
}

}  // namespace frontdesk::cli
