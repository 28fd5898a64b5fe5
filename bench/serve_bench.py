"""The API under load: `filmfacts serve` on 127.0.0.1, driven by 100 concurrent keep-alive connections for
a bounded time, against a baseline of the same connections on GET /api/health in the same run.

    python bench/serve_bench.py [--seconds 60] [--connections 100] [--shared]

The store holds the bundled examples and the news and article fixtures (25 films), or with --shared
also ../shared/data/kobis_korean_box_office (about 3,000 documents). The mix cycles through what a
client reads: film searches (Latin and Hangul, with year), film records, conflicts, timelines, people,
documents and the film's web page. The client is a minimal HTTP/1.1 keep-alive loop on asyncio streams
(one process, so it costs the server as little of the machine as it can). Each phase runs for
`--seconds`; every request's latency is kept; any status other than 200, a broken connection or a
timeout is an error (0 required: the exit status is 1 otherwise). Traffic goes to 127.0.0.1 only and
stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
HOST = "127.0.0.1"


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1

    def line(self) -> str:
        n = len(self.latencies)
        lat = sorted(self.latencies)
        p50 = lat[n // 2] * 1000 if n else 0.0
        p99 = lat[min(n - 1, int(n * 0.99))] * 1000 if n else 0.0
        errors = sum(self.errors.values())
        detail = f" ({', '.join(f'{k}: {v}' for k, v in sorted(self.errors.items()))})" if errors else ""
        return (f"{self.name}: {n / self.seconds:,.0f} requests/s, {n:,} requests in {self.seconds:.1f} s, "
                f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, mean {statistics.fmean(lat) * 1000 if n else 0:.1f} ms, "
                f"errors {errors}{detail}")

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


async def worker(port: int, paths: list[str], offset: int, until: float, phase: Phase) -> None:
    """One keep-alive connection sending GETs in turn until `until`; reconnects after an error."""
    i = offset
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    while time.monotonic() < until:
        path = paths[i % len(paths)]
        i += 1
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(HOST, port)
            assert reader is not None
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nAccept: */*\r\n\r\n".encode())
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            status = int(head.split(b" ", 2)[1])
            length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), None)
            if length is None:
                raise ValueError("no content-length")
            await asyncio.wait_for(reader.readexactly(length), 30)
            if status != 200:
                phase.error(f"HTTP {status}")
                continue
            phase.latencies.append(time.perf_counter() - started)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as err:
            phase.error(type(err).__name__)
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def drive(port: int, paths: list[str], name: str, seconds: float, connections: int) -> Phase:
    phase = Phase(name)
    started = time.monotonic()
    await asyncio.gather(*(worker(port, paths, k, started + seconds, phase) for k in range(connections)))
    phase.seconds = time.monotonic() - started
    return phase


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def get(port: int, path: str) -> bytes:
    with urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=600) as answer:
        return bytes(answer.read())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="Length of each phase (default 60).")
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--shared", action="store_true", help="Add the shared KOBIS datasets to the store.")
    args = parser.parse_args()
    if not 1 <= args.seconds <= 600 or not 1 <= args.connections <= 1000:
        raise SystemExit("--seconds must be 1..600 and --connections 1..1000")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    cli = [sys.executable, "-c", "import sys; sys.argv[0] = 'filmfacts'; from filmfacts.cli import main; main()"]
    with tempfile.TemporaryDirectory(prefix="filmfacts-serve-bench-") as folder:
        db = Path(folder) / "bench.db"
        inputs = [ROOT / "src" / "filmfacts" / "examples", ROOT / "tests" / "fixtures" / "news",
                  ROOT / "tests" / "fixtures" / "articles"]
        if args.shared:
            inputs.append(SHARED / "data" / "kobis_korean_box_office")
        subprocess.run([*cli, "--db", str(db), "build", "--skip-bad", *map(str, inputs)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen([*cli, "--db", str(db), "serve", "--host", HOST, "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            started = time.monotonic()
            while True:  # the server reads the records before it listens (`warm`)
                try:
                    get(port, "/api/health")
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() - started > 600:
                        raise SystemExit(f"the server did not start: {server.stderr.read().decode()[-400:]}"
                                         if server.stderr else "the server did not start") from None
                    time.sleep(0.2)
            print(f"server up in {time.monotonic() - started:.1f} s (store built and records read)")
            import json

            listing = json.loads(get(port, "/api/films?limit=200"))
            films = listing["items"]
            people = json.loads(get(port, "/api/people?limit=50"))["items"]
            docs = json.loads(get(port, "/api/documents?limit=50"))["items"]
            mix = []
            for k, film in enumerate(films[:25]):
                title = film["titles"][-1]
                mix += [f"/api/films?q={quote(title)}", f"/api/films/{film['id']}",
                        f"/api/films/{film['id']}/conflicts", f"/api/films/{film['id']}/timeline",
                        f"/api/people/{people[k % len(people)]['id']}", f"/api/documents/{docs[k % len(docs)]['id']}",
                        f"/films/{film['id']}"]
                if film["year"]:
                    mix.append(f"/api/films?q={quote(film['titles'][0])}&year={film['year']}")
            print(f"store: {listing['total']:,} films; mix of {len(mix)} paths over {min(len(films), 25)} of them; "
                  f"{args.connections} connections, "
                  f"{args.seconds:g} s per phase")
            baseline = asyncio.run(drive(port, ["/api/health"], "baseline GET /api/health", args.seconds,
                                         args.connections))
            print(baseline.line())
            loaded = asyncio.run(drive(port, mix, "records mix", args.seconds, args.connections))
            print(loaded.line())
            print(f"ratio: the mix serves {loaded.rate / baseline.rate:.2f}× the baseline's requests/s")
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
    errors = sum(baseline.errors.values()) + sum(loaded.errors.values())
    print(f"SERVE: {loaded.rate:,.0f} requests/s (baseline {baseline.rate:,.0f}), errors {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
