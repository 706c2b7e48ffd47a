"""Entry point of the frozen program (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import sys

from larsam_desktop.app import main

if __name__ == "__main__":
    # A plan batch renders in worker processes (services/plan_batch.py, spawn): in a frozen
    # program each starts this executable again, and this call makes it a worker.
    multiprocessing.freeze_support()
    sys.exit(main())
