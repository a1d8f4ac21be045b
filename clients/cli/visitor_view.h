// Table-mode rendering of the visitor register (-o table): visits,
// refusals, alerts, watchlist entries, visitor passes, the site's visitor
// settings and the sensitive-data access log. JSON output does not come
// here: it is the protobuf JSON of the response (output.h).
//
// Document and phone numbers are printed as the server returned them
// (masked unless the read was unmasked); enum values as the words the
// options take ("id-card", "visit-resident"); times in the CLI time zone.
#ifndef FRONTDESK_CLIENTS_CLI_VISITOR_VIEW_H_
#define FRONTDESK_CLIENTS_CLI_VISITOR_VIEW_H_

#include <iosfwd>
#include <string>

#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {

template <typename T>
using Repeated = google::protobuf::RepeatedPtrField<T>;

// "id-card 1101**********1233"; "" when no document was shown.
std::string DocumentLabel(const v1::IdentityDocument& document);

// Whom or where a visitor came to: the unit id ("3-2-501") or the
// location, followed by the host's name if given.
std::string HostLabel(const v1::Contact& host);

// "visit-resident (探亲)"; the detail alone when it is the same as the word.
std::string PurposeLabel(int purpose, const std::string& detail);

void PrintVisit(const v1::Visit& visit, std::ostream& out);
// VISIT, STATUS, VISITOR, DOCUMENT, PHONE, VISITING, PURPOSE, IN, UNTIL/OUT;
// STATUS is "on-premises" or "checked-out", with ", overstayed" and
// ", ALERT" (watchlist alert) appended when they apply.
void PrintVisitTable(const Repeated<v1::Visit>& visits, std::ostream& out);

void PrintRefusal(const v1::Refusal& refusal, std::ostream& out);
// REFUSAL, TIME, REASON, PERSON, DOCUMENT, PHONE, ASKED FOR, BY, NOTE.
void PrintRefusalTable(const Repeated<v1::Refusal>& refusals,
                       std::ostream& out);

// ALERT, TIME, KIND, PERSON, WATCHLIST ENTRY, REFUSAL/VISIT, RAISED BY.
void PrintVisitorAlertTable(const Repeated<v1::VisitorAlert>& alerts,
                            std::ostream& out);

void PrintWatchlistEntry(const v1::WatchlistEntry& entry, std::ostream& out);
// ENTRY, ACTION, PERSON, DOCUMENT, PHONE, REASON, EXPIRES, BY, DELETED.
void PrintWatchlistTable(const Repeated<v1::WatchlistEntry>& entries,
                         std::ostream& out);

// The code, when present (only in CreateVisitorPass's response), first.
void PrintVisitorPass(const v1::VisitorPass& pass, std::ostream& out);
// PASS, STATE, VISITOR, VISITING, PURPOSE, VALID FROM, EXPIRES, USES.
void PrintVisitorPassTable(const Repeated<v1::VisitorPass>& passes,
                           std::ostream& out);

void PrintVisitorSettings(const v1::VisitorSettings& settings,
                          std::ostream& out);

// TIME, ACTOR, METHOD, RESOURCES, REASON.
void PrintSensitiveDataAccessTable(
    const Repeated<v1::SensitiveDataAccess>& accesses, std::ostream& out);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_VISITOR_VIEW_H_
