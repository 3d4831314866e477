/**
 * What replaces a redacted span. `placeholder` writes `<EMAIL>`, `<PHONE>`, ... and `{{user}}` for
 * the contributor's own name (PIPPA's convention); `mask` writes one `*` per character; `surrogate`
 * writes a consistent fake value: HMAC-SHA256(secret, type|value) seeds the fake, so one value gets
 * the same fake everywhere in a dataset and nobody without the secret can map it back. The
 * contributor's own name stays `{{user}}` under every operator.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import type { PiiType } from "./types.js";

import { OPERATORS, type OperatorName } from "./operator-names.js";

export { OPERATORS };
export type { OperatorName };

/** Replaces one span's text. */
export type Operator = (value: string, type: PiiType) => string;

export function placeholderOperator(): Operator {
  return (_value, type) => (type === "USER" ? "{{user}}" : `<${type}>`);
}

export function maskOperator(): Operator {
  return (value, type) => (type === "USER" ? "{{user}}" : [...value].map((char) => (/\s/.test(char) ? char : "*")).join(""));
}

/** A deterministic source of fake values; `@faker-js/faker` is loaded on first use. */
export interface FakeValues {
  fake(type: PiiType, value: string, seed: number): string;
}

const encoder = new TextEncoder();

/** The seed HMAC(secret, type|normalised value) gives, as a 32-bit integer. */
export function surrogateSeed(secret: string, type: PiiType, value: string): number {
  const normalised = value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  const digest = hmac(sha256, encoder.encode(secret), encoder.encode(`${type}|${normalised}`));
  return ((digest[0] << 24) | (digest[1] << 16) | (digest[2] << 8) | digest[3]) >>> 0;
}

/** Fake values of each type from faker, seeded per value. */
export async function loadFakeValues(): Promise<FakeValues> {
  const { Faker, en } = await import("@faker-js/faker");
  const faker = new Faker({ locale: [en] });
  const digits = (seed: number, count: number) => {
    faker.seed(seed);
    return Array.from({ length: count }, () => faker.number.int(9)).join("");
  };
  return {
    fake(type, value, seed) {
      faker.seed(seed);
      switch (type) {
        case "PERSON":
          return value.trim().includes(" ") ? faker.person.fullName() : faker.person.firstName();
        case "EMAIL":
          return faker.internet.email().toLowerCase();
        case "URL":
          return faker.internet.url();
        case "IP":
          return value.includes(":") ? faker.internet.ipv6() : faker.internet.ipv4();
        case "MAC":
          return faker.internet.mac();
        case "CREDIT_CARD":
          return faker.finance.creditCardNumber();
        case "IBAN":
          return faker.finance.iban();
        case "PHONE":
          return faker.phone.number();
        case "SSN":
          return `${faker.number.int({ min: 100, max: 665 })}-${faker.number.int({ min: 10, max: 99 })}-${faker.number.int({ min: 1000, max: 9999 })}`;
        case "ADDRESS":
          return faker.location.streetAddress();
        case "HANDLE":
          return `${value.startsWith("@") ? "@" : ""}${faker.internet.username().toLowerCase()}`;
        case "LOCATION":
          return faker.location.city();
        case "AGE":
          return String(faker.number.int({ min: 18, max: 60 }));
        case "ORG":
          return faker.company.name();
        case "DATE":
          return faker.date.birthdate().toISOString().slice(0, 10);
        case "USER":
          return "{{user}}";
        default:
          return digits(seed, value.length);
      }
    },
  };
}

export function surrogateOperator(secret: string, fakes: FakeValues): Operator {
  return (value, type) => (type === "USER" ? "{{user}}" : fakes.fake(type, value, surrogateSeed(secret, type, value)));
}
