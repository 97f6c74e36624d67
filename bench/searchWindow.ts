// CPU time of `store.search` for ranking windows of different sizes (RANK_CANDIDATES) and for
// the two SQLite rankings (the dossier_rank extension, FTS5's bm25()), on one store, the
// configurations alternated in one process so that other work on the machine falls on all of
// them alike. The queries are the serve bench's uncached searches (bench/serve.ts): its 12 words
// and phrases, each with a distinct excluded word, one in four with an outlet and date filter.
//
//   node --import tsx bench/searchWindow.ts --store FILE [--windows 5000,1000] [--rank dossier_rank,bm25] [--rounds 8]
//
// FILE: a store built by the serve bench (`node --import tsx bench/serve.ts --store FILE`).
import fs from "node:fs";
import os from "node:os";
import { openStore } from "../src/store/openStore.js";
import type { SearchQuery, Store } from "../src/store/Store.js";

const WORDS = ["council", "bridge", "hospital", "budget", "strike", "flood", "school", "Port Alder", "Kingsford", "spokesperson", '"step in the right direction"', "review"];
const OUTLETS = ["Harbour Gazette", "Valley Ledger", "Capital Wire"];

/** The i-th query: a word or phrase of the serve bench, a distinct excluded word, every fourth filtered. */
function query(i: number): SearchQuery {
  return { text: `${WORDS[i % WORDS.length]} -zq${i}`, limit: 21, ...(i % 4 === 3 ? { outlet: OUTLETS[i % 3], since: "2024-06-01" } : {}) };
}

export interface WindowRow {
  window: number;
  /** SQLite's ranking function. */
  rank: "dossier_rank" | "bm25";
  /** Mean CPU ms of one `store.search` over every query. */
  meanMs: number;
  /** Mean CPU ms per word or phrase (its filtered and unfiltered queries together). */
  byWord: Record<string, number>;
}

/** Runs `rounds` rounds (the first a warm-up) of 48 queries per window, windows alternated. */
export async function benchSearchWindows(file: string, windows: number[], rounds: number, ranks: Array<WindowRow["rank"]> = ["dossier_rank"]): Promise<WindowRow[]> {
  const stores: Store[] = [];
  const configs = windows.flatMap((window) => ranks.map((rank) => ({ window, rank })));
  try {
    for (const c of configs) {
      const store = await openStore(file, { rankCandidates: c.window, nativeRank: c.rank === "dossier_rank" });
      if ((store as { ranking?: string }).ranking !== c.rank) throw new Error(`searchWindow: ${c.rank} is not available (npm run build builds the extension)`);
      stores.push(store);
    }
    const total = configs.map(() => 0);
    const byWord = configs.map(() => new Map<string, number>());
    let q = 0;
    for (let round = 0; round < rounds; round++) {
      const start = q;
      for (const [k, store] of stores.entries()) {
        q = start;
        for (let i = 0; i < 48; i++, q++) {
          const t = process.cpuUsage();
          await store.search(query(q));
          const u = process.cpuUsage(t);
          if (round === 0) continue;
          const ms = (u.user + u.system) / 1000;
          total[k] += ms;
          const word = WORDS[q % WORDS.length];
          byWord[k].set(word, (byWord[k].get(word) ?? 0) + ms);
        }
      }
    }
    const n = (rounds - 1) * 48;
    return configs.map(({ window, rank }, k) => ({
      window,
      rank,
      meanMs: total[k] / n,
      byWord: Object.fromEntries([...byWord[k]].map(([w, ms]) => [w, ms / (n / WORDS.length)])),
    }));
  } finally {
    for (const s of stores) await s.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const file = opt("--store");
  if (!file || !fs.existsSync(file)) {
    console.error("searchWindow: give --store FILE, a store built by bench/serve.ts");
    process.exit(2);
  }
  const windows = (opt("--windows") ?? "5000,1000").split(",").map(Number);
  const rounds = Number(opt("--rounds") ?? 8);
  const ranks = (opt("--rank") ?? "dossier_rank").split(",") as Array<WindowRow["rank"]>;
  const load = os.loadavg()[0];
  const rows = await benchSearchWindows(file, windows, rounds, ranks);
  console.log(`store.search CPU ms per call, ${(rounds - 1) * 48} queries per window (load average ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})\n`);
  console.log(`| query | ${rows.map((r) => `window ${r.window.toLocaleString("en-US")}, ${r.rank}`).join(" | ")} |`);
  console.log(`|---|${rows.map(() => "---:").join("|")}|`);
  for (const w of WORDS) console.log(`| ${w.replace(/\|/g, "\\|")} | ${rows.map((r) => r.byWord[w].toFixed(2)).join(" | ")} |`);
  console.log(`| **mean** | ${rows.map((r) => `**${r.meanMs.toFixed(2)}**`).join(" | ")} |`);
}
