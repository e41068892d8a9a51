"""The summary of one load run, in Markdown: per request type the count, errors, p50/p95/p99 and max from Gatling's
js/stats.js; Gatling's error messages; the server's heap (jstat -gc) and threads (threads.sh) peaks; the server's
ERROR and WARN lines during the run.

Usage: summary.py REPORT_DIR JSTAT THREADS_TSV SERVER_LOG GATLING_OUT HEADER
"""
import collections
import json
import re
import sys

report, jstat, threads, server_log, gatling_out, header = sys.argv[1:7]


def requests(node, prefix=""):
    """(name, stats) of every request and group under NODE, groups first."""
    for child in node.get("contents", {}).values():
        name = prefix + child["name"]
        yield name + (" (group: the whole sequence)" if child["type"] == "GROUP" else ""), child["stats"]
        yield from requests(child, name + " / ")


def report_stats():
    """The object literal Gatling's report keeps in js/stats.js (up to its first function), read as JSON."""
    script = open(f"{report}/js/stats.js").read()
    literal = script[script.index("{"):script.index("\nfunction")].rstrip().rstrip(";")
    return json.loads(re.sub(r"^(\s*)(\w+):", r'\1"\2":', literal, flags=re.M))


stats = report_stats()
print(f"# Load test of {report.rstrip('/').split('/')[-1][:10]}\n")
print(header + "\n")
print("| request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|---|")
rows = [("all requests", stats["stats"])] + list(requests(stats))
for name, s in rows:
    n = s["numberOfRequests"]
    print(f"| {name} | {n['total']} | {n['ko']} | {s['meanNumberOfRequestsPerSecond']['total']} "
          f"| {s['percentiles1']['total']} | {s['percentiles3']['total']} | {s['percentiles4']['total']} "
          f"| {s['maxResponseTime']['total']} |")

errors = []
in_errors = False
for line in open(gatling_out, errors="replace"):
    if line.startswith("---- Errors"):
        in_errors = True
    elif in_errors and line.startswith("="):
        in_errors = False
    elif in_errors and line.startswith("> "):
        errors.append(line.strip())
print("\nGatling's errors: " + ("none" if not errors else ""))
for line in dict.fromkeys(errors):
    print(f"- `{line}`")

columns, samples = None, []
for line in open(jstat):
    fields = line.split()
    if fields and fields[0] == "S0C":
        columns = fields
    elif columns and fields and re.fullmatch(r"[0-9.]+", fields[0]):
        samples.append(dict(zip(columns, map(float, fields))))
if samples:
    used = max(s["S0U"] + s["S1U"] + s["EU"] + s["OU"] for s in samples) / 1024
    old = max(s["OU"] for s in samples) / 1024
    last = samples[-1]
    print(f"\nHeap (jstat -gc every second, {len(samples)} samples): in use peak {used:.0f} MiB, old generation peak "
          f"{old:.0f} MiB; {last['YGC']:.0f} young collections ({last['YGCT']:.1f} s), "
          f"{last['FGC']:.0f} full ({last['FGCT']:.1f} s) since the server started.")

rows = [line.rstrip("\n").split("\t") for line in open(threads)]
if len(rows) > 1:
    names, values = rows[0], [list(map(int, r)) for r in rows[1:] if len(r) == len(rows[0])]
    peaks = {name: max(v[i] for v in values) for i, name in enumerate(names)}
    print(f"\nThreads (jcmd Thread.print every 5 s, {len(values)} samples), peaks: {peaks['threads']} in all, "
          f"{peaks['task']} Undertow request workers of which {peaks['task_busy']} serving at once, {peaks['io']} I/O "
          f"threads, {peaks['wait_db']} waiting for a datasource connection, {peaks['wait_ejb']} for an EJB instance.")

levels = collections.Counter()
messages = collections.Counter()
for line in open(server_log, errors="replace"):
    match = re.match(r"\S+ \S+ (ERROR|WARN)\s+\[([^\]]*)\][^)]*\) (.{0,120})", line)
    if match:
        levels[match[1]] += 1
        messages[f"{match[1]} [{match[2]}] {match[3]}"] += 1
print(f"\nServer log during the run: {levels['ERROR']} ERROR, {levels['WARN']} WARN lines.")
for message, count in messages.most_common(5):
    print(f"- {count} × `{message}`")
