#include "clients/cli/enums.h"

#include <google/protobuf/descriptor.h>

#include <cctype>

#include "clients/cli/messages.h"

namespace frontdesk::cli {
namespace {

std::string ToWord(const std::string& value_name,
                   const std::string& prefix = "") {
  std::string word = value_name.compare(0, prefix.size(), prefix) == 0
                         ? value_name.substr(prefix.size())
                         : value_name;
  for (char& c : word) {
    c = c == '_'
            ? '-'
            : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return word;
}

const google::protobuf::EnumValueDescriptor* FindByWord(
    const google::protobuf::EnumDescriptor* type, const std::string& word,
    const std::string& prefix = "") {
  std::string normalized =
      NormalizeEnumWord(EnumWordOfInput(type, word, prefix));
  for (int i = 0; i < type->value_count(); ++i) {
    const auto* value = type->value(i);
    if (value->number() != 0 && ToWord(value->name(), prefix) == normalized) {
      return value;
    }
  }
  return nullptr;
}

}  // namespace

std::string NormalizeEnumWord(std::string word) { return ToWord(word); }

std::vector<std::string> EnumWords(const google::protobuf::EnumDescriptor* type,
                                   const std::string& prefix) {
  std::vector<std::string> words;
  for (int i = 0; i < type->value_count(); ++i) {
    if (type->value(i)->number() != 0) {
      words.push_back(ToWord(type->value(i)->name(), prefix));
    }
  }
  return words;
}

int EnumNumber(const google::protobuf::EnumDescriptor* type,
               const std::string& word, const std::string& prefix) {
  const auto* value = FindByWord(type, word, prefix);
  return value ? value->number() : 0;
}

std::string EnumFilterName(const google::protobuf::EnumDescriptor* type,
                           const std::string& word) {
  const auto* value = FindByWord(type, word);
  return value ? value->name() : word;
}

std::string EnumWordOfInput(const google::protobuf::EnumDescriptor* type,
                            const std::string& input,
                            const std::string& prefix) {
  for (int i = 0; i < type->value_count(); ++i) {
    const auto* value = type->value(i);
    if (value->number() == 0) continue;
    const Message* message = FindMessage(EnumKey(type, value->name()));
    if (message != nullptr && input == message->zh) {
      return ToWord(value->name(), prefix);
    }
  }
  return input;
}

std::string EnumWord(const google::protobuf::EnumDescriptor* type, int number,
                     const std::string& prefix) {
  if (number == 0) return "";
  const auto* value = type->FindValueByNumber(number);
  return value ? ToWord(value->name(), prefix) : std::to_string(number);
}

}  // namespace frontdesk::cli
