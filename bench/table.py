#!/usr/bin/env python3
"""Turns race.sh's raw samples into the benchmark's one table (Markdown, on stdout).

Input: a TSV file of samples, one per line: KEY, LABEL, SYSTEM, VALUE. KEY picks the unit and the target below;
SYSTEM is registry (or registry:<endpoint> when the registry answers one measurement at several addresses),
nginx-sendfile, nginx-copy, nginx-dav (its WebDAV PUT) or docker-registry. Per measurement the table shows each
system's best and median over the repeats, nginx's faster variant (by median), and the ratios registry/limit (nginx)
and registry/peer (docker-registry), both of best and of median figures. "met" checks the issue's target on the
medians (or on the p95 where the target says p95).
"""
import statistics
import sys
from collections import OrderedDict

# key: (unit, higher is better, target text, check(registry median, nginx median, docker median, p95) -> bool)
SPECS = {
    # Issue 20 raised issue 8's 0.75× nginx to 0.9×
    "pull1": ("MiB/s", True, "≥ 1.0× docker, ≥ 0.9× nginx",
              lambda r, n, d, p95: r >= d and r >= 0.9 * n),
    "pullN": ("MiB/s", True, "≥ 1.0× docker, ≥ 0.9× nginx",
              lambda r, n, d, p95: r >= d and r >= 0.9 * n),
    "push": ("MiB/s", True, "≥ 2× docker", lambda r, n, d, p95: r >= 2 * d),
    # The two parts of a push: the client's work before it sends, which bounds the push ratio, and the rest
    "push_hash": ("ms", False, "– (the client's)", None),
    "push_rest": ("MiB/s", True, "–", None),
    # Clients that know their digests (issue 20): nginx's limit is its WebDAV PUT (no hash, no fsync)
    "push_known": ("MiB/s", True, "≥ 2× docker, ≥ 1.0× nginx", lambda r, n, d, p95: r >= 2 * d and r >= n),
    "meta_rps": ("req/s", True, "≥ 10× docker", lambda r, n, d, p95: r >= 10 * d),
    "meta_p99": ("ms", False, "p99 ≤ 10 ms", lambda r, n, d, p95: r <= 10),
    "labels": ("ms", False, "p95 < 1000 ms", lambda r, n, d, p95: p95 < 1000),
    "page": ("ms", False, "p95 < 100 ms", lambda r, n, d, p95: p95 < 100),
    "heap": ("MiB", False, "flat in image size", None),
    # oras:// (issue 18): the registry's OCI Distribution API against docker-registry's, no nginx
    "oci_pull1": ("MiB/s", True, "≥ 1.0× docker", lambda r, n, d, p95: r >= d),
    "oci_pullN": ("MiB/s", True, "≥ 1.0× docker", lambda r, n, d, p95: r >= d),
    "oci_push": ("MiB/s", True, "≥ 1.5× docker", lambda r, n, d, p95: r >= 1.5 * d),
    "oci_meta_rps": ("req/s", True, "≥ 10× docker", lambda r, n, d, p95: r >= 10 * d),
    "oci_meta_p99": ("ms", False, "p99 ≤ 10 ms", lambda r, n, d, p95: r <= 10),
}


def fmt(value):
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def best(values, higher):
    return max(values) if higher else min(values)


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def ratio(registry, other, higher):
    if registry is None or other is None or other == 0 or registry == 0:
        return None
    return registry / other if higher else other / registry


def cell(values, higher):
    if not values:
        return "–"
    return f"{fmt(best(values, higher))} / {fmt(statistics.median(values))}"


def ratio_cell(registry, other, higher):
    if not registry or not other:
        return "–"
    by_best = ratio(best(registry, higher), best(other, higher), higher)
    by_median = ratio(statistics.median(registry), statistics.median(other), higher)
    return f"{by_best:.2f}× / {by_median:.2f}×"


def main(path):
    rows = OrderedDict()
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        key, label, system, value = line.rstrip("\n").split("\t")
        rows.setdefault((key, label), {}).setdefault(system, []).append(float(value))

    print("| measurement | unit | registry best / median | nginx (faster) best / median | docker-registry best / median "
          "| registry/nginx | registry/docker | target | met |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (key, label), systems in rows.items():
        unit, higher, target, check = SPECS[key.split(":")[0]]
        nginx = [s for s in ("nginx-sendfile", "nginx-copy", "nginx-dav") if s in systems]
        faster = None
        if nginx:
            pick = max if higher else min
            variant = pick(nginx, key=lambda s: statistics.median(systems[s]))
            faster = systems[variant]
            variant = variant.removeprefix("nginx-")
        docker = systems.get("docker-registry")
        for system, values in systems.items():
            if not system.startswith("registry"):
                continue
            name = label + (f" ({system.split(':', 1)[1]})" if ":" in system else "")
            met = "–"
            if check is not None:
                ok = check(statistics.median(values), statistics.median(faster) if faster else 0,
                           statistics.median(docker) if docker else 0, p95(values))
                met = "yes" if ok else "**no**"
            extra = f" (p95 {fmt(p95(values))}, n={len(values)})" if key in ("labels", "page") else ""
            print(f"| {name}{extra} | {unit} | {cell(values, higher)} "
                  f"| {cell(faster or [], higher)}{f' ({variant})' if faster else ''} "
                  f"| {cell(docker or [], higher)} | {ratio_cell(values, faster, higher)} "
                  f"| {ratio_cell(values, docker, higher)} | {target} | {met} |")


if __name__ == "__main__":
    main(sys.argv[1])
