"""`python -m satchel` is the same as the `satchel` command."""

import sys

from satchel.launcher import main

sys.exit(main())
