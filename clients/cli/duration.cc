#include "clients/cli/duration.h"

#include <cctype>
#include <string>
#include <utility>

namespace frontdesk::cli {
namespace {

constexpr int64_t kMinute = 60;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kMaxSeconds = 100 * 366 * kDay;

int64_t UnitSeconds(char unit) {
  switch (unit) {
    case 's':
      return 1;
    case 'm':
      return kMinute;
    case 'h':
      return kHour;
    case 'd':
      return kDay;
    default:
      return 0;
  }
}

}  // namespace

std::optional<int64_t> ParseDurationSeconds(const std::string& text) {
  if (text.empty()) return std::nullopt;
  int64_t total = 0;
  size_t i = 0;
  while (i < text.size()) {
    int64_t number = 0;
    size_t digits = 0;
    while (i < text.size() &&
           std::isdigit(static_cast<unsigned char>(text[i]))) {
      number = number * 10 + (text[i] - '0');
      if (number > kMaxSeconds) return std::nullopt;
      ++i;
      ++digits;
    }
    if (digits == 0 || i == text.size()) return std::nullopt;
    int64_t unit = UnitSeconds(text[i++]);
    if (unit == 0 || number > kMaxSeconds / unit) return std::nullopt;
    total += number * unit;
    if (total > kMaxSeconds) return std::nullopt;
  }
  return total;
}

std::string FormatDurationSeconds(int64_t seconds) {
  if (seconds <= 0) return std::to_string(seconds) + "s";
  std::string out;
  for (auto [unit, suffix] : {std::pair<int64_t, char>{kDay, 'd'},
                              {kHour, 'h'},
                              {kMinute, 'm'},
                              {1, 's'}}) {
    if (seconds >= unit) {
      out += std::to_string(seconds / unit) + suffix;
      seconds %= unit;
    }
  }
  return out;
}

}  // namespace frontdesk::cli
