#include "clients/cli/materials.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace frontdesk::cli {
namespace {

// A whole decimal number such as "1", "2.5" or "0.25"; no sign, exponent or
// surrounding space.
std::optional<double> ParseQuantity(const std::string& text) {
  if (text.empty()) return std::nullopt;
  int dots = 0;
  for (char c : text) {
    if (c == '.') {
      ++dots;
    } else if (!std::isdigit(static_cast<unsigned char>(c))) {
      return std::nullopt;
    }
  }
  if (dots > 1 || text == ".") return std::nullopt;
  double value = std::strtod(text.c_str(), nullptr);
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<v1::WorkOrder::Material> ParseMaterial(const std::string& text) {
  size_t last = text.rfind(':');
  if (last == std::string::npos) return std::nullopt;
  v1::WorkOrder::Material material;
  // NAME:QUANTITY
  if (auto quantity = ParseQuantity(text.substr(last + 1))) {
    material.set_name(text.substr(0, last));
    material.set_quantity(*quantity);
  } else {  // NAME:QUANTITY:UNIT
    if (last == 0) return std::nullopt;
    size_t before = text.rfind(':', last - 1);
    if (before == std::string::npos) return std::nullopt;
    auto with_unit = ParseQuantity(text.substr(before + 1, last - before - 1));
    if (!with_unit) return std::nullopt;
    material.set_name(text.substr(0, before));
    material.set_quantity(*with_unit);
    material.set_unit(text.substr(last + 1));
  }
  if (material.name().empty()) return std::nullopt;
  return material;
}

std::string FormatMaterial(const v1::WorkOrder::Material& material) {
  char quantity[32];
  std::snprintf(quantity, sizeof(quantity), "%.10g", material.quantity());
  std::string text = material.name() + " " + quantity;
  if (!material.unit().empty()) text += " " + material.unit();
  return text;
}

}  // namespace frontdesk::cli
