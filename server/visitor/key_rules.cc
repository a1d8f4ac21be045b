#include "server/visitor/key_rules.h"

#include <google/protobuf/util/message_differencer.h>

#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

using v1::Key;
using v1::KeyBorrower;

constexpr int kMaxAuthorized = 50;

absl::Status Precondition(absl::string_view reason, absl::string_view text) {
  return Error(absl::StatusCode::kFailedPrecondition, reason, text);
}

bool AllDigits(absl::string_view s) {
  for (char c : s) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

bool SameBorrower(const KeyBorrower& a, const KeyBorrower& b) {
  if (a.has_staff() || b.has_staff()) {
    return a.has_staff() && b.has_staff() && a.staff() == b.staff();
  }
  const v1::Visitor& p = a.person();
  const v1::Visitor& q = b.person();
  if (!p.document().number().empty() && !q.document().number().empty()) {
    return p.document().type() == q.document().type() &&
           p.document().number() == q.document().number();
  }
  return p.display_name() == q.display_name() &&
         PhoneDigits(p.phone()) == PhoneDigits(q.phone());
}

std::string StateWord(const Key& key) { return Key::State_Name(key.state()); }

void MaskBorrower(KeyBorrower* b) {
  if (!b->has_person()) return;
  v1::Visitor* p = b->mutable_person();
  if (!p->phone().empty()) p->set_phone(MaskPhone(p->phone()));
  if (!p->document().number().empty()) {
    p->mutable_document()->set_number(
        MaskDocumentNumber(p->document().number()));
  }
}

bool PersonHasNumbers(const KeyBorrower& b) {
  return b.has_person() && (!b.person().phone().empty() ||
                            !b.person().document().number().empty());
}

std::string BorrowersText(const Key& key) {
  std::vector<std::string> labels;
  for (const auto& b : key.authorized_borrowers()) {
    labels.push_back(BorrowerLabel(b));
  }
  return absl::StrJoin(labels, ", ");
}

std::string ContactText(const v1::Contact& c) {
  if (c.name().empty() && c.phone().empty()) return "";
  return absl::StrCat(c.name(), " ", MaskPhone(c.phone()));
}

}  // namespace

absl::StatusOr<KeyBorrower> CanonicalBorrower(absl::string_view field,
                                              const KeyBorrower& borrower,
                                              bool document_required) {
  KeyBorrower out;
  if (borrower.has_staff()) {
    auto staff =
        ParseStaffName(absl::StrCat(field, ".staff"), borrower.staff());
    if (!staff.ok()) return staff.status();
    out.set_staff(StaffName(*staff));
    return out;
  }
  if (!borrower.has_person()) {
    return InvalidField(field,
                        "is required: a staff member (staff) or a person "
                        "outside the staff (person)");
  }
  const v1::Visitor& in = borrower.person();
  Violations v;
  std::string name(absl::StripAsciiWhitespace(in.display_name()));
  v.Merge(CheckText(absl::StrCat(field, ".person.display_name"), name, 1, 64));
  std::string phone(absl::StripAsciiWhitespace(in.phone()));
  v.Merge(CheckPhone(absl::StrCat(field, ".person.phone"), phone));
  v1::Visitor* person = out.mutable_person();
  person->set_display_name(name);
  person->set_phone(phone);
  const v1::IdentityDocument& doc = in.document();
  std::string doc_field = absl::StrCat(field, ".person.document");
  if (doc.type() == v1::IdentityDocument::TYPE_UNSPECIFIED) {
    if (!doc.number().empty()) {
      v.Add(absl::StrCat(doc_field, ".type"),
            "is required with a document number");
    } else if (document_required) {
      v.Add(doc_field,
            "is required: a person outside the staff shows an identity "
            "document to borrow a key");
    }
  } else if (!v1::IdentityDocument::Type_IsValid(doc.type())) {
    v.Add(absl::StrCat(doc_field, ".type"), "is not a document type");
  } else {
    auto number = NormalizeDocumentNumber(absl::StrCat(doc_field, ".number"),
                                          doc.type(), doc.number());
    if (!number.ok()) {
      v.Merge(number.status());
    } else {
      person->mutable_document()->set_type(doc.type());
      person->mutable_document()->set_number(*number);
    }
  }
  if (!v.empty()) return v.ToStatus();
  return out;
}

absl::StatusOr<Key> CanonicalKey(const Key& key) {
  Violations v;
  Key out;
  out.set_name(key.name());
  out.set_etag(key.etag());
  v.Merge(CheckKeyTag("key.tag", key.tag()));
  out.set_tag(key.tag());
  out.set_kind(key.kind());
  bool unit_key =
      key.kind() == Key::VACANT_UNIT || key.kind() == Key::ENTRUSTED_UNIT;
  if (key.kind() == Key::KIND_UNSPECIFIED || !Key::Kind_IsValid(key.kind())) {
    v.Add("key.kind",
          "is required: VACANT_UNIT, ENTRUSTED_UNIT or PUBLIC_AREA");
  } else if (unit_key) {
    if (key.unit().empty()) {
      v.Add("key.unit", "is required for the key of a unit");
    } else {
      v.Merge(ParseUnitName("key.unit", key.unit()).status());
    }
  } else if (!key.unit().empty()) {
    v.Add("key.unit", "must be empty for a PUBLIC_AREA key");
  }
  out.set_unit(key.unit());
  if (key.kind() == Key::PUBLIC_AREA || !key.description().empty()) {
    v.Merge(CheckText("key.description", key.description(), 1, 200));
  }
  out.set_description(key.description());
  if (key.copies() < 0 || key.copies() > 50) {
    v.Add("key.copies", "must be 1..50 (0 means 1)");
  }
  out.set_copies(key.copies() == 0 ? 1 : key.copies());
  if (!key.storage_slot().empty()) {
    v.Merge(CheckText("key.storage_slot", key.storage_slot(), 1, 16));
  }
  out.set_storage_slot(key.storage_slot());
  if (key.authorized_borrowers_size() > kMaxAuthorized) {
    v.Add("key.authorized_borrowers",
          absl::StrCat("at most ", kMaxAuthorized, " borrowers"));
  }
  for (int i = 0; i < key.authorized_borrowers_size(); ++i) {
    std::string field = absl::StrCat("key.authorized_borrowers[", i, "]");
    auto b = CanonicalBorrower(field, key.authorized_borrowers(i), false);
    if (!b.ok()) {
      v.Merge(b.status());
      continue;
    }
    for (const auto& seen : out.authorized_borrowers()) {
      if (SameBorrower(seen, *b)) {
        v.Add(field, "is already on the list");
        break;
      }
    }
    *out.add_authorized_borrowers() = *std::move(b);
  }
  const v1::Contact& owner = key.entrusted_by();
  if (key.kind() == Key::ENTRUSTED_UNIT) {
    v.Merge(CheckText("key.entrusted_by.name", owner.name(), 1, 64));
    v.Merge(CheckPhone("key.entrusted_by.phone", owner.phone()));
    if (!owner.unit().empty() || !owner.location().empty()) {
      v.Add("key.entrusted_by",
            "takes the owner's name and phone only (the unit is key.unit)");
    }
    out.mutable_entrusted_by()->set_name(
        std::string(absl::StripAsciiWhitespace(owner.name())));
    out.mutable_entrusted_by()->set_phone(
        std::string(absl::StripAsciiWhitespace(owner.phone())));
  } else if (!owner.name().empty() || !owner.phone().empty() ||
             !owner.unit().empty() || !owner.location().empty()) {
    v.Add("key.entrusted_by", "is only for ENTRUSTED_UNIT keys");
  }
  if (!v.empty()) return v.ToStatus();
  return out;
}

bool IsAuthorizedBorrower(const Key& key, const KeyBorrower& borrower) {
  for (const KeyBorrower& allowed : key.authorized_borrowers()) {
    if (borrower.has_staff()) {
      if (allowed.has_staff() && allowed.staff() == borrower.staff()) {
        return true;
      }
      continue;
    }
    if (!allowed.has_person() || !borrower.has_person()) continue;
    const v1::Visitor& a = allowed.person();
    const v1::Visitor& p = borrower.person();
    if (!a.document().number().empty()) {
      if (a.document().type() == p.document().type() &&
          a.document().number() == p.document().number()) {
        return true;
      }
    } else if (a.display_name() == p.display_name() &&
               PhoneDigits(a.phone()) == PhoneDigits(p.phone())) {
      return true;
    }
  }
  return false;
}

absl::Status CheckCanLend(const Key& key) {
  if (key.state() == Key::IN_STORE) return absl::OkStatus();
  return Precondition(
      "KEY_NOT_IN_STORE",
      absl::StrCat("key ", key.tag(), " is ", StateWord(key),
                   ", not IN_STORE: a key is lent only from the cabinet",
                   key.state() == Key::ON_LOAN ? " (return it first)" : ""));
}

absl::Status CheckCanReturn(const Key& key) {
  if (key.state() == Key::ON_LOAN) return absl::OkStatus();
  return Precondition("KEY_NOT_ON_LOAN",
                      absl::StrCat("key ", key.tag(), " is ", StateWord(key),
                                   ", not ON_LOAN: only a key that is out can "
                                   "be returned"));
}

absl::Status CheckCanRetire(const Key& key, Key::RetireReason reason) {
  if (key.state() == Key::RETIRED) {
    return Precondition("KEY_RETIRED",
                        absl::StrCat("key ", key.tag(), " is retired already"));
  }
  if (key.state() == Key::ON_LOAN && reason != Key::LOST) {
    return Precondition(
        "KEY_ON_LOAN",
        absl::StrCat("key ", key.tag(),
                     " is on loan: return it first (only a LOST key is "
                     "retired while out)"));
  }
  return absl::OkStatus();
}

absl::Status CheckCanUpdate(const Key& key) {
  if (key.state() != Key::RETIRED) return absl::OkStatus();
  return Precondition("KEY_RETIRED",
                      absl::StrCat("key ", key.tag(),
                                   " is retired: its register entry is "
                                   "closed"));
}

absl::Status CheckDueTime(absl::string_view field, absl::Time due,
                          absl::Time now) {
  if (due <= now) return InvalidField(field, "must be after now");
  if (due > now + kMaxKeyLoan) {
    return InvalidField(field, "must be at most 7 days ahead");
  }
  return absl::OkStatus();
}

absl::StatusOr<KeyUpdate> ApplyKeyUpdate(
    const Key& current, const Key& patch,
    const google::protobuf::FieldMask& mask) {
  if (mask.paths().empty()) {
    return InvalidField("update_mask",
                        "is required: name the fields to change");
  }
  Key merged = current;
  std::set<std::string> paths;
  for (const std::string& path : mask.paths()) {
    if (path == "kind" || path == "unit") {
      return InvalidField("update_mask",
                          absl::StrCat(path,
                                       " is fixed: retire the key and "
                                       "create a new one"));
    }
    if (path == "tag") {
      merged.set_tag(patch.tag());
    } else if (path == "description") {
      merged.set_description(patch.description());
    } else if (path == "copies") {
      merged.set_copies(patch.copies());
    } else if (path == "storage_slot") {
      merged.set_storage_slot(patch.storage_slot());
    } else if (path == "authorized_borrowers") {
      *merged.mutable_authorized_borrowers() = patch.authorized_borrowers();
    } else if (path == "entrusted_by") {
      *merged.mutable_entrusted_by() = patch.entrusted_by();
    } else {
      return InvalidField(
          "update_mask",
          absl::StrCat("\"", path,
                       "\" cannot be changed; mutable: tag, description, "
                       "copies, storage_slot, authorized_borrowers, "
                       "entrusted_by"));
    }
    paths.insert(path);
  }
  auto canonical = CanonicalKey(merged);
  if (!canonical.ok()) return canonical.status();
  KeyUpdate update;
  update.key = current;
  update.key.set_tag(canonical->tag());
  update.key.set_description(canonical->description());
  update.key.set_copies(canonical->copies());
  update.key.set_storage_slot(canonical->storage_slot());
  *update.key.mutable_authorized_borrowers() =
      canonical->authorized_borrowers();
  *update.key.mutable_entrusted_by() = canonical->entrusted_by();
  auto change = [&](const std::string& field, const std::string& before,
                    const std::string& after) {
    if (before == after) return;
    v1::FieldChange c;
    c.set_field(field);
    c.set_old_value(before);
    c.set_new_value(after);
    update.changes.push_back(std::move(c));
  };
  change("tag", current.tag(), update.key.tag());
  change("description", current.description(), update.key.description());
  change("copies", absl::StrCat(current.copies()),
         absl::StrCat(update.key.copies()));
  change("storage_slot", current.storage_slot(), update.key.storage_slot());
  bool borrowers_same = current.authorized_borrowers_size() ==
                        update.key.authorized_borrowers_size();
  for (int i = 0; borrowers_same && i < current.authorized_borrowers_size();
       ++i) {
    borrowers_same = google::protobuf::util::MessageDifferencer::Equals(
        current.authorized_borrowers(i), update.key.authorized_borrowers(i));
  }
  if (!borrowers_same) {
    update.authorized_borrowers_changed = true;
    v1::FieldChange c;
    c.set_field("authorized_borrowers");
    c.set_old_value(BorrowersText(current));
    c.set_new_value(BorrowersText(update.key));
    update.changes.push_back(std::move(c));
  }
  if (!google::protobuf::util::MessageDifferencer::Equals(
          current.entrusted_by(), update.key.entrusted_by())) {
    v1::FieldChange c;
    c.set_field("entrusted_by");
    c.set_old_value(ContactText(current.entrusted_by()));
    c.set_new_value(ContactText(update.key.entrusted_by()));
    update.changes.push_back(std::move(c));
  }
  return update;
}

bool HasPersonalNumbers(const Key& key) {
  for (const auto& b : key.authorized_borrowers()) {
    if (PersonHasNumbers(b)) return true;
  }
  return PersonHasNumbers(key.current_loan().borrower()) ||
         !key.entrusted_by().phone().empty();
}

bool HasPersonalNumbers(const v1::KeyEvent& event) {
  return PersonHasNumbers(event.borrower()) ||
         PersonHasNumbers(event.returned_by());
}

void MaskKey(Key* key) {
  for (auto& b : *key->mutable_authorized_borrowers()) MaskBorrower(&b);
  if (key->has_current_loan()) {
    MaskBorrower(key->mutable_current_loan()->mutable_borrower());
  }
  if (!key->entrusted_by().phone().empty()) {
    key->mutable_entrusted_by()->set_phone(
        MaskPhone(key->entrusted_by().phone()));
  }
  key->set_masked(true);
}

void MaskKeyEvent(v1::KeyEvent* event) {
  if (event->has_borrower()) MaskBorrower(event->mutable_borrower());
  if (event->has_returned_by()) MaskBorrower(event->mutable_returned_by());
}

std::string BorrowerLabel(const KeyBorrower& borrower) {
  if (borrower.has_staff()) return borrower.staff();
  if (!borrower.has_person()) return "";
  const v1::Visitor& p = borrower.person();
  if (p.phone().empty()) return p.display_name();
  std::string phone =
      absl::StrContains(p.phone(), '*') ? p.phone() : MaskPhone(p.phone());
  return absl::StrCat(p.display_name(), " ", phone);
}

}  // namespace frontdesk
