// Builds AIP-160 list filters in the subset frontdeskd accepts
// (common/filter.h): comparisons joined by AND, values quoted or bare.
//
//   FilterBuilder f;
//   f.AddEnum("status", "=", "NEW").AddText("reporter_phone", "=", "138...");
//   f.Build()  →  status = NEW AND reporter_phone = "138..."
//
// Empty values are skipped, so optional command-line options can be added
// unconditionally.
#ifndef FRONTDESK_CLIENTS_CLI_FILTER_H_
#define FRONTDESK_CLIENTS_CLI_FILTER_H_

#include <string>
#include <vector>

namespace frontdesk::cli {

class FilterBuilder {
 public:
  // field OP "value", with '"' and '\' escaped.
  FilterBuilder& AddText(const std::string& field, const std::string& op,
                         const std::string& value);
  // field OP VALUE, unquoted: for enum value names such as MAINTENANCE.
  FilterBuilder& AddEnum(const std::string& field, const std::string& op,
                         const std::string& value);
  // A whole expression the user wrote, e.g. from --filter.
  FilterBuilder& AddRaw(const std::string& expression);

  std::string Build() const;

 private:
  std::vector<std::string> terms_;
};

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_FILTER_H_
