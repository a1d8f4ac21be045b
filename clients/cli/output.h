// Rendering of command results on stdout.
//
// -o json prints the protobuf JSON of a response message (camelCase names,
// pretty-printed). -o table prints
//   - lists as a Table: a header row and columns aligned by display width,
//     where East Asian wide characters (汉字, full-width forms) count as two
//     columns, so Chinese names line up in a terminal;
//   - single resources as KeyValues: "key: value" lines with aligned values.
// Headers and keys are written in English; they print in the CLI language
// (Header() of messages.h). Cells are one line: newlines and tabs inside a cell
// become spaces. Tables and views print times in the CLI time zone
// (local_time.h): the zone of the site the command is about, else TZ.
#ifndef FRONTDESK_CLIENTS_CLI_OUTPUT_H_
#define FRONTDESK_CLIENTS_CLI_OUTPUT_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/time/time.h"

namespace google::protobuf {
class Message;
class Timestamp;
}  // namespace google::protobuf

namespace frontdesk::cli {

// Terminal columns taken by UTF-8 `text`: 2 for East Asian wide and
// full-width characters, 0 for combining marks and controls, else 1.
size_t DisplayWidth(std::string_view text);

// `text` shortened to at most `max_width` columns, ending in "…" when cut.
std::string TruncateToWidth(std::string_view text, size_t max_width);

// "2026-11-23 14:05" in `zone`; "" for an unset timestamp.
std::string FormatLocalTime(const google::protobuf::Timestamp& time,
                            absl::TimeZone zone);
// The same in the CLI time zone (CliTimeZone() of local_time.h).
std::string FormatLocalTime(const google::protobuf::Timestamp& time);

// The last segment of a resource name: "sites/hx/units/3-2-501" → "3-2-501".
std::string LastSegment(const std::string& name);

// Prints `message` as pretty-printed protobuf JSON and a newline.
void PrintJson(const google::protobuf::Message& message, std::ostream& out);

// Prints `message` as protobuf JSON on one line (no whitespace), then a
// newline: for streams, one object per line.
void PrintJsonLine(const google::protobuf::Message& message, std::ostream& out);

class Table {
 public:
  explicit Table(std::vector<std::string> headers);

  // Cells longer than `max_width` columns are truncated in that column.
  void SetMaxWidth(size_t column, size_t max_width);
  void AddRow(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }

  // Columns are separated by two spaces; trailing spaces are not printed.
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<size_t> max_widths_;  // 0: unlimited
  std::vector<std::vector<std::string>> rows_;
};

class KeyValues {
 public:
  // Adds a line; `value` may span lines, which are indented under it.
  void Add(std::string key, std::string value);
  // Adds the line only when `value` is not empty.
  void AddIfSet(std::string key, std::string value);
  void Print(std::ostream& out) const;

 private:
  std::vector<std::pair<std::string, std::string>> lines_;
};

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_OUTPUT_H_
