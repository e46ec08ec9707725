"""Memory-holding worker for the system-monitor window: worker.py NAME MB SECONDS"""
import ctypes
import sys
import time

name, mb, secs = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
ctypes.CDLL("libc.so.6").prctl(15, name.encode()[:15], 0, 0, 0)  # PR_SET_NAME
block = bytearray(mb * 1024 * 1024)
for i in range(0, len(block), 4096):
    block[i] = 1
time.sleep(secs)
