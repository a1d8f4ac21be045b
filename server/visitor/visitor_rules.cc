#include "server/visitor/visitor_rules.h"

#include <google/protobuf/util/time_util.h>
#include <openssl/rand.h>

#include <stdexcept>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

constexpr char kPassAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int kPassCodeLength = 8;

absl::Time ToTime(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

std::string Trimmed(const std::string& s) {
  return std::string(absl::StripAsciiWhitespace(s));
}

// Host: a unit of the site, or a location; optional name and phone.
void CheckHost(const std::string& field, const std::string& site_id,
               bool required, v1::Contact* host, Violations& v) {
  host->set_name(Trimmed(host->name()));
  host->set_location(Trimmed(host->location()));
  if (!host->unit().empty()) {
    auto unit = ParseUnitName(field + ".unit", host->unit());
    if (!unit.ok()) {
      v.Merge(unit.status());
    } else if (unit->site_id != site_id) {
      v.Add(field + ".unit", "must be a unit of this site");
    }
  } else if (host->location().empty() && required) {
    v.Add(field, "unit or location is required: whom or where they visit");
  }
  if (!host->location().empty()) {
    v.Merge(CheckText(field + ".location", host->location(), 1, 200));
  }
  if (!host->name().empty()) {
    v.Merge(CheckText(field + ".name", host->name(), 1, 64));
  }
  if (!host->phone().empty()) {
    if (absl::StrContains(host->phone(), '*')) {
      v.Add(field + ".phone", "must be the whole number, not a masked one");
    } else {
      v.Merge(CheckPhone(field + ".phone", host->phone()));
    }
  }
}

void CheckPurpose(const std::string& prefix, v1::Visit::Purpose purpose,
                  std::string* detail, Violations& v) {
  *detail = Trimmed(*detail);
  if (purpose == v1::Visit::PURPOSE_UNSPECIFIED ||
      !v1::Visit::Purpose_IsValid(purpose)) {
    v.Add(prefix + "purpose", "is required (VISIT_RESIDENT, DELIVERY, ...)");
  }
  if (purpose == v1::Visit::OTHER && detail->empty()) {
    v.Add(prefix + "purpose_detail", "is required when purpose is OTHER");
  }
  if (!detail->empty()) {
    v.Merge(CheckText(prefix + "purpose_detail", *detail, 1, 200));
  }
}

void CheckPartySize(const std::string& field, int32_t size, Violations& v) {
  if (size < 0 || size > 50) v.Add(field, "must be 1..50 (0 means 1)");
}

}  // namespace

bool LacksDocument(const v1::Visitor& visitor) {
  return visitor.document().type() == v1::IdentityDocument::TYPE_UNSPECIFIED ||
         absl::StripAsciiWhitespace(visitor.document().number()).empty();
}

absl::Status CheckVisitor(const std::string& field, bool document_required,
                          v1::Visitor* visitor) {
  Violations v;
  visitor->set_display_name(Trimmed(visitor->display_name()));
  v.Merge(CheckText(field + ".display_name", visitor->display_name(), 1, 64));
  auto* doc = visitor->mutable_document();
  bool has_type = doc->type() != v1::IdentityDocument::TYPE_UNSPECIFIED;
  bool has_number = !absl::StripAsciiWhitespace(doc->number()).empty();
  if (!v1::IdentityDocument::Type_IsValid(doc->type())) {
    v.Add(field + ".document.type", "is not a known document type");
  } else if (has_type != has_number) {
    v.Add(field + ".document", has_type
                                   ? "number is required with a document type"
                                   : "type is required with a document number");
  } else if (has_type) {
    auto number = NormalizeDocumentNumber(field + ".document.number",
                                          doc->type(), doc->number());
    if (number.ok()) {
      doc->set_number(*number);
    } else {
      v.Merge(number.status());
    }
  } else if (document_required) {
    v.Add(field + ".document", "is required");
  }
  if (!has_type && !has_number) visitor->clear_document();
  visitor->set_phone(Trimmed(visitor->phone()));
  if (!visitor->phone().empty()) {
    if (absl::StrContains(visitor->phone(), '*')) {
      v.Add(field + ".phone", "must be the whole number, not a masked one");
    } else {
      v.Merge(CheckPhone(field + ".phone", visitor->phone()));
    }
  }
  visitor->set_vehicle_plate(NormalizePlate(visitor->vehicle_plate()));
  if (!visitor->vehicle_plate().empty()) {
    v.Merge(
        CheckText(field + ".vehicle_plate", visitor->vehicle_plate(), 1, 16));
  }
  return v.ToStatus();
}

absl::Status CheckVisit(const std::string& site_id, absl::Time now,
                        v1::Visit* visit) {
  Violations v;
  v.Merge(CheckVisitor("visit.visitor", false, visit->mutable_visitor()));
  CheckPartySize("visit.party_size", visit->party_size(), v);
  CheckHost("visit.host", site_id, true, visit->mutable_host(), v);
  CheckPurpose("visit.", visit->purpose(), visit->mutable_purpose_detail(), v);
  if (visit->has_expected_departure_time()) {
    absl::Time until = ToTime(visit->expected_departure_time());
    if (until <= now) {
      v.Add("visit.expected_departure_time", "must be after the check-in");
    } else if (until > now + absl::Hours(24 * 7)) {
      v.Add("visit.expected_departure_time",
            "must be at most 7 days after the check-in");
    }
  }
  return v.ToStatus();
}

absl::Status CheckRefusal(const std::string& site_id, v1::Refusal* refusal) {
  Violations v;
  v.Merge(CheckVisitor("refusal.person", false, refusal->mutable_person()));
  CheckHost("refusal.host", site_id, false, refusal->mutable_host(), v);
  refusal->set_note(Trimmed(refusal->note()));
  auto reason = refusal->reason();
  if (reason == v1::Refusal::REASON_UNSPECIFIED ||
      !v1::Refusal::Reason_IsValid(reason)) {
    v.Add("refusal.reason",
          "is required (SUSPICIOUS, REFUSED_REGISTRATION, "
          "HOST_DECLINED, OTHER)");
  } else if (reason == v1::Refusal::NO_DOCUMENT ||
             reason == v1::Refusal::WATCHLIST) {
    v.Add("refusal.reason",
          "NO_DOCUMENT and WATCHLIST are recorded by CheckInVisitor itself");
  }
  if (reason == v1::Refusal::OTHER && refusal->note().empty()) {
    v.Add("refusal.note", "is required when reason is OTHER");
  }
  if (!refusal->note().empty()) {
    v.Merge(CheckText("refusal.note", refusal->note(), 1, 1000, true));
  }
  return v.ToStatus();
}

absl::Status CheckWatchlistEntry(absl::Time now, v1::WatchlistEntry* entry) {
  Violations v;
  auto* person = entry->mutable_person();
  person->set_display_name(Trimmed(person->display_name()));
  bool has_document = !LacksDocument(*person);
  if (!has_document &&
      (person->display_name().empty() || person->phone().empty())) {
    v.Add("watchlist_entry.person",
          "needs a document (type and number), or both a name and a phone");
  } else {
    // An entry by document alone needs no name: the rule of 1..64
    // characters applies to a name that is given.
    bool unnamed = person->display_name().empty();
    if (unnamed) person->set_display_name("?");
    v.Merge(CheckVisitor("watchlist_entry.person", false, person));
    if (unnamed) person->clear_display_name();
  }
  if (entry->action() == v1::WatchlistEntry::ACTION_UNSPECIFIED) {
    entry->set_action(v1::WatchlistEntry::DENY);
  } else if (!v1::WatchlistEntry::Action_IsValid(entry->action())) {
    v.Add("watchlist_entry.action", "must be DENY or ALERT");
  }
  entry->set_reason(Trimmed(entry->reason()));
  v.Merge(CheckText("watchlist_entry.reason", entry->reason(), 1, 500, true));
  if (!entry->has_expire_time()) {
    v.Add("watchlist_entry.expire_time",
          "is required: entries are never permanent");
  } else {
    absl::Time expire = ToTime(entry->expire_time());
    if (expire <= now) {
      v.Add("watchlist_entry.expire_time", "must be in the future");
    } else if (expire > now + absl::Hours(24 * 366 * 3)) {
      v.Add("watchlist_entry.expire_time", "must be at most 3 years ahead");
    }
  }
  return v.ToStatus();
}

absl::Status CheckVisitorPass(const std::string& site_id, absl::Time now,
                              v1::VisitorPass* pass) {
  Violations v;
  v.Merge(CheckVisitor("visitor_pass.visitor", false, pass->mutable_visitor()));
  CheckPartySize("visitor_pass.party_size", pass->party_size(), v);
  CheckHost("visitor_pass.host", site_id, true, pass->mutable_host(), v);
  CheckPurpose("visitor_pass.", pass->purpose(), pass->mutable_purpose_detail(),
               v);
  if (!pass->has_valid_from()) {
    *pass->mutable_valid_from() =
        TimeUtil::MicrosecondsToTimestamp(ToMicros(now));
  }
  absl::Time from = ToTime(pass->valid_from());
  if (!pass->has_expire_time()) {
    v.Add("visitor_pass.expire_time", "is required");
  } else {
    absl::Time expire = ToTime(pass->expire_time());
    if (expire <= from || expire <= now) {
      v.Add("visitor_pass.expire_time",
            "must be after valid_from and in the future");
    } else if (expire > from + absl::Hours(24 * 30)) {
      v.Add("visitor_pass.expire_time",
            "must be at most 30 days after valid_from");
    }
  }
  if (pass->max_uses() < 0 || pass->max_uses() > 100) {
    v.Add("visitor_pass.max_uses", "must be 1..100 (0 means 1)");
  }
  return v.ToStatus();
}

absl::StatusOr<std::string> CanonicalPassCode(const std::string& code) {
  std::string c = absl::AsciiStrToUpper(absl::StripAsciiWhitespace(code));
  bool ok = c.size() == kPassCodeLength;
  for (char ch : c) ok = ok && absl::StrContains(kPassAlphabet, ch);
  if (!ok) {
    return InvalidField("pass_code",
                        "must be the 8-character code of a visitor pass "
                        "(letters and digits without 0, O, 1, I, L)");
  }
  return c;
}

std::string NewPassCode() {
  unsigned char random[kPassCodeLength];
  if (RAND_bytes(random, sizeof(random)) != 1) {
    throw std::runtime_error("RAND_bytes failed");
  }
  std::string code;
  constexpr int kAlphabetSize = sizeof(kPassAlphabet) - 1;
  // 256 % 31 = 8: the bias toward the first 8 symbols is below 1/32 and
  // codes are single-use secrets compared by hash, not keys.
  for (unsigned char r : random) code += kPassAlphabet[r % kAlphabetSize];
  return code;
}

void MaskVisitor(v1::Visitor* visitor) {
  if (!visitor->document().number().empty()) {
    visitor->mutable_document()->set_number(
        MaskDocumentNumber(visitor->document().number()));
  }
  visitor->set_phone(MaskPhone(visitor->phone()));
}

void MaskContact(v1::Contact* contact) {
  contact->set_phone(MaskPhone(contact->phone()));
}

}  // namespace frontdesk
