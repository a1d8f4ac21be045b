#!/usr/bin/python3
"""Tests of tests/layers_check.py on small trees made for each case: a clean
tree passes, and each layer's forbidden include is caught with its file and
line."""
import os
import shutil
import tempfile
import unittest

import layers_check

CMAKE = """add_library(frontdesk_x_rules STATIC
  x_rules.cc)
add_library(frontdesk_x_desks STATIC
  x_desk.cc)
add_library(frontdesk_desk_support STATIC support.cc)
add_library(frontdesk_server STATIC x_service.cc)
"""


class LayersCheckTest(unittest.TestCase):

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="layers-check-")
        self.addCleanup(shutil.rmtree, self.root, True)
        self.write("server/CMakeLists.txt", "add_subdirectory(x)\n")
        self.write("server/x/CMakeLists.txt", CMAKE)
        self.write("server/x/x_rules.h", '#include "common/names.h"\n')
        self.write("server/x/x_rules.cc", '#include "server/x/x_rules.h"\n')
        self.write("server/x/x_desk.cc",
                   '#include "server/x/x_rules.h"\n#include "db/x/x_store.h"\n')
        self.write("server/x/support.cc", '#include "db/database.h"\n')
        self.write("server/x/x_service.cc",
                   '#include <grpcpp/server_context.h>\n#include "server/handler.h"\n')
        self.write("common/names.h", "#include <string>\n")
        self.write("db/x/x_store.h", '#include "common/names.h"\n#include <soci/soci.h>\n')

    def write(self, path, text):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def test_a_clean_tree_passes(self):
        self.assertEqual(layers_check.breaches(self.root), [])

    def assertBreach(self, path, why):
        found = layers_check.breaches(self.root)
        self.assertEqual(len(found), 1, found)
        self.assertTrue(found[0].startswith(path + ":"), found)
        self.assertIn(why, found[0])

    def test_rules_may_not_reach_the_database(self):
        self.write("server/x/x_rules.cc",
                   '#include "server/x/x_rules.h"\n#include "db/x/x_store.h"\n')
        self.assertBreach("server/x/x_rules.cc:2", "rules include nothing of db/")

    def test_rules_may_not_include_soci_or_grpc(self):
        self.write("server/x/x_rules.h", "#include <soci/soci.h>\n")
        self.assertBreach("server/x/x_rules.h:1", "rules include no SOCI")
        self.write("server/x/x_rules.h", '#include "frontdesk/v1/x.grpc.pb.h"\n')
        self.assertBreach("server/x/x_rules.h:1", "rules include no gRPC")

    def test_rules_may_include_only_rules_of_server(self):
        self.write("server/x/x_rules.h", '#include "server/x/x_desk.h"\n')
        self.assertBreach("server/x/x_rules.h:1", "rules include only rules")

    def test_desks_may_not_include_grpc_or_the_frame(self):
        self.write("server/x/x_desk.cc", "#include <grpcpp/grpcpp.h>\n")
        self.assertBreach("server/x/x_desk.cc:1", "desks include no gRPC")
        self.write("server/x/x_desk.cc", '#include "server/handler.h"\n')
        self.assertBreach("server/x/x_desk.cc:1", "not the gRPC frame")
        self.write("server/x/x_desk.cc", "")
        self.write("server/x/support.cc", '#include "server/grpc_status.h"\n')
        self.assertBreach("server/x/support.cc:1", "not the gRPC frame")

    def test_common_and_db_stay_below_the_server(self):
        self.write("common/names.h", '#include "db/database.h"\n')
        self.assertBreach("common/names.h:1", "common/ includes nothing of db/")
        self.write("common/names.h", "#include <grpcpp/grpcpp.h>\n")
        self.assertBreach("common/names.h:1", "common/ includes no gRPC")
        self.write("common/names.h", "")
        self.write("db/x/x_store.h", '#include "server/x/x_rules.h"\n')
        self.assertBreach("db/x/x_store.h:1", "db/ includes nothing of server/")

    def test_the_adapter_layer_may_use_grpc(self):
        self.write("server/x/x_service.cc",
                   '#include "frontdesk/v1/x.grpc.pb.h"\n#include "server/grpc_status.h"\n')
        self.assertEqual(layers_check.breaches(self.root), [])

    def test_no_rules_library_is_itself_a_breach(self):
        self.write("server/x/CMakeLists.txt", CMAKE.replace("frontdesk_x_rules", "frontdesk_x_logic"))
        found = layers_check.breaches(self.root)
        self.assertTrue(any("no rules library" in f for f in found), found)


if __name__ == "__main__":
    unittest.main(verbosity=2)
