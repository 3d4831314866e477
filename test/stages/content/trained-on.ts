/** The checks both learned readers' weights must pass: trained on the development sets alone, as they are now, on both labels. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ModelWeights } from "../../../src/stages/content/model-weights.js";
import { isDevelopment } from "../../eval/content/logistic.js";

const folder = fileURLToPath(new URL("../../../../test/eval/content/", import.meta.url));

/** The model names every development set among `sets` and no held-out one, each with its SHA-256 as the file is now. */
export async function assertTrainedOnDevelopment(model: ModelWeights, sets: readonly (readonly [string, string])[]): Promise<void> {
  const development = sets.filter(([, title]) => isDevelopment(title)).map(([file]) => file);
  assert.ok(sets.length - development.length >= 10, "the held-out sets are told apart by their titles");
  assert.deepEqual(model.trainedOn.map(({ file }) => file).sort(), development.sort());
  for (const { file, sha256 } of model.trainedOn) {
    assert.equal(createHash("sha256").update(await readFile(folder + file)).digest("hex"), sha256, `${file} changed since training: npm run train:content`);
  }
}

/** The model learned from more than a thousand examples of each label, and its weights are not all zero. */
export function assertLearnedFromBothLabels(model: ModelWeights): void {
  assert.ok(model.examples.positive > 1000 && model.examples.negative > 1000, JSON.stringify(model.examples));
  assert.ok(model.scale > 0);
}
