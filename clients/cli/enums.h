// Protobuf enum values as command-line words: lower case with '-' for '_'
// ("walk-in" ↔ Ticket.WALK_IN). The *_UNSPECIFIED value (number 0) is never
// a choice; the Chinese words of messages.h are accepted as input too
// (EnumWordOfInput). Works from the enum descriptor, so no generated header is
// needed.
//
// Top-level enums repeat their name in every value
// (REPAIR_ROUTE_OWN_MAINTENANCE); their words leave that out when given the
// value `prefix` ("REPAIR_ROUTE_"): "own-maintenance".
#ifndef FRONTDESK_CLIENTS_CLI_ENUMS_H_
#define FRONTDESK_CLIENTS_CLI_ENUMS_H_

#include <string>
#include <vector>

namespace google::protobuf {
class EnumDescriptor;
}  // namespace google::protobuf

namespace frontdesk::cli {

// Normalizes what the user typed: "Walk_In" → "walk-in".
std::string NormalizeEnumWord(std::string word);

// Every choice of `type` in declaration order, e.g. {"phone", "walk-in", ...}.
std::vector<std::string> EnumWords(const google::protobuf::EnumDescriptor* type,
                                   const std::string& prefix = "");

// The number of `word` (any case, '_' or '-'); 0 when it is not a choice.
int EnumNumber(const google::protobuf::EnumDescriptor* type,
               const std::string& word, const std::string& prefix = "");

// "WALK_IN" for `word` "walk-in": the spelling AIP-160 filters use.
std::string EnumFilterName(const google::protobuf::EnumDescriptor* type,
                           const std::string& word);

// What the user typed, with a Chinese word of the message catalogue
// (messages.h: 报修 for Ticket.Kind REPAIR) replaced by its CLI word
// ("repair"); anything else unchanged. For the options' transforms, so
// `--kind 报修` means `--kind repair`.
std::string EnumWordOfInput(const google::protobuf::EnumDescriptor* type,
                            const std::string& input,
                            const std::string& prefix = "");

// The word for `number`: "walk-in"; "" for 0; the number itself if unknown.
std::string EnumWord(const google::protobuf::EnumDescriptor* type, int number,
                     const std::string& prefix = "");

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_ENUMS_H_
