// The report renderers' words: every title, heading, column, figure, enum
// value and category label, each in Chinese (the default) and English
// (--lang en), looked up in the CLI's one message catalogue (messages.h).
// Nothing in report_document*.cc or report_render*.cc writes a label of its
// own; a unit test checks that every entry has both languages and that
// rendering every report looks up no missing key.
//
// Keys: "title.<report>", "scope.*", "section.*", "fig.*", "col.*",
// "chart.*", "value.*", "rate.*", "html.*"; enum values
// "enum.<Message.Enum>.<VALUE>" (package left out, e.g.
// "enum.Ticket.Kind.REPAIR"); categories of CategoryCount
// "category.<group>.<KEY>" (e.g. "category.route.OWN_MAINTENANCE").
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_LABELS_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_LABELS_H_

#include <optional>
#include <string>
#include <vector>

#include "clients/cli/messages.h"

namespace google::protobuf {
class EnumDescriptor;
}  // namespace google::protobuf

namespace frontdesk::cli {

using ReportLang = Lang;

// "zh" or "en"; nullopt for anything else.
std::optional<ReportLang> ReportLangOfWord(const std::string& word);
// "zh-CN" or "en": the HTML lang attribute.
std::string ReportLangTag(ReportLang lang);

using ReportLabel = Message;

// The whole catalogue (AllMessages()), for the tests.
const std::vector<ReportLabel>& AllReportLabels();

// The label of `key` in `lang`. A missing key (a bug) gives the key itself
// and is counted in MissingReportLabelLookups().
std::string Label(const std::string& key, ReportLang lang);
int MissingReportLabelLookups();

// The word of an enum value: 报修 / Repair for Ticket.Kind REPAIR; "" for 0.
// A value missing from the catalogue (a newer proto) gives its CLI word
// ("own-maintenance"), never the constant, and counts as missing.
std::string EnumLabel(const google::protobuf::EnumDescriptor* type, int number,
                      ReportLang lang);

// A CategoryCount's label: the catalogue's "category.<group>.<key>" when it
// has one, else the server's `display_name`, else `key`.
std::string CategoryLabel(const std::string& group, const std::string& key,
                          const std::string& display_name, ReportLang lang);

// The enums whose values the reports print, for the tests.
std::vector<const google::protobuf::EnumDescriptor*> ReportEnums();

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_LABELS_H_
