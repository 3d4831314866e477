/** The figures the PIPPA paper (Gosling, Dale & Zheng, 2023, §3) publishes for the full dataset. */
export const PAPER_FIGURES = {
  conversations: 25_940,
  personas: 1_254,
  messages: 1_049_015,
  turnsMedian: 10,
  turnsMean: 40.41,
  turnsStd: 145,
  turnsMax: 11_491,
} as const;
