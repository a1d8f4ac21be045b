// The help texts of the commands and options from the message catalogue
// (messages.h), in the CLI language.
//
// The command files write each description in English beside its option, so
// that the code reads on its own; LocalizeHelp() then replaces, after the
// whole app is built, every description that has a catalogue entry:
//   a command            "help.<path>"            help.ticket.create
//   an option            "help.<path>.<name>"     help.ticket.create.site
//   a shared option      "help.opt.<name>"        help.opt.request-id
// (<path> is the command names from the top, joined by '.'; <name> the long
// option name without "--", or the positional's name). A "help.opt.*"
// entry is used only where the option's English text is the entry's English
// text, so one entry serves every option that says the same thing and never
// one that means something else. CLI11's own words (Usage, OPTIONS,
// REQUIRED, the group headings) come from "cli.*" entries.
#ifndef FRONTDESK_CLIENTS_CLI_HELP_TEXTS_H_
#define FRONTDESK_CLIENTS_CLI_HELP_TEXTS_H_

namespace CLI {
class App;
}  // namespace CLI

namespace frontdesk::cli {

// Gives `app` CLI11's help formatter with display-width columns and the
// labels (Usage, REQUIRED ...) in the CLI language, and CLI11's parse errors
// in the CLI language ("cli.*"; option names and values stay). Call it
// before adding commands: they copy both from their parent.
void PrepareApp(CLI::App& app);

// Sets every description of `app` and its commands from the catalogue in
// the CLI language (SetCliLang() must come first). Texts without an entry
// stay as the code wrote them.
void LocalizeHelp(CLI::App& app);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_HELP_TEXTS_H_
