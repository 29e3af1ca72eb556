"""Reads a running program's accessible tree through AT-SPI, as a screen reader (Orca) does,
and prints it as JSON lines: one {"depth", "role", "name", "states"} per node.

    python3 atspi_tree.py APP_NAME [TIMEOUT_SECONDS]

Waits for the application to appear on the accessibility bus and for its tree to settle
(two readings with the same number of nodes), then prints it. Used by tests/atspi.rs.
"""
import json
import sys
import time

import pyatspi


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def walk(node, depth, out):
    try:
        states = node.getState()
        out.append({
            "depth": depth,
            "role": node.getRoleName(),
            "name": node.name or "",
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        })
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, depth + 1, out)
    except Exception as error:  # a node that went away while being read
        out.append({"depth": depth, "role": "error", "name": str(error), "focusable": False})


def main():
    name = sys.argv[1]
    deadline = time.time() + float(sys.argv[2] if len(sys.argv) > 2 else 60)
    previous = None
    while time.time() < deadline:
        app = find_app(name)
        if app is not None:
            nodes = []
            walk(app, 0, nodes)
            if previous is not None and len(nodes) == len(previous) and len(nodes) > 20:
                for node in nodes:
                    print(json.dumps(node, ensure_ascii=False))
                return 0
            previous = nodes
        time.sleep(1.0)
    print(f"{name} did not appear on the accessibility bus", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
