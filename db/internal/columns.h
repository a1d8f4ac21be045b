// Binding a row's members to the output columns of a SOCI statement, in
// SELECT order, with one call:
//
//   IntoColumns(st, id, site_id, person, Nullable(due_us, due_ind), version);
//
// A plain member is bound with soci::into(member); Nullable() pairs a member
// with the indicator that says whether the column was NULL; a member with a
// BindInto(soci::statement&) is a group of columns (e.g. PersonColumns in
// db/visitor/visitor_rows.h) and binds its own. The members must outlive the
// statement's fetches, as with soci::into itself.
#ifndef FRONTDESK_DB_INTERNAL_COLUMNS_H_
#define FRONTDESK_DB_INTERNAL_COLUMNS_H_

#include <soci/soci.h>

#include <optional>
#include <type_traits>
#include <utility>

namespace frontdesk::db {

template <typename T>
struct NullableColumn {
  T& value;
  soci::indicator& indicator;
};

template <typename T>
NullableColumn<T> Nullable(T& value, soci::indicator& indicator) {
  return {value, indicator};
}

// The value fetched into a Nullable() column: nullopt when it was NULL.
template <typename T>
std::optional<T> ValueIfNotNull(const T& value, soci::indicator indicator) {
  return indicator == soci::i_ok ? std::optional<T>(value) : std::nullopt;
}

namespace internal {

template <typename T>
struct IsNullableColumn : std::false_type {};
template <typename T>
struct IsNullableColumn<NullableColumn<T>> : std::true_type {};

template <typename T, typename = void>
struct IsColumnGroup : std::false_type {};
template <typename T>
struct IsColumnGroup<T, std::void_t<decltype(std::declval<T&>().BindInto(
                            std::declval<soci::statement&>()))>>
    : std::true_type {};

template <typename Column>
void IntoColumn(soci::statement& st, Column&& column) {
  using Plain = std::decay_t<Column>;
  if constexpr (IsNullableColumn<Plain>::value) {
    st.exchange(soci::into(column.value, column.indicator));
  } else if constexpr (IsColumnGroup<Plain>::value) {
    column.BindInto(st);
  } else {
    st.exchange(soci::into(column));
  }
}

}  // namespace internal

template <typename... Columns>
void IntoColumns(soci::statement& st, Columns&&... columns) {
  (internal::IntoColumn(st, std::forward<Columns>(columns)), ...);
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_COLUMNS_H_
