/** The consent choices as contributors read them: on the upload page, and from /api/config for other front-ends. */
import type { Consent } from "../model/consent.js";

export const CONSENT_LABELS: Record<Consent, string> = {
  public: "May be included in a public dataset",
  private: "Keep private: use for training only, never publish",
};
