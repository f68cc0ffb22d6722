"""Build the review app's offline base map, ``static/world.json``, from Natural Earth.

The country borders are Natural Earth's 1:110m admin-0 countries (public
domain) as the ``pyogrio`` wheel ships them in its test fixtures
(``pyogrio/tests/fixtures/naturalearth_lowres``). Reproduce with::

    pip download --no-deps pyogrio==0.13.0 -d /tmp/ne
    python -m wirecoder.web.build_world /tmp/ne/pyogrio-0.13.0-*.whl

The shapefile is read with the standard library only (polygons, type 5), the
coordinates rounded to 0.1 degree (plenty at the map's scale), and written as
a GeoJSON FeatureCollection with ``name`` and ``iso_a3`` properties.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "static" / "world.json"
BASE = "pyogrio/tests/fixtures/naturalearth_lowres/naturalearth_lowres"


def read_dbf(data: bytes) -> list[dict]:
    n, header_len, rec_len = struct.unpack("<4xIHH", data[:12])
    fields, i = [], 32
    while data[i] != 0x0D:
        fields.append((data[i:i + 11].split(b"\0")[0].decode(), data[i + 16]))
        i += 32
    rows = []
    for k in range(n):
        rec = data[header_len + k * rec_len: header_len + (k + 1) * rec_len]
        pos, row = 1, {}
        for name, size in fields:
            row[name] = rec[pos:pos + size].decode("utf-8", "replace").strip()
            pos += size
        rows.append(row)
    return rows


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, pos = [], 100
    while pos < len(data):
        _, length = struct.unpack(">2i", data[pos:pos + 8])
        body = data[pos + 8: pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (stype,) = struct.unpack("<i", body[:4])
        if stype != 5:
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<2i", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44:44 + 4 * nparts])) + [npoints]
        start = 44 + 4 * nparts
        pts = [struct.unpack("<2d", body[start + 16 * j: start + 16 * j + 16]) for j in range(npoints)]
        shapes.append([pts[parts[j]:parts[j + 1]] for j in range(nparts)])
    return shapes


def build(wheel: str | Path) -> dict:
    with zipfile.ZipFile(wheel) as z:
        shp, dbf = z.read(BASE + ".shp"), z.read(BASE + ".dbf")
    feats = []
    for attrs, rings in zip(read_dbf(dbf), read_shp(shp)):
        coords = []
        for ring in rings:
            r: list[list[float]] = []
            for x, y in ring:
                p = [round(x, 1), round(y, 1)]
                if not r or r[-1] != p:
                    r.append(p)
            if len(r) >= 4:
                coords.append(r)
        feats.append({"type": "Feature", "properties": {"name": attrs["name"], "iso_a3": attrs["iso_a3"]},
                      "geometry": {"type": "MultiPolygon", "coordinates": [[c] for c in coords]}})
    return {"type": "FeatureCollection",
            "source": "Natural Earth 1:110m admin-0 countries (public domain), via pyogrio's test fixture",
            "features": feats}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(sys.argv[1]), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
