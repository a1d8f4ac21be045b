#include "db/directory/site_store.h"

#include <soci/soci.h>

#include "common/names.h"
#include "common/status.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

constexpr const char* kSiteColumns =
    "SELECT id, display_name, time_zone, address, create_time_us,"
    " update_time_us, version FROM sites";

struct SiteRow {
  std::string id, display_name, time_zone, address;
  long long create_us = 0, update_us = 0, version = 0;

  v1::Site ToProto() const {
    v1::Site s;
    s.set_name(SiteName(id));
    s.set_display_name(display_name);
    s.set_time_zone(time_zone);
    s.set_address(address);
    SetTimestamp(s.mutable_create_time(), create_us);
    SetTimestamp(s.mutable_update_time(), update_us);
    s.set_etag(Etag(version));
    return s;
  }
};

struct UnitRow {
  std::string site_id, id, building, entrance, room;
  long long create_us = 0, version = 0;

  v1::Unit ToProto() const {
    v1::Unit u;
    u.set_name(UnitName(site_id, id));
    u.set_building(building);
    u.set_entrance(entrance);
    u.set_room(room);
    SetTimestamp(u.mutable_create_time(), create_us);
    u.set_etag(Etag(version));
    return u;
  }
};

absl::Status SiteNotFound(const std::string& site_id) {
  return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
               "site \"sites/" + site_id + "\" does not exist");
}

}  // namespace

absl::StatusOr<v1::Site> CreateSite(Tx& tx, const std::string& site_id,
                                    const v1::Site& site, long long now_us) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(exists);
  if (exists) {
    return Error(absl::StatusCode::kAlreadyExists, "SITE_EXISTS",
                 "site \"sites/" + site_id + "\" already exists");
  }
  tx.sql << "INSERT INTO sites (id, display_name, time_zone, address,"
            " create_time_us, update_time_us, version)"
            " VALUES (:id, :dn, :tz, :addr, :c, :u, 1)",
      soci::use(site_id), soci::use(site.display_name()),
      soci::use(site.time_zone()), soci::use(site.address()), soci::use(now_us),
      soci::use(now_us);
  return GetSite(tx, site_id);
}

absl::StatusOr<v1::Site> GetSite(Tx& tx, const std::string& site_id) {
  SiteRow r;
  tx.sql << std::string(kSiteColumns) + " WHERE id = :id", soci::use(site_id),
      soci::into(r.id), soci::into(r.display_name), soci::into(r.time_zone),
      soci::into(r.address), soci::into(r.create_us), soci::into(r.update_us),
      soci::into(r.version);
  if (!tx.sql.got_data()) return SiteNotFound(site_id);
  return r.ToProto();
}

absl::StatusOr<std::vector<v1::Site>> ListSites(Tx& tx,
                                                const std::string& after_id,
                                                int limit) {
  SiteRow r;
  soci::statement st =
      (tx.sql.prepare << std::string(kSiteColumns) +
                             " WHERE id > :after ORDER BY id LIMIT :lim",
       soci::use(after_id), soci::use(limit), soci::into(r.id),
       soci::into(r.display_name), soci::into(r.time_zone),
       soci::into(r.address), soci::into(r.create_us), soci::into(r.update_us),
       soci::into(r.version));
  st.execute();
  std::vector<v1::Site> out;
  while (st.fetch()) out.push_back(r.ToProto());
  return out;
}

absl::StatusOr<v1::Unit> CreateUnit(Tx& tx, const std::string& site_id,
                                    const std::string& unit_id,
                                    const v1::Unit& unit, long long now_us) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(exists);
  if (!exists) return SiteNotFound(site_id);
  tx.sql << "SELECT COUNT(*) FROM units WHERE site_id = :s AND id = :id",
      soci::use(site_id), soci::use(unit_id), soci::into(exists);
  if (exists) {
    return Error(absl::StatusCode::kAlreadyExists, "UNIT_EXISTS",
                 "unit \"" + UnitName(site_id, unit_id) + "\" already exists");
  }
  tx.sql << "INSERT INTO units (site_id, id, building, entrance, room,"
            " create_time_us, version) VALUES (:s, :id, :b, :e, :r, :c, 1)",
      soci::use(site_id), soci::use(unit_id), soci::use(unit.building()),
      soci::use(unit.entrance()), soci::use(unit.room()), soci::use(now_us);
  return GetUnit(tx, site_id, unit_id);
}

absl::StatusOr<v1::Unit> GetUnit(Tx& tx, const std::string& site_id,
                                 const std::string& unit_id) {
  UnitRow r;
  tx.sql << "SELECT site_id, id, building, entrance, room, create_time_us,"
            " version FROM units WHERE site_id = :s AND id = :id",
      soci::use(site_id), soci::use(unit_id), soci::into(r.site_id),
      soci::into(r.id), soci::into(r.building), soci::into(r.entrance),
      soci::into(r.room), soci::into(r.create_us), soci::into(r.version);
  if (!tx.sql.got_data()) {
    return Error(absl::StatusCode::kNotFound, "UNIT_NOT_FOUND",
                 "unit \"" + UnitName(site_id, unit_id) + "\" does not exist");
  }
  return r.ToProto();
}

absl::StatusOr<std::vector<v1::Unit>> ListUnits(Tx& tx,
                                                const std::string& site_id,
                                                const std::string& after_id,
                                                int limit) {
  auto site = GetSite(tx, site_id);
  if (!site.ok()) return site.status();
  UnitRow r;
  soci::statement st =
      (tx.sql.prepare << "SELECT site_id, id, building, entrance, room,"
                         " create_time_us, version FROM units"
                         " WHERE site_id = :s AND id > :after"
                         " ORDER BY id LIMIT :lim",
       soci::use(site_id), soci::use(after_id), soci::use(limit),
       soci::into(r.site_id), soci::into(r.id), soci::into(r.building),
       soci::into(r.entrance), soci::into(r.room), soci::into(r.create_us),
       soci::into(r.version));
  st.execute();
  std::vector<v1::Unit> out;
  while (st.fetch()) out.push_back(r.ToProto());
  return out;
}

}  // namespace frontdesk::db
