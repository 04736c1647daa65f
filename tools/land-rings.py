#!/usr/bin/env python3
"""Turns Natural Earth land (world-atlas's TopoJSON, `npm pack world-atlas`) into the rings the web map draws.

Usage: tools/land-rings.py package/land-50m.json > src/main/resources/web/land-50m-east-asia.txt
One ring per line, "lon,lat lon,lat ...", rounded to 0.01 degree; only rings that reach into the region below.
"""
import json
import sys

WEST, EAST, SOUTH, NORTH = 105.0, 160.0, 25.0, 60.0

topo = json.load(open(sys.argv[1]))
scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
    arcs.append(points)


def ring(indexes):
    points = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(a if not points else a[1:])
    return points


def polygons(geometry):
    if geometry["type"] == "Polygon":
        yield geometry["arcs"]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["arcs"]
    elif geometry["type"] == "GeometryCollection":
        for g in geometry["geometries"]:
            yield from polygons(g)


for polygon in polygons(topo["objects"]["land"]):
    for indexes in polygon:
        points = ring(indexes)
        if any(WEST - 5 <= x <= EAST + 5 and SOUTH - 5 <= y <= NORTH + 5 for x, y in points):
            out, last = [], None
            for x, y in points:
                p = (round(x, 2), round(y, 2))
                if p != last:
                    out.append("%g,%g" % p)
                    last = p
            if len(out) >= 4:
                print(" ".join(out))
