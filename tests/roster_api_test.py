#!/usr/bin/python3
"""gRPC-level tests of RosterService against the real binary, on SQLite and
on MariaDB: the roster policy, shifts and duty assignments, the site
calendar, and who may call what [R-ROLES].

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/roster_api_test.py
"""

import unittest

import grpc

from harness import DEADLINE, directory_pb2, roster_pb2

from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, backend_cases

Role = directory_pb2.StaffMember


class RosterApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def policy_name(self, site):
        return "sites/%s/rosterPolicy" % site

    def test_policy_read_at_the_site_changed_by_its_manager(self):
        r = self.stubs.roster
        site, other = self.new_site("rp"), self.new_site("rpo")
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        manager = self.token_of(self.new_staff([site], roles=(Role.MANAGER,)))
        elsewhere = self.token_of(
            self.new_staff([other], roles=(Role.MANAGER,)))

        policy = r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=receptionist,
            timeout=DEADLINE)
        self.assertEqual([s.id for s in policy.shifts], ["day", "night"])
        self.assertEqual(policy.max_swaps_per_month, 3)
        self.assertEqual(policy.etag, "0")

        policy.max_swaps_per_month = 2
        policy.inventory_checklist.add(id="radio", display_name="对讲机",
                                       expected_count=4)
        mask = field_mask_pb2.FieldMask(
            paths=["max_swaps_per_month", "inventory_checklist"])
        request = roster_pb2.UpdateRosterPolicyRequest(
            roster_policy=policy, update_mask=mask)
        # Only the site's manager changes it.
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            r.UpdateRosterPolicy, request,
                            metadata=receptionist)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            r.UpdateRosterPolicy, request, metadata=elsewhere)
        saved = r.UpdateRosterPolicy(request, metadata=manager,
                                     timeout=DEADLINE)
        self.assertEqual(saved.max_swaps_per_month, 2)
        self.assertEqual(saved.max_late_per_month, 3)  # not in the mask
        self.assertEqual([i.id for i in saved.inventory_checklist], ["radio"])
        self.assertEqual(saved.etag, "1")
        self.assertEqual(r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=receptionist,
            timeout=DEADLINE), saved)

        # The etag it was read with is stale now.
        self.assertRpcError(grpc.StatusCode.ABORTED, r.UpdateRosterPolicy,
                            request, metadata=manager, reason="ETAG_MISMATCH")

    def test_a_policy_that_breaks_a_rule_names_the_field(self):
        r = self.stubs.roster
        site = self.new_site("rpb")
        manager = self.token_of(self.new_staff([site], roles=(Role.MANAGER,)))
        policy = r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=manager, timeout=DEADLINE)

        gap = roster_pb2.RosterPolicy()
        gap.CopyFrom(policy)
        gap.shifts[1].start_local_time = "21:00"
        self.assertRpcError(
            grpc.StatusCode.FAILED_PRECONDITION, r.UpdateRosterPolicy,
            roster_pb2.UpdateRosterPolicyRequest(
                roster_policy=gap,
                update_mask=field_mask_pb2.FieldMask(paths=["shifts"])),
            metadata=manager, reason="SHIFT_PLAN_NOT_CONTIGUOUS")

        bad = roster_pb2.RosterPolicy()
        bad.CopyFrom(policy)
        bad.max_swaps_per_month = 11
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, r.UpdateRosterPolicy,
            roster_pb2.UpdateRosterPolicyRequest(
                roster_policy=bad, update_mask=field_mask_pb2.FieldMask(
                    paths=["max_swaps_per_month"])),
            metadata=manager, field="roster_policy.max_swaps_per_month")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, r.UpdateRosterPolicy,
            roster_pb2.UpdateRosterPolicyRequest(roster_policy=bad),
            metadata=manager, field="update_mask")
        # Nothing was written, and the server keeps serving.
        self.assertEqual(r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=manager,
            timeout=DEADLINE).etag, "0")


backend_cases(RosterApiTests, globals())

if __name__ == "__main__":
    unittest.main()
