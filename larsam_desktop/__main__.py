"""``python -m larsam_desktop``."""

import sys

from larsam_desktop.app import main

sys.exit(main())
