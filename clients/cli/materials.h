// A material used on a work order, as typed after --material:
//   NAME:QUANTITY[:UNIT]     e.g. "阀门:1:个", "PPR管:2.5:米", "密封胶:1"
// The quantity is a decimal number; a name may itself contain ':' (the
// quantity is the last number-shaped part). Limits (quantity > 0, name and
// unit lengths) are for the server.
#ifndef FRONTDESK_CLIENTS_CLI_MATERIALS_H_
#define FRONTDESK_CLIENTS_CLI_MATERIALS_H_

#include <optional>
#include <string>

#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::cli {

// The material `text` describes, or nullopt when it is not of that form.
std::optional<v1::WorkOrder::Material> ParseMaterial(const std::string& text);

// "阀门 1 个", "密封胶 1": a material for display; the quantity as short as
// it reads ("2.5", not "2.500000").
std::string FormatMaterial(const v1::WorkOrder::Material& material);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_MATERIALS_H_
