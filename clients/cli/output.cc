#include "clients/cli/output.h"

#include <google/protobuf/message.h>
#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <ostream>

#include "clients/cli/local_time.h"
#include "clients/cli/messages.h"

namespace frontdesk::cli {
namespace {

// Decodes the UTF-8 code point at text[*pos] and advances *pos past it. A
// malformed byte is returned as itself and skipped alone.
char32_t NextCodePoint(std::string_view text, size_t* pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(*pos);
  int length = lead < 0x80           ? 1
               : (lead >> 5) == 0x6  ? 2
               : (lead >> 4) == 0xE  ? 3
               : (lead >> 3) == 0x1E ? 4
                                     : 0;
  if (length <= 1 || *pos + length > text.size()) {
    ++*pos;
    return lead;
  }
  char32_t code = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    unsigned char next = byte(*pos + i);
    if ((next >> 6) != 0x2) {
      ++*pos;
      return lead;
    }
    code = (code << 6) | (next & 0x3F);
  }
  *pos += length;
  return code;
}

// After Markus Kuhn's wcwidth(): East Asian Wide (W) and Fullwidth (F).
bool IsWide(char32_t c) {
  return c >= 0x1100 &&
         (c <= 0x115F || c == 0x2329 || c == 0x232A ||
          (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
          (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) ||
          (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
          (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
          (c >= 0x20000 && c <= 0x2FFFD) || (c >= 0x30000 && c <= 0x3FFFD));
}

bool IsZeroWidth(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F);
}

size_t CodePointWidth(char32_t c) {
  if (IsZeroWidth(c)) return 0;
  return IsWide(c) ? 2 : 1;
}

// One line: line breaks and tabs become spaces.
std::string SingleLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text;
}

void PrintPadded(std::ostream& out, const std::string& text, size_t width) {
  out << text << std::string(width - std::min(width, DisplayWidth(text)), ' ');
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t pos = 0; pos < text.size();) {
    width += CodePointWidth(NextCodePoint(text, &pos));
  }
  return width;
}

std::string TruncateToWidth(std::string_view text, size_t max_width) {
  if (DisplayWidth(text) <= max_width) return std::string(text);
  const std::string_view kEllipsis = "...";
  size_t budget =
      max_width > kEllipsis.size() ? max_width - kEllipsis.size() : 0;
  size_t width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    size_t w = CodePointWidth(NextCodePoint(text, &next));
    if (width + w > budget) break;
    width += w;
    pos = next;
  }
  return std::string(text.substr(0, pos)) + std::string(kEllipsis);
}

std::string FormatLocalTime(const google::protobuf::Timestamp& time,
                            absl::TimeZone zone) {
  if (time.seconds() == 0 && time.nanos() == 0) return "";
  return absl::FormatTime("%Y-%m-%d %H:%M",
                          absl::FromUnixSeconds(time.seconds()), zone);
}

std::string FormatLocalTime(const google::protobuf::Timestamp& time) {
  return FormatLocalTime(time, CliTimeZone());
}

std::string LastSegment(const std::string& name) {
  return name.substr(name.rfind('/') + 1);
}

namespace {

void PrintJsonWith(const google::protobuf::Message& message, bool whitespace,
                   std::ostream& out) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = whitespace;
  std::string json;
  auto status =
      google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    // Only possible for messages with unresolvable Any fields.
    out << "{}\n";
    return;
  }
  out << json;
  if (json.empty() || json.back() != '\n') out << "\n";
}

}  // namespace

void PrintJson(const google::protobuf::Message& message, std::ostream& out) {
  PrintJsonWith(message, true, out);
}

void PrintJsonLine(const google::protobuf::Message& message,
                   std::ostream& out) {
  PrintJsonWith(message, false, out);
}

Table::Table(std::vector<std::string> headers)
    : headers_(std::move(headers)), max_widths_(headers_.size(), 0) {}

void Table::SetMaxWidth(size_t column, size_t max_width) {
  if (column < max_widths_.size()) max_widths_[column] = max_width;
}

void Table::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    cells[i] = SingleLine(std::move(cells[i]));
    if (max_widths_[i] > 0)
      cells[i] = TruncateToWidth(cells[i], max_widths_[i]);
  }
  rows_.push_back(std::move(cells));
}

void Table::Print(std::ostream& out) const {
  std::vector<std::string> headers;
  for (const std::string& header : headers_) headers.push_back(Header(header));
  std::vector<size_t> widths(headers.size());
  for (size_t i = 0; i < headers.size(); ++i) {
    widths[i] = DisplayWidth(headers[i]);
    for (const auto& row : rows_) {
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
    }
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    // Trailing empty cells print nothing, not spaces.
    size_t last = cells.size();
    while (last > 0 && cells[last - 1].empty()) --last;
    for (size_t i = 0; i < last; ++i) {
      if (i + 1 == last) {
        out << cells[i];
      } else {
        PrintPadded(out, cells[i], widths[i]);
        out << "  ";
      }
    }
    out << "\n";
  };
  print_row(headers);
  for (const auto& row : rows_) print_row(row);
}

void KeyValues::Add(std::string key, std::string value) {
  lines_.emplace_back(std::move(key), std::move(value));
}

void KeyValues::AddIfSet(std::string key, std::string value) {
  if (!value.empty()) Add(std::move(key), std::move(value));
}

void KeyValues::Print(std::ostream& out) const {
  size_t key_width = 0;
  for (const auto& [key, value] : lines_) {
    key_width = std::max(key_width, DisplayWidth(Header(key)) + 1);  // ':'
  }
  const std::string indent(key_width + 1, ' ');
  for (const auto& [key, value] : lines_) {
    PrintPadded(out, Header(key) + ":", key_width);
    size_t start = 0;
    bool first = true;
    do {
      size_t end = value.find('\n', start);
      std::string line = value.substr(
          start, end == std::string::npos ? std::string::npos : end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!first) out << indent;
      if (!line.empty()) out << (first ? " " : "") << line;
      out << "\n";
      first = false;
      start = end == std::string::npos ? end : end + 1;
    } while (start != std::string::npos);
  }
}

}  // namespace frontdesk::cli
