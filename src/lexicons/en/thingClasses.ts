/**
 * Classes of things a story may give the age or size of, so that outlets naming one thing with
 * different nouns meet ("the aircraft", "the jet", "the machine" of a translated text) while a
 * plane and a bridge stay apart. Written for dossier from general English usage (folded words).
 */
import { lookupTable } from "../lookupTable.js";

function classOf(cls: string, ws: string): Record<string, string> {
  return Object.fromEntries(ws.split(" ").map((w) => [w, cls]));
}

/** Noun → class. "machine" is the aircraft of texts translated from languages that call a plane so. */
export const THING_CLASSES: Record<string, string> = lookupTable({
  ...classOf("aircraft", "aircraft plane planes jet jets airliner airliners airplane airplanes aeroplane helicopter machine"),
  ...classOf("ship", "ship ships vessel vessels boat boats ferry freighter tanker cargo-ship containership trawler yacht"),
  ...classOf("train", "train trains locomotive"),
  ...classOf("vehicle", "bus coach truck lorry car van"),
  ...classOf("bridge", "bridge span viaduct"),
  ...classOf("building", "building buildings tower block house home hotel"),
  ...classOf("dam", "dam levee"),
  ...classOf("plant", "plant factory refinery mine reactor"),
});
