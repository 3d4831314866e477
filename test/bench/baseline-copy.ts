/**
 * The baseline `pippa build` is measured against: one bare pass that splits lines by hand, parses
 * each with JSON.parse, writes it back with JSON.stringify. Usage: node baseline-copy.js IN OUT
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";

const [input, output] = process.argv.slice(2);
const fd = openSync(input, "r");
const out = openSync(output, "w");
const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
let carry = Buffer.alloc(0);
let records = 0;
let pending: string[] = [];
let pendingChars = 0;
const flush = () => {
  writeSync(out, pending.join(""));
  pending = [];
  pendingChars = 0;
};
for (;;) {
  const read = readSync(fd, buffer, 0, buffer.length, null);
  if (read === 0) break;
  let chunk = buffer.subarray(0, read);
  if (carry.length > 0) chunk = Buffer.concat([carry, chunk]);
  let start = 0;
  for (let newline = chunk.indexOf(10, start); newline >= 0; newline = chunk.indexOf(10, start)) {
    const line = chunk.toString("utf8", start, newline);
    start = newline + 1;
    if (line.trim() === "") continue;
    const text = `${JSON.stringify(JSON.parse(line))}\n`;
    records++;
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars > 1 << 20) flush();
  }
  carry = Buffer.from(chunk.subarray(start));
}
if (carry.length > 0 && carry.toString().trim() !== "") pending.push(`${JSON.stringify(JSON.parse(carry.toString()))}\n`);
flush();
closeSync(fd);
closeSync(out);
process.stdout.write(`${records}\n`);
