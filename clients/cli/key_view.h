// Table-mode rendering of key custody (-o table of `frontdesk key ...`): a
// key, the list of keys and a key's history. JSON output does not come here:
// it is the protobuf JSON of the response (output.h).
//
// Borrowers are staff ids or a person's name and phone (as the server
// returned it: masked unless the read was unmasked); enum values as the words
// the options take ("vacant-unit", "on-loan"); times in the CLI time zone.
#ifndef FRONTDESK_CLIENTS_CLI_KEY_VIEW_H_
#define FRONTDESK_CLIENTS_CLI_KEY_VIEW_H_

#include <iosfwd>
#include <string>

#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {

// "wang.li" for a staff member, "李师傅 139****2222" for a person outside
// the staff; "" for none.
std::string KeyBorrowerLabel(const v1::KeyBorrower& borrower);

// The key's fields, with its current loan and retirement when it has them.
void PrintKey(const v1::Key& key, std::ostream& out);
// TAG, KIND, UNIT, SLOT, STATE, BORROWER, DUE, OVERDUE.
void PrintKeyTable(const google::protobuf::RepeatedPtrField<v1::Key>& keys,
                   std::ostream& out);
// TIME, EVENT, BY, BORROWER, DUE, LATE, DETAIL.
void PrintKeyEventTable(
    const google::protobuf::RepeatedPtrField<v1::KeyEvent>& events,
    std::ostream& out);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_KEY_VIEW_H_
