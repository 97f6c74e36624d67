/**
 * Reads the gold story clusters of news-dev from the "Topics covered" table of its README:
 * rows `| topic | files |` where files are ranges ("001–003", hyphen or en dash) and comma lists
 * ("021–022, 027–028"). Returns file number (as in `NNN.json`) → topic.
 */
export function readTopicTable(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of markdown.split(/\r?\n/)) {
    const cells = line.split("|").map((c) => c.trim());
    // "| a | b |" splits into ["", "a", "b", ""].
    if (cells.length !== 4 || cells[0] !== "" || cells[3] !== "") continue;
    const [topic, files] = [cells[1], cells[2]];
    if (!/^\d{3}/.test(files)) continue;
    for (const part of files.split(",")) {
      const m = /^(\d+)\s*(?:[-–—]\s*(\d+))?$/.exec(part.trim());
      if (!m) throw new Error(`topic table: cannot read files "${part.trim()}" of "${topic}"`);
      const width = m[1].length;
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      for (let n = from; n <= to; n++) out.set(String(n).padStart(width, "0"), topic);
    }
  }
  return out;
}

/**
 * Rows of the news-dev table that group several distinct events under one topic, split into one
 * gold story per event. Checked by reading the texts: 021 is Angola's August 2017 election
 * results, 022 the Ekiti (Nigeria) governorship election of July 2018, 027 and 028 Venezuela's
 * presidential election of July 2024 (Maduro declared winner; Maduro seeking a third term).
 */
export const NEWS_DEV_SPLITS: Readonly<Record<string, string>> = {
  "021": "Elections: Angola 2017",
  "022": "Elections: Ekiti 2018",
  "027": "Elections: Venezuela 2024",
  "028": "Elections: Venezuela 2024",
};

/** The news-dev gold stories: the README topic table with `NEWS_DEV_SPLITS` applied. */
export function newsDevGold(readme: string): Map<string, string> {
  const gold = readTopicTable(readme);
  for (const [file, story] of Object.entries(NEWS_DEV_SPLITS)) if (gold.has(file)) gold.set(file, story);
  return gold;
}
