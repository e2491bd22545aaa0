#!/usr/bin/env bash
# Times "read the contract" on a 60-page PDF, whole process: the release CLI started, the PDF
# parsed and its text extracted page by page, the clauses searched, the JSON printed.
# Usage: bash bench/contract-read.sh [RUNS]   (default 11)
#   NO_BUILD=1 times the release binary already built instead of building it first.
# The PDF is built from the corpus's text contracts (tests/fixtures/contracts/*/*.txt, repeated
# until 60 pages) by `scripts/contract-fixtures.py --bench`, with the corpus's own PDF layout
# (one text object per line, table cells in columns, Helvetica); it is timed as written
# (uncompressed page streams) and with its page streams Flate-compressed, as word processors
# write them.
# Figures and method: docs/performance.md ("Reading a contract").
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
[ -n "${NO_BUILD:-}" ] || cargo build --release -p voip-review-cli >&2
target="${CARGO_TARGET_DIR:-target}"
bin="$target/release/voip-review"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/contract-fixtures.py --bench "$work/plain-60.pdf" >/dev/null
# The same PDF with every content stream Flate-compressed, as word processors write them.
python3 - "$work/plain-60.pdf" "$work/flate-60.pdf" <<'PY'
import re, sys, zlib
data = open(sys.argv[1], "rb").read()
stream = re.compile(rb"<< /Length \d+ >>\nstream\n(.*?)\nendstream", re.S)
def packed(m):
    body = zlib.compress(m.group(1), 6)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
body = stream.sub(packed, data[: data.rindex(b"xref\n")])
# A new cross-reference table for the new offsets.
offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj\n", body)]
xref = b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
xref += b"".join(b"%010d 00000 n \n" % o for o in offsets)
trailer = data[data.rindex(b"trailer\n"):]
trailer = re.sub(rb"startxref\n\d+", b"startxref\n%d" % len(body), trailer)
open(sys.argv[2], "wb").write(body + xref + trailer)
PY
for pdf in "$work/plain-60.pdf" "$work/flate-60.pdf"; do
python3 - "$bin" "$pdf" "$runs" <<'PY'
import json, os, resource, statistics, subprocess, sys, time
bin, pdf, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
cpu = []
def once():
    # Wall time of the whole process, and its CPU time (user + system), which a busy machine
    # changes far less.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([bin, "read-contract", pdf, "--json"], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return wall, out.stdout
_, first = once()  # warm the page cache
cpu.clear()
reading = json.loads(first)
pages = sum(d["pages"] for d in reading["documents"])
load_before = os.getloadavg()
times = []
for _ in range(runs):
    t, _ = once()
    times.append(t * 1000)
load_after = os.getloadavg()
print(f"{os.path.basename(pdf)}: {os.path.getsize(pdf):,} bytes, {pages} pages; "
      f"{len(reading['suggestions'])} suggestions, {len(reading['referrals'])} referrals")
print("runs (ms): " + ", ".join(f"{t:.1f}" for t in times))
print(f"median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms over {runs} runs")
print(f"CPU time (user + system): median {statistics.median(cpu):.1f} ms, min {min(cpu):.1f} ms, max {max(cpu):.1f} ms")
print("load average before: %.2f %.2f %.2f, after: %.2f %.2f %.2f" % (load_before + load_after))
PY
done
