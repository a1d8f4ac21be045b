#include "clients/cli/visitor_input.h"

#include <cctype>
#include <string>
#include <vector>

#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/text.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Visit;

struct PurposeWord {
  const char* word;
  Visit::Purpose purpose;
};

// In order of precedence: the first word found in the text decides.
const std::vector<PurposeWord>& PurposeWords() {
  static const auto* words = new std::vector<PurposeWord>{
      {"探亲", Visit::VISIT_RESIDENT},   {"访友", Visit::VISIT_RESIDENT},
      {"拜访", Visit::VISIT_RESIDENT},   {"快递", Visit::DELIVERY},
      {"外卖", Visit::DELIVERY},         {"送货", Visit::DELIVERY},
      {"送餐", Visit::DELIVERY},         {"装修", Visit::RENOVATION},
      {"维修", Visit::REPAIR_SERVICE},   {"看房", Visit::PROPERTY_VIEWING},
      {"公务", Visit::OFFICIAL},         {"搬家", Visit::MOVING},
      {"visit", Visit::VISIT_RESIDENT},  {"delivery", Visit::DELIVERY},
      {"courier", Visit::DELIVERY},      {"renovation", Visit::RENOVATION},
      {"repair", Visit::REPAIR_SERVICE}, {"viewing", Visit::PROPERTY_VIEWING},
      {"official", Visit::OFFICIAL},     {"moving", Visit::MOVING},
  };
  return *words;
}

}  // namespace

PurposeChoice ParsePurpose(const std::string& text) {
  const std::string trimmed = Trim(text);
  PurposeChoice choice;
  if (trimmed.empty()) return choice;
  choice.purpose = EnumNumber(Visit::Purpose_descriptor(), trimmed);
  if (choice.purpose != 0) return choice;  // an enum word: no detail
  choice.detail = trimmed;
  const std::string lower = ToLower(trimmed);
  for (const PurposeWord& word : PurposeWords()) {
    if (lower.find(word.word) != std::string::npos) {
      choice.purpose = word.purpose;
      return choice;
    }
  }
  choice.purpose = Visit::OTHER;
  return choice;
}

bool LooksLikeIdCardNumber(const std::string& number) {
  if (number.size() != 18) return false;
  for (size_t i = 0; i < 17; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(number[i]))) return false;
  }
  char last = number[17];
  return std::isdigit(static_cast<unsigned char>(last)) || last == 'X' ||
         last == 'x';
}

std::string DefaultDocumentType(const std::string& number) {
  return LooksLikeIdCardNumber(Trim(number)) ? "id-card" : "";
}

namespace {

// "visit" as the CLI language says it ("what.visit": 来访登记).
std::string WhatWord(const std::string& what) {
  const Message* message = FindMessage("what." + what);
  return message != nullptr ? InLang(*message, CliLang()) : what;
}

}  // namespace

std::string SiteChildName(const std::string& site,
                          const std::string& collection,
                          const std::string& id_or_name,
                          const std::string& what) {
  if (StartsWith(id_or_name, "sites/")) return id_or_name;
  if (id_or_name.empty())
    throw UsageError(Msg("usage.empty_name", {WhatWord(what)}));
  const std::string site_id = SiteId(site);
  if (site_id.empty() || site_id == "-") {
    throw UsageError(
        Msg("usage.needs_site", {WhatWord(what), id_or_name, collection}));
  }
  return "sites/" + site_id + "/" + collection + "/" + id_or_name;
}

}  // namespace frontdesk::cli
