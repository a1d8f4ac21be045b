// Resource names (see protos/frontdesk/v1/*.proto) from what users type.
// Short forms are expanded and full names pass through unchanged, so both
// `--site hx` and `--site sites/hx` work. Malformed input is left for the
// server to reject, except where the CLI must understand it (UsageError).
#ifndef FRONTDESK_CLIENTS_CLI_NAMES_H_
#define FRONTDESK_CLIENTS_CLI_NAMES_H_

#include <string>

namespace frontdesk::cli {

// "hx" → "sites/hx".
std::string SiteName(const std::string& site);
// The parent of a list: SiteName(site), or "sites/-" (every site the caller
// may see) when `site` is "".
std::string SiteNameOrAll(const std::string& site);
// "sites/hx" → "hx"; a short id is returned as is.
std::string SiteId(const std::string& site);

// "wang.li" → "staff/wang.li".
std::string StaffName(const std::string& staff);

// "eng" of site "hx" → "sites/hx/departments/eng"; a full name passes
// through. Throws UsageError for a short form when `site` is "".
std::string DepartmentName(const std::string& site,
                           const std::string& department);

// "otis" → "vendors/otis".
std::string VendorName(const std::string& vendor);

// "3-2-501" of site "hx" → "sites/hx/units/3-2-501"; "" stays "" (no unit).
// Throws UsageError for a short form when `site_id` is "" or "-".
std::string UnitName(const std::string& site_id, const std::string& unit);

// "sites/hx/tickets/12" unchanged; a ticket number "HX-20261123-0007" →
// "sites/-/tickets/HX-20261123-0007" (the server accepts a number with "-" in
// every ticket RPC). Throws UsageError for a bare numeric id, which is
// ambiguous without its site.
std::string TicketName(const std::string& name_or_number);

// The site id of a ticket name from TicketName(): "sites/hx/tickets/12" →
// "hx"; "sites/-/tickets/HX-20261123-0007" → "hx" (a number starts with the
// upper-case site id).
std::string TicketSiteId(const std::string& ticket_name);

// The site a command argument points at, for choosing the CLI time zone:
// "sites/hx/visits/12" → "hx" (any resource under a site),
// "HX-20261123-0007" → "hx" (a ticket number); "" for anything else,
// including "sites/-/..." and a bare "sites/hx".
std::string SiteIdOfArgument(const std::string& argument);

// Who a ticket is dispatched to, from what the desk types: "wang.li" →
// "staff/wang.li"; "dept:maintenance" or "department:maintenance" →
// "sites/{site_id}/departments/maintenance"; "vendor:otis" → "vendors/otis";
// "staff:wang.li" → "staff/wang.li"; a full name (staff/..., sites/...,
// vendors/...) unchanged. Throws UsageError for an empty id after a prefix,
// and for a department when `site_id` is "" or "-".
std::string AssigneeName(const std::string& site_id,
                         const std::string& assignee);

// The short form of an assignee for tables, the inverse of AssigneeName():
// "staff/wang.li" → "wang.li", "sites/hx/departments/eng" → "dept:eng",
// "vendors/otis" → "vendor:otis"; anything else unchanged.
std::string AssigneeLabel(const std::string& name);

// True for a work order name "sites/hx/tickets/12/workOrders/3" (as opposed
// to a ticket name or number).
bool IsWorkOrderName(const std::string& text);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_NAMES_H_
