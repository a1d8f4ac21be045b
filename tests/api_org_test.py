#!/usr/bin/python3
"""gRPC-level tests of departments and vendors (create, get, list, filter,
update with etags), against the real binary, on SQLite and on MariaDB.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/api_org_test.py
"""

import unittest
import uuid

import grpc

from harness import DEADLINE, directory_pb2

from google.protobuf import duration_pb2
from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, backend_cases


class OrgApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def test_departments_create_get_list_update(self):
        d = self.stubs.directory
        Department = directory_pb2.Department
        site, other = self.new_site("dep"), self.new_site("dpo")
        head, colleague = self.new_staff([site]), self.new_staff([site, other])
        stranger = self.new_staff([other])

        def create_req(dep_id, head_id=head, **fields):
            fields.setdefault("display_name", "工程部")
            fields.setdefault("kind", Department.MAINTENANCE)
            return directory_pb2.CreateDepartmentRequest(
                parent="sites/" + site, department_id=dep_id,
                department=Department(head="staff/" + head_id, **fields))

        eng = d.CreateDepartment(create_req("eng", phone="0755-8888 1234"),
                                 metadata=self.md, timeout=DEADLINE)
        self.assertEqual(eng.name, "sites/%s/departments/eng" % site)
        self.assertEqual(eng.display_name, "工程部")
        self.assertEqual(eng.kind, Department.MAINTENANCE)
        self.assertEqual(eng.head, "staff/" + head)
        self.assertEqual(eng.phone, "0755-8888 1234")
        self.assertTrue(eng.etag)
        self.assertGreater(eng.create_time.seconds, 0)
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=self.md, timeout=DEADLINE), eng)

        # A retry with the same request_id returns the first result.
        retry = create_req("sec", display_name="保安部", kind=Department.SECURITY,
                           head_id=colleague)
        retry.request_id = "dep-" + uuid.uuid4().hex
        sec = d.CreateDepartment(retry, metadata=self.md, timeout=DEADLINE)
        self.assertEqual(d.CreateDepartment(retry, metadata=self.md,
                                            timeout=DEADLINE), sec)
        self.assertRpcError(grpc.StatusCode.ALREADY_EXISTS, d.CreateDepartment,
                            create_req("eng"), metadata=self.md,
                            reason="DEPARTMENT_EXISTS")
        d.CreateDepartment(create_req("clean", display_name="保洁绿化",
                                      kind=Department.CLEANING_GROUNDS),
                           metadata=self.md, timeout=DEADLINE)

        # Listing: by id, in pages; the token is bound to its site.
        first = d.ListDepartments(directory_pb2.ListDepartmentsRequest(
            parent="sites/" + site, page_size=2), metadata=self.md, timeout=DEADLINE)
        self.assertEqual([x.name.rsplit("/", 1)[1] for x in first.departments],
                         ["clean", "eng"])
        self.assertTrue(first.next_page_token)
        self.assertEqual([x.name for x in self.all_departments(site, page_size=2)],
                         ["sites/%s/departments/%s" % (site, i)
                          for i in ("clean", "eng", "sec")])
        self.assertEqual(self.all_departments(other), [])
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, d.ListDepartments,
            directory_pb2.ListDepartmentsRequest(
                parent="sites/" + other, page_size=2,
                page_token=first.next_page_token),
            metadata=self.md, field="page_token")
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, d.ListDepartments,
            directory_pb2.ListDepartmentsRequest(parent="sites/nosuchsite"),
            metadata=self.md, reason="SITE_NOT_FOUND")

        # The head must exist and work at the site; nothing is written if not.
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, d.CreateDepartment,
                            create_req("desk", head_id="no.such.person"),
                            metadata=self.md, reason="STAFF_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, d.CreateDepartment,
                            create_req("desk", head_id=stranger),
                            metadata=self.md, reason="HEAD_NOT_AT_SITE")
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, d.CreateDepartment,
            directory_pb2.CreateDepartmentRequest(
                parent="sites/nosuchsite", department_id="eng",
                department=create_req("eng").department),
            metadata=self.md, reason="SITE_NOT_FOUND")
        for label, request, field in [
                ("bad id", create_req("Eng"), "department_id"),
                ("no kind", create_req("desk", kind=Department.KIND_UNSPECIFIED),
                 "department.kind"),
                ("no display name", create_req("desk", display_name=""),
                 "department.display_name"),
                ("bad phone", create_req("desk", phone="138-abc"),
                 "department.phone")]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                                    d.CreateDepartment, request, metadata=self.md,
                                    field=field)
        self.assertEqual(len(self.all_departments(site)), 3)
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, d.GetDepartment,
            directory_pb2.GetDepartmentRequest(
                name="sites/%s/departments/desk" % site),
            metadata=self.md, reason="DEPARTMENT_NOT_FOUND")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, d.GetDepartment,
            directory_pb2.GetDepartmentRequest(name="departments/eng"),
            metadata=self.md, field="name")

        # Update: only the masked fields change; the etag moves on.
        def update(patch, paths, timeout=DEADLINE):
            patch.name = eng.name
            return d.UpdateDepartment(
                directory_pb2.UpdateDepartmentRequest(
                    department=patch,
                    update_mask=field_mask_pb2.FieldMask(paths=paths)),
                metadata=self.md, timeout=timeout)

        updated = update(Department(etag=eng.etag, display_name="设备管理部",
                                    head="staff/" + colleague, phone="",
                                    kind=Department.OTHER),
                         ["display_name", "head", "phone"])
        self.assertEqual(updated.display_name, "设备管理部")
        self.assertEqual(updated.head, "staff/" + colleague)
        self.assertEqual(updated.phone, "")
        self.assertEqual(updated.kind, Department.MAINTENANCE)  # not masked
        self.assertNotEqual(updated.etag, eng.etag)
        self.assertEqual(updated.create_time, eng.create_time)
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=self.md, timeout=DEADLINE), updated)
        self.assertRpcError(grpc.StatusCode.ABORTED, update,
                            Department(etag=eng.etag, display_name="过期的"),
                            ["display_name"], reason="ETAG_MISMATCH")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, update,
                            Department(head="staff/" + stranger), ["head"],
                            reason="HEAD_NOT_AT_SITE")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, update,
                            Department(head="staff/no.such.person"), ["head"],
                            reason="STAFF_NOT_FOUND")
        for label, paths, patch, field in [
                ("empty mask", [], Department(display_name="x"), "update_mask"),
                ("immutable field", ["name"], Department(), "update_mask"),
                ("bad new value", ["kind"], Department(), "department.kind")]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, update,
                                    patch, paths, field=field)
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=self.md, timeout=DEADLINE), updated)


    def test_vendors_create_filter_update(self):
        d = self.stubs.directory
        Vendor = directory_pb2.Vendor
        a, b = self.new_site("vna"), self.new_site("vnb")
        prefix = "v" + uuid.uuid4().hex[:8] + "."

        def vendor(trade, sites=(), seconds=4 * 3600, **fields):
            fields.setdefault("display_name", "奥的斯电梯")
            fields.setdefault("contact_name", "张工")
            fields.setdefault("phone", "13900001111")
            return Vendor(trade=trade, sites=["sites/" + s for s in sites],
                          response_deadline=duration_pb2.Duration(seconds=seconds),
                          **fields)

        def create(vendor_id, v, timeout=DEADLINE):
            return d.CreateVendor(
                directory_pb2.CreateVendorRequest(vendor_id=prefix + vendor_id,
                                                  vendor=v),
                metadata=self.md, timeout=timeout)

        lift = create("lift", vendor(Vendor.ELEVATOR))
        self.assertEqual(lift.name, "vendors/%slift" % prefix)
        self.assertEqual(lift.trade, Vendor.ELEVATOR)
        self.assertEqual(lift.contact_name, "张工")
        self.assertEqual(lift.phone, "13900001111")
        self.assertEqual(lift.response_deadline.seconds, 4 * 3600)
        self.assertEqual(list(lift.sites), [])
        self.assertTrue(lift.etag)
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=lift.name), metadata=self.md, timeout=DEADLINE), lift)
        door = create("door", vendor(Vendor.DOOR, [a], display_name="盼盼防盗门"))
        tel = create("tel", vendor(Vendor.TELECOM, [b], seconds=30 * 60))
        dev = create("dev", vendor(Vendor.DEVELOPER_PROJECT_TEAM, [b, a],
                                   seconds=2 * 86400, display_name="开发企业项目部"))
        self.assertEqual(list(dev.sites), sorted(["sites/" + a, "sites/" + b]))

        def names(filter, page_size=0):
            return sorted(v.name.rsplit(".", 1)[1] for v in
                          self.all_vendors(filter, page_size, prefix))

        cases = [
            ("", ["dev", "door", "lift", "tel"]),
            ('site = "sites/%s"' % a, ["dev", "door", "lift"]),
            ('site = "sites/%s"' % b, ["dev", "lift", "tel"]),
            ("trade = ELEVATOR", ["lift"]),
            ('site = "sites/%s" AND trade = DOOR' % a, ["door"]),
            ('trade = DOOR AND site = "sites/%s"' % b, []),
            ("trade = DEVELOPER_PROJECT_TEAM", ["dev"]),
        ]
        for filter, expected in cases:
            with self.subTest(filter=filter):
                self.assertEqual(names(filter), expected)
                self.assertEqual(names(filter, page_size=1), expected)
        for filter in ("trade = LIFT", "trade != DOOR", 'site = "%s"' % a,
                       "trade = DOOR AND trade = TELECOM", 'name = "x"'):
            with self.subTest(filter=filter):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, d.ListVendors,
                                    directory_pb2.ListVendorsRequest(filter=filter),
                                    metadata=self.md, field="filter")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, d.ListVendors,
                            directory_pb2.ListVendorsRequest(
                                filter='site = "sites/nosuchsite"'),
                            metadata=self.md, reason="SITE_NOT_FOUND")

        # Bad input names the field; nothing is written.
        bad_deadline = "vendor.response_deadline"
        for label, v, field in [
                ("30 s deadline", vendor(Vendor.DOOR, seconds=30), bad_deadline),
                ("31 day deadline", vendor(Vendor.DOOR, seconds=31 * 86400),
                 bad_deadline),
                ("fractional deadline",
                 Vendor(trade=Vendor.DOOR, display_name="x", contact_name="x",
                        phone="13900001111",
                        response_deadline=duration_pb2.Duration(seconds=3600,
                                                                nanos=5)),
                 bad_deadline),
                ("no deadline",
                 Vendor(trade=Vendor.DOOR, display_name="x", contact_name="x",
                        phone="13900001111"), bad_deadline),
                ("no trade", vendor(Vendor.TRADE_UNSPECIFIED), "vendor.trade"),
                ("no phone", vendor(Vendor.DOOR, phone=""), "vendor.phone"),
                ("site twice", vendor(Vendor.DOOR, [a, a]), "vendor.sites[1]")]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, create,
                                    "bad", v, field=field)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, create, "bad",
                            vendor(Vendor.DOOR, [a, "nosuchsite"]),
                            reason="SITE_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.ALREADY_EXISTS, create, "lift",
                            vendor(Vendor.DOOR), reason="VENDOR_EXISTS")
        self.assertEqual(names(""), ["dev", "door", "lift", "tel"])

        # Update: masked fields only; sites replaced as a whole.
        def update(patch, paths, name=door.name, timeout=DEADLINE):
            patch.name = name
            return d.UpdateVendor(
                directory_pb2.UpdateVendorRequest(
                    vendor=patch, update_mask=field_mask_pb2.FieldMask(paths=paths)),
                metadata=self.md, timeout=timeout)

        moved = update(Vendor(etag=door.etag, sites=["sites/" + b],
                              response_deadline=duration_pb2.Duration(seconds=1800),
                              display_name="不在掩码里"),
                       ["sites", "response_deadline"])
        self.assertEqual(list(moved.sites), ["sites/" + b])
        self.assertEqual(moved.response_deadline.seconds, 1800)
        self.assertEqual(moved.display_name, "盼盼防盗门")
        self.assertNotEqual(moved.etag, door.etag)
        self.assertEqual(names('site = "sites/%s"' % a), ["dev", "lift"])
        self.assertEqual(names('site = "sites/%s" AND trade = DOOR' % b), ["door"])
        self.assertRpcError(grpc.StatusCode.ABORTED, update,
                            Vendor(etag=door.etag, phone="13900002222"), ["phone"],
                            reason="ETAG_MISMATCH")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, update,
                            Vendor(response_deadline=duration_pb2.Duration(seconds=0)),
                            ["response_deadline"], field=bad_deadline)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, update,
                            Vendor(phone="13900002222"), ["phone"],
                            name="vendors/%snope" % prefix, reason="VENDOR_NOT_FOUND")
        wide = update(Vendor(), ["sites"])  # emptied: every site
        self.assertEqual(list(wide.sites), [])
        self.assertEqual(names('site = "sites/%s"' % a), ["dev", "door", "lift"])
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=door.name), metadata=self.md, timeout=DEADLINE), wide)
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=tel.name), metadata=self.md, timeout=DEADLINE), tel)


backend_cases(OrgApiTests, globals())


if __name__ == "__main__":
    unittest.main(verbosity=2)
