// Small string helpers shared by the CLI's pure parts (names.cc,
// visitor_input.cc) and its connection (client.cc). No CLI11, no gRPC.
#ifndef FRONTDESK_CLIENTS_CLI_TEXT_H_
#define FRONTDESK_CLIENTS_CLI_TEXT_H_

#include <cctype>
#include <string>

namespace frontdesk::cli {

// `text` without the whitespace (" \t\r\n\v\f") around it.
inline std::string Trim(const std::string& text) {
  const char* kSpace = " \t\r\n\v\f";
  size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

// ASCII letters in lower case; other bytes (UTF-8 included) unchanged.
inline std::string ToLower(std::string text) {
  for (char& c : text) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return text;
}

inline bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TEXT_H_
