#include "clients/cli/help_texts.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "clients/cli/messages.h"
#include "clients/cli/output.h"

namespace frontdesk::cli {
namespace {

// "site" for "--site", the positional's name for a positional.
std::string OptionKeyName(const CLI::Option& option) {
  if (!option.get_lnames().empty()) return option.get_lnames().front();
  if (!option.get_snames().empty()) return option.get_snames().front();
  return option.get_name();
}

// The catalogue text for `key` in the CLI language, else the shared
// "help.opt.<name>" entry when it says `english`, else nullptr.
const Message* HelpEntry(const std::string& key, const std::string& shared,
                         const std::string& english) {
  if (const Message* message = FindMessage(key)) return message;
  if (shared.empty()) return nullptr;
  const Message* message = FindMessage(shared);
  return message != nullptr && english == message->en ? message : nullptr;
}

void Visit(const CLI::App& app, const std::string& path,
           const std::function<void(const std::string&, const std::string&,
                                    CLI::App*, CLI::Option*)>& visit) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_description().empty()) continue;  // e.g. --help
    const std::string name = OptionKeyName(*option);
    visit((path.empty() ? "help.opt." : "help." + path + ".") + name, name,
          nullptr, const_cast<CLI::Option*>(option));
  }
  for (const CLI::App* command : app.get_subcommands({})) {
    const std::string sub_path =
        (path.empty() ? "" : path + ".") + command->get_name();
    visit("help." + sub_path, "", const_cast<CLI::App*>(command), nullptr);
    Visit(*command, sub_path, visit);
  }
}

// CLI11's parse errors as CLI11 writes them, with its English words in the
// CLI language ("cli.*" of messages.h): option names and values stay.
std::string FailureMessage(const CLI::App* /*app*/, const CLI::Error& e) {
  std::string text = e.what();
  const auto split = [&text](const std::string& middle)
      -> std::optional<std::pair<std::string, std::string>> {
    size_t at = text.find(middle);
    if (at == std::string::npos) return std::nullopt;
    return std::make_pair(text.substr(0, at), text.substr(at + middle.size()));
  };
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    if (auto parts = split(" is required"); parts && parts->second.empty()) {
      text = Msg("cli.required", {parts->first});
    } else if (text == "A subcommand is required" ||
               text.rfind("Requires at least", 0) == 0) {
      text = Msg("cli.subcommand_required");
    }
  } else if (dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr) {
    if (auto parts = split(" excludes ")) {
      text = Msg("cli.excludes", {parts->first, parts->second});
    }
  } else if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    if (auto parts = split(" not expected: ")) {
      text = Msg("cli.not_expected", {parts->second});
    }
  } else if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    if (auto parts = split(" not in ")) {
      // "--kind: xiu not in {repair,...}": the option name stays in front.
      size_t colon = parts->first.rfind(": ");
      std::string option =
          colon == std::string::npos ? "" : parts->first.substr(0, colon + 2);
      std::string value = colon == std::string::npos
                              ? parts->first
                              : parts->first.substr(colon + 2);
      text = option + Msg("cli.not_in", {value, parts->second});
    }
  }
  return text + "\n" + Msg("cli.run_help") + "\n";
}

// CLI11's help formatter, with the option column padded by display width:
// CLI11 pads by bytes, so a Chinese label (必填) would push the texts of
// its line out of the column.
class WideFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* option,
                          bool is_positional) const override {
    std::string name = "  " + make_option_name(option, is_positional) +
                       make_option_opts(option);
    const std::string description = make_option_desc(option);
    const size_t width = get_column_width();
    const std::string indent(width, ' ');
    std::string line = name;
    if (!description.empty()) {
      const size_t used = DisplayWidth(name);
      line += used >= width ? "\n" + indent : std::string(width - used, ' ');
      for (char c : description) {
        line += c;
        if (c == '\n') line += indent;
      }
    }
    return line + "\n";
  }
};

}  // namespace

void PrepareApp(CLI::App& app) {
  auto formatter = std::make_shared<WideFormatter>();
  for (const char* label :
       {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "Positionals",
        "REQUIRED", "Env", "Needs", "Excludes"}) {
    formatter->label(label, Msg(std::string("cli.label.") + label));
  }
  app.formatter(formatter);
  app.failure_message(FailureMessage);
}

void LocalizeHelp(CLI::App& app) {
  const Lang lang = CliLang();
  Visit(app, "",
        [&](const std::string& key, const std::string& name, CLI::App* command,
            CLI::Option* option) {
          if (command != nullptr) {
            const Message* message =
                HelpEntry(key, "", command->get_description());
            if (message) command->description(InLang(*message, lang));
            command->group(Msg("cli.group.commands"));
            return;
          }
          const Message* message =
              HelpEntry(key, "help.opt." + name, option->get_description());
          if (message) option->description(InLang(*message, lang));
          if (option->get_group() == "Options") {
            option->group(Msg("cli.group.options"));
          }
        });
}

}  // namespace frontdesk::cli
