// Input rules of the visitor register (visitor_service.proto states them).
// Each Check* validates a request message in place: it reports every broken
// field at once (INVALID_ARGUMENT with one violation per field) and, when
// all are valid, rewrites the message into canonical form (trimmed names,
// canonical document numbers, upper-cased plates) for storage and matching.
// The Mask* functions give the masked view of numbers for callers who may
// not see them.
#ifndef FRONTDESK_SERVER_VISITOR_VISITOR_RULES_H_
#define FRONTDESK_SERVER_VISITOR_VISITOR_RULES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk {

// A person at the desk. `document_required`: type and number must be given
// (a refusal or watchlist entry may know only a description or a name).
absl::Status CheckVisitor(const std::string& field, bool document_required,
                          v1::Visitor* visitor);

// The visit part of CheckInVisitorRequest for site `site_id`: visitor
// (document checked only if given; the rule "no document" is the desk's),
// party size, host, purpose, expected departure in (now, now + 7 days] when
// set.
absl::Status CheckVisit(const std::string& site_id, absl::Time now,
                        v1::Visit* visit);

// True when the visitor shows no identity document.
bool LacksDocument(const v1::Visitor& visitor);

absl::Status CheckRefusal(const std::string& site_id, v1::Refusal* refusal);

// Either a document, or both a name and a phone; action, reason 1..500,
// expire_time in (now, now + 3 years].
absl::Status CheckWatchlistEntry(absl::Time now, v1::WatchlistEntry* entry);

// display_name required; host unit or location; validity window of at most
// 30 days; max_uses 0..100. valid_from defaults to now.
absl::Status CheckVisitorPass(const std::string& site_id, absl::Time now,
                              v1::VisitorPass* pass);

// A pass code as typed: 8 of the pass alphabet, any case. Returns the
// canonical (upper-case) code or INVALID_ARGUMENT on "pass_code".
absl::StatusOr<std::string> CanonicalPassCode(const std::string& code);
// A new random pass code.
std::string NewPassCode();

// Masks document and phone numbers in place.
void MaskVisitor(v1::Visitor* visitor);
void MaskContact(v1::Contact* contact);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_VISITOR_RULES_H_
