#!/usr/bin/env python3
"""Moves the one profile (.gcda) a training run wrote in RAW_DIR to USE_DIR, under the
name that gcc's -fprofile-use=USE_DIR looks for when it compiles OBJECT (its absolute
path without the .o, '/' made '#', then .gcda; cmake/Pgo.cmake), and touches STAMP.

usage: pgo_profile.py RAW_DIR USE_DIR OBJECT STAMP
"""
import glob
import os
import shutil
import sys

if len(sys.argv) != 5:
    sys.exit(__doc__)
raw_dir, use_dir, obj, stamp = sys.argv[1:]
found = glob.glob(os.path.join(raw_dir, "*.gcda"))
if len(found) != 1:
    sys.exit(f"pgo_profile: expected one .gcda in {raw_dir}, found {len(found)}")
if obj.endswith(".o"):
    obj = obj[:-2]
os.makedirs(use_dir, exist_ok=True)
shutil.copyfile(found[0], os.path.join(use_dir, os.path.abspath(obj).replace("/", "#") + ".gcda"))
with open(stamp, "w"):
    pass
