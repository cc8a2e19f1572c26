# Parse a GeoJSON FeatureCollection, compute bounding boxes, centroids and polygon areas
import json

GEOJSON = """{
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "properties": {"name": "Park"},
     "geometry": {"type": "Polygon", "coordinates": [[[10.0, 59.9], [10.02, 59.9], [10.02, 59.91], [10.0, 59.91], [10.0, 59.9]]]}},
    {"type": "Feature", "properties": {"name": "Cafe"},
     "geometry": {"type": "Point", "coordinates": [10.011, 59.905]}},
    {"type": "Feature", "properties": {"name": "Trail"},
     "geometry": {"type": "LineString", "coordinates": [[10.0, 59.9], [10.005, 59.902], [10.012, 59.899]]}}
  ]
}"""

def all_coords(geom):
    t, c = geom["type"], geom["coordinates"]
    if t == "Point":
        return [c]
    if t == "LineString":
        return c
    if t == "Polygon":
        return [pt for ring in c for pt in ring]
    raise ValueError(t)

def shoelace(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))) / 2

fc = json.loads(GEOJSON)
everything = []
for f in fc["features"]:
    pts = all_coords(f["geometry"])
    everything += pts
    xs, ys = zip(*pts)
    bbox = [min(xs), min(ys), max(xs), max(ys)]
    centroid = [round(sum(xs) / len(xs), 5), round(sum(ys) / len(ys), 5)]
    extra = ""
    if f["geometry"]["type"] == "Polygon":
        extra = f" area={shoelace(f['geometry']['coordinates'][0]):.6f} deg²"
    print(f"{f['properties']['name']:<6} {f['geometry']['type']:<10} bbox={bbox} centroid={centroid}{extra}")

xs, ys = zip(*everything)
fc["bbox"] = [min(xs), min(ys), max(xs), max(ys)]
print("collection bbox:", json.dumps(fc["bbox"]))
names = [f["properties"]["name"] for f in fc["features"] if f["geometry"]["type"] != "Point"]
print("non-point features:", names)
print(json.dumps(fc["features"][1], separators=(",", ":")))
