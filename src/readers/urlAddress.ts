import { isIP } from "node:net";

/**
 * Address ranges a fetch must not reach unless private addresses are explicitly allowed:
 * loopback, private, link-local, unique-local, CGNAT, multicast, reserved and unspecified.
 * IPv4 ranges as [first octets, prefix length].
 */
const BLOCKED_V4: [number[], number][] = [
  [[0], 8], // "this network", 0.0.0.0
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8], // loopback
  [[169, 254], 16], // link-local (cloud metadata lives here)
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 4], // multicast
  [[240], 4], // reserved, broadcast
];

/** Parses dotted-quad IPv4 into a 32-bit number; null if not one. */
function v4ToInt(ip: string): number | null {
  const parts = ip.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

function blockedV4(n: number): boolean {
  for (const [octets, prefix] of BLOCKED_V4) {
    let base = 0;
    for (let i = 0; i < 4; i++) base = base * 256 + (octets[i] ?? 0);
    const size = 2 ** (32 - prefix);
    if (Math.floor(n / size) === Math.floor(base / size)) return true;
  }
  return false;
}

/** Expands an IPv6 address (with optional embedded IPv4 and zone id) into 8 16-bit groups. */
function v6Groups(ip: string): number[] | null {
  let s = ip.replace(/%.*$/, "").toLowerCase();
  const tail: number[] = [];
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (v4) {
    const n = v4ToInt(v4[1]);
    if (n === null) return null;
    tail.push(Math.floor(n / 65536), n % 65536);
    s = s.slice(0, -v4[1].length);
    if (s.endsWith(":") && !s.endsWith("::")) s = s.slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const parse = (h: string) => (h === "" ? [] : h.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const known = head.length + rest.length + tail.length;
  if (head.some(Number.isNaN) || rest.some(Number.isNaN)) return null;
  if (halves.length === 1 && known !== 8) return null;
  if (known > 8) return null;
  return [...head, ...new Array(8 - known).fill(0), ...rest, ...tail];
}

function blockedV6(g: number[]): boolean {
  const v4of = (hi: number, lo: number) => blockedV4(hi * 65536 + lo);
  if (g.every((x) => x === 0)) return true; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d: judge the IPv4 address.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return v4of(g[6], g[7]);
  // IPv4-translated ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96: judge the embedded IPv4 address.
  if (g.slice(0, 4).every((x) => x === 0) && g[4] === 0xffff && g[5] === 0) return v4of(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4of(g[6], g[7]);
  if (g[0] === 0x2002) return v4of(g[1], g[2]); // 6to4 carries an IPv4 address
  if ((g[0] & 0xfe00) === 0xfc00) return true; // fc00::/7 unique-local
  if ((g[0] & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g[0] & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated)
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return true; // discard-only 100::/64
  return false;
}

/**
 * True when an IP address (v4 or v6, including IPv4-mapped forms) is private, loopback,
 * link-local, unique-local or otherwise not a public unicast address. Unparseable input counts
 * as private (refuse what cannot be judged).
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "");
  const family = isIP(ip.replace(/%.*$/, ""));
  if (family === 4) {
    const n = v4ToInt(ip);
    return n === null || blockedV4(n);
  }
  if (family === 6) {
    const g = v6Groups(ip);
    return g === null || blockedV6(g);
  }
  return true;
}
