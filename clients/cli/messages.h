// The one message catalogue of the frontdesk CLI: every word it shows a
// person that differs by language — table headers and view keys ("col.*"),
// enum values ("enum.<Message.Enum>.<VALUE>", package left out, e.g.
// "enum.Ticket.Kind.REPAIR"), the "nothing" lines of empty lists
// ("none.*"), the human part of errors ("err.*", "reason.*") and the report
// renderers' labels (report_labels.h looks them up here). Each entry has a
// Chinese and an English text; a unit test checks both are non-empty and
// that their placeholders ({1}, {2} ...) are the same.
//
// The language is chosen once, before a command runs (main.cc): --lang
// zh|en, else LC_ALL, LC_MESSAGES, LANG (the first one set) starting with
// "zh" means Chinese, else English. Reason codes, -o json and option names
// never depend on it. There is one --lang, the global one (it may follow
// the command: `frontdesk report daily --lang en`). The report documents
// (text, CSV, HTML of the report commands) are the exception to the
// environment: they are Chinese unless --lang en is given, whatever LANG
// says, because they are the property's paperwork (ReportDocumentLang()).
//
// Help texts are "help.*" entries (help_texts.h says how commands and
// options find theirs), the human part of usage errors "usage.*", notes on
// stderr "note.*", CLI11's own words "cli.*". A key the code names
// (Msg("..."), a Table header, a KeyValues key) must be in the catalogue:
// cli.messages scans clients/cli/*.cc and *.h for them and fails on a
// missing one.
//
// English tables keep the CLI words of enums.h ("repair", "in-progress"):
// the catalogue's English enum texts are for the reports.
#ifndef FRONTDESK_CLIENTS_CLI_MESSAGES_H_
#define FRONTDESK_CLIENTS_CLI_MESSAGES_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace google::protobuf {
class EnumDescriptor;
}  // namespace google::protobuf

namespace frontdesk::cli {

enum class Lang { kZh, kEn };

struct Message {
  const char* key;
  const char* zh;
  const char* en;
};

// The whole catalogue, for the tests.
const std::vector<Message>& AllMessages();
// The entry of `key`; nullptr when there is none.
const Message* FindMessage(const std::string& key);
const char* InLang(const Message& message, Lang lang);

// "zh" or "en"; nullopt for anything else.
std::optional<Lang> LangOfWord(const std::string& word);
// The language the environment asks for: LC_ALL, else LC_MESSAGES, else
// LANG (the first one set and non-empty) starting with "zh" → kZh; else kEn.
Lang LangOfEnvironment();

// The language of this run: kEn until SetCliLang().
void SetCliLang(Lang lang);
Lang CliLang();

// The language --lang named, when it was given (main.cc): nullopt until then.
void SetLangOption(std::optional<Lang> lang);
// The language of a report document: --lang if given, else Chinese.
Lang ReportDocumentLang();

// The text of `key` in the CLI language, placeholders {1}, {2} ... replaced
// by `args`. A missing key (a bug) gives the key itself.
std::string Msg(const std::string& key,
                std::initializer_list<std::string> args = {});

// The placeholders of `text`, sorted: {"{1}", "{2}"} for "a {2} b {1}".
std::vector<std::string> Placeholders(const std::string& text);

// A table header or view key written in English ("STATUS", "kind"): under
// zh the catalogue's "col.<english>" when there is one, else `english`.
std::string Header(const std::string& english);

// The word shown for an enum value: under en the CLI word of enums.h
// ("own-maintenance"); under zh the catalogue's Chinese word (工程类) when
// it has one, else the CLI word. "" for 0.
std::string EnumText(const google::protobuf::EnumDescriptor* type, int number,
                     const std::string& prefix = "");

// The catalogue key of an enum value: "enum.Ticket.Kind.REPAIR".
std::string EnumKey(const google::protobuf::EnumDescriptor* type,
                    const std::string& value_name);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_MESSAGES_H_
