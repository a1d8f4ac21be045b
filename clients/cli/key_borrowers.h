// Who may borrow, borrows or brings back a key, from what the desk types
// (WHO in key_commands.cc):
//   - "staff/{id}", or a staff id that exists → that staff member;
//   - the display name of exactly one staff member (e.g. "维修 张工") → that
//     staff member (staff of the key's site preferred when several share it);
//   - anything else → a person outside the staff with that name.
// Staff are looked up with DirectoryService (each call with the --timeout
// deadline); malformed input throws UsageError (exit 2).
#ifndef FRONTDESK_CLIENTS_CLI_KEY_BORROWERS_H_
#define FRONTDESK_CLIENTS_CLI_KEY_BORROWERS_H_

#include <string>

#include "clients/cli/client.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {

// The name ("staff/wang.li") of the staff member `who` names, surrounding
// whitespace ignored; "" when it names none. Throws UsageError when a
// display name is ambiguous or the staff cannot be listed.
std::string ResolveStaff(const Client& client, const std::string& site,
                         const std::string& who);

// --authorized-person "name,phone[,type:number]", e.g.
// "李师傅,13900002222,id-card:110101199003071233". Throws UsageError when
// malformed.
v1::KeyBorrower ParsePersonSpec(const std::string& spec);

// The phone and document given for a person outside the staff
// (--borrower-phone, --borrower-id-type, ...).
struct BorrowerPersonOptions {
  std::string phone, id_type, id_number;
  bool given() const {
    return !phone.empty() || !id_type.empty() || !id_number.empty();
  }
};

// The borrower `who` names. With `person` given it is always a person
// outside the staff; without, a staff member when `who` names one, else a
// person (with a note on stderr naming `option`, e.g. "--borrower").
v1::KeyBorrower ResolveBorrower(const Client& client, const std::string& site,
                                const std::string& who,
                                const BorrowerPersonOptions& person,
                                const std::string& option);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_KEY_BORROWERS_H_
