/** The version of pippa (package.json says the same; a test checks). */
export const PIPPA_VERSION = "0.1.0";
