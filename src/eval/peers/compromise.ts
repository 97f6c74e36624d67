/** Loading compromise (a devDependency, imported only when peers run) and the part of its API used here. */

/** The part of compromise used here (typed locally: compromise is a devDependency). */
export interface CompromiseView {
  match(pattern: string): CompromiseView;
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
  quotations(): CompromiseView;
  out(format: "offset"): unknown;
}
export type Nlp = ((text: string) => CompromiseView) & { version?: string };

/** Loads compromise on demand (only the peer runs need it). */
export async function loadCompromise(): Promise<Nlp> {
  return (await import("compromise")).default as unknown as Nlp;
}

export interface CompromiseTerm {
  offset: { start: number; length: number };
}
export interface CompromiseMatch {
  terms: CompromiseTerm[];
  offset: { start: number; length: number };
}
