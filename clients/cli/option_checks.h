// Option checks and help texts shared by the command files (*_commands.cc):
// CLI11 validators for durations, local times, dates, months, materials and
// enum words, so that a bad value is a usage error (exit 2) that says what is
// expected.
// CLI11 is heavy: include this only from the command files.
#ifndef FRONTDESK_CLIENTS_CLI_OPTION_CHECKS_H_
#define FRONTDESK_CLIENTS_CLI_OPTION_CHECKS_H_

#include <google/protobuf/descriptor.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <optional>
#include <string>

#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/local_time.h"
#include "clients/cli/materials.h"
#include "clients/cli/messages.h"

namespace frontdesk::cli {

inline constexpr const char* kTicketHelp =
    "ticket name sites/{site}/tickets/{id}, or its number, e.g. "
    "HX-20261123-0007";
inline constexpr const char* kRequestIdHelp =
    "idempotency key: a retry with the same id changes nothing more";
inline constexpr const char* kEtagHelp =
    "fail with ABORTED unless it is still at this etag";
inline constexpr const char* kTimeHelp =
    "\"2026-11-23 16:00\" in the site's time zone (else TZ; --tz "
    "overrides), or RFC 3339";

// Accepts what ParseDurationSeconds() reads.
inline CLI::Validator DurationWord() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (ParseDurationSeconds(text)) return "";
        return Msg("usage.must_be_duration");
      },
      "DURATION");
}

// Accepts what ParseTimeInput() reads.
inline CLI::Validator TimeWord() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (ParseTimeInput(text)) return "";
        return Msg("usage.must_be_time");
      },
      "TIME");
}

// The time an option checked by TimeWord() holds: parsed again (in the same
// zone), so never empty; UsageError if it were.
inline google::protobuf::Timestamp TimeOf(const std::string& text) {
  std::optional<google::protobuf::Timestamp> time = ParseTimeInput(text);
  if (!time) throw UsageError(Msg("usage.not_time", {text}));
  return *time;
}

inline constexpr const char* kDateHelp = "a local date of the site, YYYY-MM-DD";

// Accepts a date YYYY-MM-DD (which date it is, is for the server).
inline CLI::Validator DateWord() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        bool ok = text.size() == 10 && text[4] == '-' && text[7] == '-';
        for (size_t i = 0; ok && i < text.size(); ++i) {
          if (i != 4 && i != 7)
            ok = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
        }
        return ok ? "" : Msg("usage.must_be_date");
      },
      "DATE");
}

// Accepts a month YYYY-MM (the reports' --month, the callback plan's month).
inline CLI::Validator MonthWord() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        bool ok = text.size() == 7 && text[4] == '-';
        for (size_t i = 0; ok && i < text.size(); ++i) {
          if (i != 4)
            ok = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
        }
        return ok ? "" : Msg("usage.must_be_month");
      },
      "MONTH");
}

// Accepts what ParseMaterial() reads.
inline CLI::Validator MaterialWord() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (ParseMaterial(text)) return "";
        return Msg("usage.must_be_material");
      },
      "NAME:QTY[:UNIT]");
}

// The option takes the lower-case words of `type`'s values (without
// `prefix`), e.g. "walk-in" for WALK_IN, or their Chinese words (来访),
// which become the CLI word.
inline void CheckEnumWord(CLI::Option* option,
                          const google::protobuf::EnumDescriptor* type,
                          const std::string& prefix = "") {
  option->transform([type, prefix](std::string input) {
    return EnumWordOfInput(type, input, prefix);
  });
  option->check(CLI::IsMember(EnumWords(type, prefix), NormalizeEnumWord));
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_OPTION_CHECKS_H_
