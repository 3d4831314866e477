/**
 * The function words of the languages people disclose themselves in besides English ("de", "una",
 * "mio", "ela", "ko", "pero"), from the `stopword` package's lists. Several are also first names
 * in some locale's list, so a lower-case one is never taken for a name; written with a capital it
 * still may be ("Ella" the name, "ella" the Spanish pronoun). Malay's list is left out: it holds
 * personal names ("ahmad", "najib"). Runs in a browser.
 */
import { deu, fra, ind, ita, por, porBr, rus, spa, tgl } from "stopword";

const FUNCTION_WORDS: ReadonlySet<string> = new Set([spa, por, porBr, fra, deu, ita, ind, tgl, rus].flat().map((word) => word.toLowerCase()));

/** Whether a token, as written, is another language's function word (only lower-case tokens are). */
export function isForeignFunctionWord(token: string): boolean {
  return FUNCTION_WORDS.has(token) && token === token.toLowerCase();
}
