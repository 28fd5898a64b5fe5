"""Look-alike names without scoring every pair of a block: only the pairs that can reach the threshold.

`fuzz.ratio` of keys of lengths `a` and `b` is 100 * 2c / (a + b) (its Indel distance is a + b - 2c),
where `c` is the length of their longest common subsequence, so a pair reaches a threshold `t`
(0 < t <= 100) only if

- **c >= c_min(a, b) = ceil(t (a + b) / 200)**, and since c <= min(a, b) the lengths are close: with
  a <= b, b <= a (200 - t) / t (t = 80: the longer at most 1.5 times the shorter);
- every key of a block starts with the block's `P` letters ("joh" of "John Smith"), which a longest
  common subsequence can always take, so the rests after them have a common subsequence of c - P
  letters and **share at least alpha(a, b) = c_min(a, b) - P letters counted with their repeats**
  (the q-gram count filter with q = 1; each Indel edit removes at most q = 1 shared q-gram):
  "johnsmith" and "johnsmyth" reach 80 only with c >= ceil(0.8 * 18 / 2) = 8, so "nsmith" and
  "nsmyth" must share 5 letters (n, s, m, t, h: they do, and score 88.9).

The letter bound is met through a prefix filter (Bayardo et al., "Scaling up all pairs similarity
search", 2007) in its l-prefix form (Wang, Li and Feng, "Can we beat the prefix filtering?", 2012).
A letter's n-th occurrence is one token ("n" once, "n" twice...), a block's tokens are ordered
rarest first; if token sets X and Y share alpha tokens, their first |X| - alpha + l and first
|Y| - alpha + l tokens share at least l (the l rarest shared tokens sit, in X, behind at most
|X| - alpha tokens that Y lacks). With l = 2 a name's signatures are the pairs of tokens of its
prefix, and two names are candidates when they share one: a pair of rare letters is far rarer than
one letter, over an alphabet of 36. Names are taken shortest first: a name is indexed for the
longer names after it with alpha(a, a) (alpha grows with the partner's length) and probes the
shorter ones with alpha(shortest, a), the shortest length the length bound allows. A name too
short for the bound (alpha < 2, about seven letters), or so long that its prefix would hold more
than 24 tokens, is compared with every name of its block whose length it allows.

Two more exact filters prune the candidates: the positional filter (the two rarest tokens a pair
shares are a signature they share, and every other shared token comes after them in both, so a
signature ending at position e of a rest of r tokens leaves at most r - e - 1 + 2 shared tokens,
which bounds the partner's length), and the count filter itself (shared tokens >= alpha, counted
from one bit per token). What is left is scored by rapidfuzz itself (`process.cpdist`) with the same
cutoff, so the pairs and scores are exactly those of scoring every pair. The work is in numpy
(tokens, signatures, the join, the filters): no Python loop per name or pair. Up to `FEW_PAIRS`
pairs inside blocks (a small store) every pair is scored instead: that is quicker than importing
numpy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

# Floating-point slack: a bound computed a hair low only lets more candidates through.
_SLACK = 1e-7
ELL = 2  # tokens a signature holds (the l of the l-prefix)
_SLICE = 100_000  # candidates count-filtered at once
# Up to this many pairs inside blocks (a small store: a few hundred people), scoring them all takes a
# few milliseconds, less than importing numpy (0.3 s on the bench machine), and is exact by definition.
FEW_PAIRS = 20_000
LONGEST_PREFIX = 24  # tokens a probing prefix may hold (276 signatures); a longer name is compared directly


def every_pair(keys: Sequence[str], blocks: Sequence[int], threshold: float) -> list[tuple[int, int, float]]:
    """The reference: each key scored against every later key of its block."""
    members: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        members.setdefault(block, []).append(i)
    out: list[tuple[int, int, float]] = []
    for block in sorted(members):
        group = members[block]
        for n, i in enumerate(group[:-1]):
            alike = process.extract(keys[i], [keys[j] for j in group[n + 1:]], scorer=fuzz.ratio,
                                    score_cutoff=threshold, limit=None)
            out.extend((i, group[n + 1 + j], float(score)) for _, score, j in sorted(alike, key=lambda hit: hit[2]))
    return out


def alike_pairs(keys: Sequence[str], blocks: Sequence[int], prefixes: Sequence[int],
                threshold: float) -> list[tuple[int, int, float]]:
    """(i, j, score), i < j, for every two keys of one block whose `fuzz.ratio` is at least `threshold`,
    in block order (`blocks[i]` is key i's block, numbered from 0), then by i and j. Every key of
    block b starts with the same `prefixes[b]` letters."""
    if len(keys) < 2:
        return []
    pairs = sum(size * (size - 1) // 2 for size in Counter(blocks).values())
    if pairs <= FEW_PAIRS or not 0 < threshold <= 100:
        return every_pair(keys, blocks, threshold)
    import numpy as np

    m = len(keys)
    block = np.asarray(blocks, dtype=np.int64)
    length = np.fromiter(map(len, keys), dtype=np.int64, count=m)
    prefix = np.asarray(prefixes, dtype=np.int64)[block]
    low = np.maximum(np.ceil(length * threshold / (200 - threshold) - _SLACK), 0).astype(np.int64)
    high = np.floor(length * (200 - threshold) / threshold + _SLACK).astype(np.int64)

    def c_min(a: NDArray[np.int64], b: NDArray[np.int64]) -> NDArray[np.int64]:
        return np.maximum(np.ceil(threshold * (a + b) / 200 - _SLACK), 0).astype(np.int64)

    probe_alpha = c_min(low, length) - prefix
    own_alpha = c_min(length, length) - prefix
    rest = length - prefix
    # Too short for the bound, or so long that its prefix would give more signatures than its
    # block's names in its length window could cost: compared with those names directly.
    # (own_alpha >= probe_alpha: a name that is not short is indexed too.)
    short = (probe_alpha < ELL) | (rest - probe_alpha + ELL > LONGEST_PREFIX)
    ranks, token_row, token = _ranked_tokens([k[prefixes[b]:] for k, b in zip(keys, blocks, strict=True)], rest, block)
    # Processing order: shortest first, then in input order.
    order_of = np.empty(m, dtype=np.int64)
    order_of[np.lexsort((np.arange(m), length))] = np.arange(m)

    def longest(rows: NDArray[np.int64], ends: NDArray[np.int64]) -> NDArray[np.int64]:
        """The longest partner that the names `rows` can reach through a signature ending at `ends`:
        the length bound, and the positional filter (the two rarest tokens a pair shares are a
        signature they share, and every other shared token comes after it in both, so at most
        rest - end - 1 + ELL tokens are shared: c_min(length, partner) - P must not exceed that)."""
        most = rest[rows] - ends - 1 + ELL + prefix[rows]
        return np.minimum(np.floor(200 * most / threshold - length[rows] + _SLACK).astype(np.int64), high[rows])

    x, y = _signature_pairs(ranks, rest, length, order_of, np.where(short, 0, rest - probe_alpha + ELL),
                            np.where(short, 0, rest - own_alpha + ELL), longest)
    shorts = _window_pairs(np.flatnonzero(short), block, length, low, high)
    a, b = np.concatenate([x, shorts[0]]), np.concatenate([y, shorts[1]])
    code = _distinct(np.minimum(a, b) * m + np.maximum(a, b))
    a, b = code // m, code % m
    # The count filter itself on the candidates: how many tokens of their rests they share (a letter
    # counted as often as both have it), from one bit per token, against alpha; and the length bound.
    words = int(token.max(initial=0)) // 64 + 1
    bits = np.zeros((m, words), dtype=np.uint64)
    np.add.at(bits, (token_row, token // 64), np.left_shift(np.uint64(1), (token % 64).astype(np.uint64)))
    keep = np.zeros(len(a), dtype=bool)
    for s in range(0, len(a), _SLICE):
        x, y = a[s:s + _SLICE], b[s:s + _SLICE]
        small, large = np.minimum(length[x], length[y]), np.maximum(length[x], length[y])
        shared = np.bitwise_count(bits[x] & bits[y]).sum(axis=1, dtype=np.int64)
        keep[s:s + _SLICE] = ((shared >= c_min(small, large) - prefix[x])
                              & (small * (200 - threshold) - large * threshold >= -_SLACK))
    a, b = a[keep], b[keep]
    if not len(a):
        return []
    texts = np.array(keys, dtype=object)
    scores = process.cpdist(texts[a], texts[b], scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.float64)
    kept = scores >= threshold
    a, b, scores = a[kept], b[kept], scores[kept]
    order = np.lexsort((b, a, block[a]))
    return list(zip(a[order].tolist(), b[order].tolist(), scores[order].tolist(), strict=True))


def _ranked_tokens(rests: list[str], rest: NDArray[np.int64], block: NDArray[np.int64],
                   ) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Each rest's tokens (a letter's n-th occurrence) as ranks, rarest in its block first, the rests
    one after another (`rest` long each); a rank names a token of one block. Also each token's
    row and the token (numbered densely over all blocks), for counting the tokens two rests share."""
    import numpy as np

    m = len(rests)
    chars = np.frombuffer("".join(rests).encode("utf-32-le"), dtype="<u4").astype(np.int64)
    rows = np.repeat(np.arange(m), rest)
    letters = int(chars.max(initial=0)) + 1
    # Tokens are a multiset, so the letters are sorted within each rest: equal letters side by side.
    cell = np.sort(rows * letters + chars)
    rows, chars = cell // letters, cell % letters
    position = np.arange(len(cell))
    new_letter = np.ones(len(cell), dtype=bool)
    new_letter[1:] = cell[1:] != cell[:-1]
    occurrence = position - np.maximum.accumulate(np.where(new_letter, position, 0))
    token = _numbered(chars * (int(occurrence.max(initial=0)) + 1) + occurrence)
    # The same token in each block, numbered densely, and how many rests of the block have it.
    in_block = _numbered(block[rows] * (int(token.max(initial=0)) + 1) + token)
    tokens = int(in_block.max(initial=0)) + 1
    frequency = np.bincount(in_block, minlength=tokens)
    first = np.zeros(tokens, dtype=np.int64)
    first[in_block] = block[rows]
    # Block first (a rank names a token of one block), then rarest first: one order within each block.
    rank_of = np.empty(tokens, dtype=np.int64)
    rank_of[np.lexsort((np.arange(tokens), frequency, first))] = np.arange(tokens)
    ranks = np.sort(rows * tokens + rank_of[in_block]) % tokens  # rarest first within each rest
    return ranks, rows, token


def _numbered(values: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each value's number among the distinct values, in their order: 0, 1, 2..."""
    import numpy as np

    if not len(values):
        return values
    low, high = int(values.min()), int(values.max())
    if high - low > 8 * len(values) + 1024:  # too sparse for a table
        return np.unique(values, return_inverse=True)[1].ravel()
    present = np.zeros(high - low + 1, dtype=bool)
    present[values - low] = True
    return (np.cumsum(present) - 1)[values - low]


def _signature_pairs(ranks: NDArray[np.int64], rest: NDArray[np.int64], length: NDArray[np.int64],
                     order_of: NDArray[np.int64], probe: NDArray[np.int64], own: NDArray[np.int64],
                     longest: Callable[[NDArray[np.int64], NDArray[np.int64]], NDArray[np.int64]],
                     ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(probing name, indexed name) for every name that shares a signature (two tokens of its first
    `probe` tokens) with a name taken before it, indexed under two of its first `own`, when each is
    within the length `longest(name, where the signature ends in it)` allows the other; `ranks`
    holds the rests one after another, `rest` their lengths."""
    import numpy as np

    tokens = int(ranks.max(initial=0)) + 1
    start = np.cumsum(rest) - rest
    probe_rows: list[NDArray[np.int64]] = []
    probe_keys: list[NDArray[np.int64]] = []
    probe_ends: list[NDArray[np.int64]] = []
    own_rows: list[NDArray[np.int64]] = []
    own_keys: list[NDArray[np.int64]] = []
    own_ends: list[NDArray[np.int64]] = []
    for last in range(ELL - 1, int(probe.max(initial=0))):
        # Every ELL - 1 earlier tokens of the prefix with this one.
        earlier = np.array(list(combinations(range(last), ELL - 1)), dtype=np.int64).reshape(-1, ELL - 1)
        for rows, keys, ends, size in ((probe_rows, probe_keys, probe_ends, probe),
                                       (own_rows, own_keys, own_ends, own)):
            chosen = np.flatnonzero(size > last)
            if not len(chosen):
                continue
            first = start[chosen]
            key = np.repeat(ranks[first + last][:, None], len(earlier), axis=1)
            for column in range(ELL - 1):
                key = key * tokens + ranks[first[:, None] + earlier[:, column]]
            rows.append(np.repeat(chosen, len(earlier)))
            keys.append(key.ravel())
            ends.append(np.full(key.size, last))
    empty = np.zeros(0, dtype=np.int64)
    if not probe_rows or not own_rows:
        return empty, empty
    q_rows, i_rows = np.concatenate(probe_rows), np.concatenate(own_rows)
    q_ends, i_ends = np.concatenate(probe_ends), np.concatenate(own_ends)
    # Signatures numbered densely, then one integer per (signature, order) finds the names taken before.
    m = len(order_of)
    dense = np.concatenate([np.concatenate(probe_keys), np.concatenate(own_keys)])
    if tokens**ELL * m >= 2**62:  # numbered densely first, so that signature and order fit one int64
        dense = _numbered(dense)
    q_sig, i_sig = dense[:len(q_rows)], dense[len(q_rows):]
    # Searched from the indexed side, the shorter name: the longer names its signature can reach are
    # a range of the order. The probing side's own bound is checked on what is found.
    q_code = q_sig * m + order_of[q_rows]
    by_code = np.argsort(q_code)
    q_code, q_rows, q_reach = q_code[by_code], q_rows[by_code], longest(q_rows[by_code], q_ends[by_code])
    by_code = np.argsort(i_sig * m + order_of[i_rows])  # the searches below in order: cache-friendly
    i_sig, i_rows, i_ends = i_sig[by_code], i_rows[by_code], i_ends[by_code]
    shorter_than = np.searchsorted(np.sort(length), np.arange(int(length.max()) + 2), side="left")
    reach = shorter_than[np.clip(longest(i_rows, i_ends) + 1, 0, len(shorter_than) - 1)]
    start = np.searchsorted(q_code, i_sig * m + order_of[i_rows] + 1, side="left")
    stop = np.searchsorted(q_code, i_sig * m + reach, side="left")
    i, q = _expand(np.arange(len(i_rows)), start, stop, np.arange(len(q_rows)))
    i_rows = i_rows[i]
    kept = length[i_rows] <= q_reach[q]
    return q_rows[q[kept]], i_rows[kept]


def _window_pairs(short: NDArray[np.int64], block: NDArray[np.int64], length: NDArray[np.int64],
                  low: NDArray[np.int64], high: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(short name, name of its block whose length it allows), the short name itself left out."""
    import numpy as np

    span = int(max(length.max(initial=0), high.max(initial=0))) + 2
    code = block * span + length
    by_code = np.argsort(code, kind="stable")
    code = code[by_code]
    start = np.searchsorted(code, block[short] * span + low[short], side="left")
    stop = np.searchsorted(code, block[short] * span + np.minimum(high[short], span - 1), side="right")
    a, b = _expand(short, start, stop, by_code)
    keep = a != b
    return a[keep], b[keep]


def _distinct(values: NDArray[np.int64]) -> NDArray[np.int64]:
    """The distinct values, sorted (numpy's own `unique` hashes, which is many times slower here)."""
    import numpy as np

    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


def _expand(rows: NDArray[np.int64], start: NDArray[np.int64], stop: NDArray[np.int64],
            targets: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(rows[k], targets[x]) for every k and every x in start[k]:stop[k]."""
    import numpy as np

    counts = np.maximum(stop - start, 0)
    total = int(counts.sum())
    firsts = np.repeat(start - (np.cumsum(counts) - counts), counts)
    return np.repeat(rows, counts), targets[firsts + np.arange(total)]
