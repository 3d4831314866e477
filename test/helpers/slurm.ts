/** Test helpers: the single-node Slurm cluster that .ci/start-slurm starts for CI. */

/** What a test that needs Slurm says when it is skipped. */
export const NO_SLURM = "SKIPPING: no Slurm (set PIPPA_TEST_SLURM, see .ci/start-slurm)";

/** The cluster's slurm.conf path from PIPPA_TEST_SLURM, or null when no cluster is at hand. */
export function slurmConf(): string | null {
  const conf = process.env.PIPPA_TEST_SLURM;
  return conf ? conf : null;
}
