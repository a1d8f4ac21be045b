// The parts of the one message catalogue (messages.h), each kept in a file
// of its own so that none grows long: AllMessages() is their concatenation
// and is the only way the rest of the CLI sees them.
#ifndef FRONTDESK_CLIENTS_CLI_MESSAGES_PARTS_H_
#define FRONTDESK_CLIENTS_CLI_MESSAGES_PARTS_H_

#include <vector>

#include "clients/cli/messages.h"

namespace frontdesk::cli {

// Enum words of the directory, visitor, key, roster and work-order messages.
const std::vector<Message>& EnumMessages();
// Table headers and view keys ("head.*") and the nothing lines ("none.*")
// of the commands beyond the ticket's.
const std::vector<Message>& ViewMessages();
// The human part of usage errors ("usage.*").
const std::vector<Message>& UsageMessages();
// Help texts of the commands and their options ("help.*"), and CLI11's
// words ("cli.label.*", "cli.group.*"): the directory and the tickets ...
const std::vector<Message>& HelpMessages();
// ... and the desk's registers, rosters and reports.
const std::vector<Message>& DeskHelpMessages();

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_MESSAGES_PARTS_H_
