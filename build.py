"""Build the 政府信息公开 site: ``python build.py [build|check|serve] [--site DIR]``."""

import sys

from gongkai.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
