// Durations as people type them on the command line: one or more groups of
// a whole number and a unit, s (seconds), m (minutes), h (hours) or
// d (days), e.g. "30m", "4h", "2d", "1h30m". No sign, no fractions, at most
// 100 years in all. The server decides which durations it accepts.
#ifndef FRONTDESK_CLIENTS_CLI_DURATION_H_
#define FRONTDESK_CLIENTS_CLI_DURATION_H_

#include <cstdint>
#include <optional>
#include <string>

namespace frontdesk::cli {

// Seconds of `text`, or nullopt when it is not such a duration.
std::optional<int64_t> ParseDurationSeconds(const std::string& text);

// The shortest such text for `seconds`: 14400 → "4h", 5400 → "1h30m",
// 0 → "0s". Negative numbers are written as seconds ("-5s").
std::string FormatDurationSeconds(int64_t seconds);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_DURATION_H_
