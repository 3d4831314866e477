/** IPv4 (octets checked), IPv6 (the WHATWG URL parser decides) and MAC addresses. */
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)/g;
const IPV6 = /(?<![\p{L}\p{N}:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?(?![\p{L}\p{N}:])/gu;
const MAC = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])/g;
const CONTEXT = ["ip", "address", "server", "host", "connect", "ping", "router", "vpn", "network", "mac", "device"];

/** True for a valid IPv6 address: the URL parser (browsers and Node alike) accepts it as a host. */
function isIPv6(value: string): boolean {
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

export const detectNetworkAddresses: Detector = (text) => {
  const found: Candidate[] = [];
  if (/\d\.\d/.test(text)) {
    for (const match of allMatches(IPV4, text)) {
      const octets = match[0].split(".").map(Number);
      if (octets.some((octet) => octet > 255)) continue;
      // "v1.2.3.4" is a version, not an address.
      const before = text.slice(Math.max(0, match.index! - 1), match.index!);
      if (/[vV]/.test(before)) continue;
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "IP", score: 0.6, rule: "ip/v4", context: CONTEXT });
    }
  }
  if (text.includes(":")) {
    for (const match of allMatches(IPV6, text)) {
      const value = match[0];
      if (!isIPv6(value.replace(/%\w+$/, "")) || (value.match(/:/g) ?? []).length < 2 || !/[0-9a-f]{2}/i.test(value)) continue;
      found.push({ start: match.index!, end: match.index! + value.length, type: "IP", score: 0.8, rule: "ip/v6", context: CONTEXT });
    }
    for (const match of allMatches(MAC, text)) {
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "MAC", score: 0.8, rule: "mac", context: CONTEXT });
    }
  } else if (text.includes("-")) {
    for (const match of allMatches(MAC, text)) {
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "MAC", score: 0.6, rule: "mac", context: CONTEXT });
    }
  }
  return found;
};
