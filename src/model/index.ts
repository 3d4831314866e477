export { PIPPA_KEYS, toPippa } from "./pippa-record.js";
export type { Consent, Episode, EpisodeSource, EpisodeTurn, PippaMessage, PippaRecord } from "./pippa-record.js";
export { ERROR_CODES, PippaError, describeValue, formatWhere } from "./errors.js";
export type { PippaErrorCode, Where } from "./errors.js";
export { describeProblems, validateEpisode, validatePippaRecord } from "./validate.js";
export type { EpisodeValidationResult, FieldProblem, ValidationResult } from "./validate.js";
export { isJsonObject, parseJson } from "./json.js";
export { CONSENTS, consentOfFolderName, consentUnderRoot, narrowestConsent, parseConsent } from "./consent.js";
