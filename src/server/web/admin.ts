/** The curator console: sign in with the admin token, browse submissions, read one with its PII marked, build a release. */
import { errorOf, formatBytes, h, markedText, type MarkedSpan } from "./dom.js";

interface StoredFile {
  id: string;
  name: string;
  bytes: number;
  format: string;
  status: string;
  conversations: number;
  messages: number;
}
interface Submission {
  id: string;
  createdMs: number;
  consent: string;
  channel: string;
  files: StoredFile[];
  lastBuildMs: number | null;
}

const TOKEN_KEY = "pippa-admin-token";
let token = sessionStorage.getItem(TOKEN_KEY) ?? "";

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as T;
}

const signin = document.querySelector<HTMLFormElement>("#signin")!;
const consoleSection = document.querySelector<HTMLElement>("#console")!;

async function loadOverview(): Promise<void> {
  const stats = await api<{ counts: { submissions: number; files: number; withdrawn: number; byConsent: Record<string, number>; byFormat: Record<string, number> }; corpus: { conversations: number; personas: number; messages: number; turns: { median: number; mean: number; max: number } } }>("/api/admin/stats");
  const card = (label: string, value: string | number) => h("div", { class: "card" }, h("div", { class: "value" }, String(value)), h("div", { class: "label" }, label));
  document.querySelector("#counts")!.replaceChildren(
    card("submissions", stats.counts.submissions),
    card("public", stats.counts.byConsent.public ?? 0),
    card("private", stats.counts.byConsent.private ?? 0),
    card("withdrawn", stats.counts.withdrawn),
    card("conversations", stats.corpus.conversations),
    card("personas", stats.corpus.personas),
    card("messages", stats.corpus.messages),
    card("median turns", stats.corpus.turns.median),
  );
  document.querySelector("#corpus")!.replaceChildren(h("p", { class: "hint" }, `Files by format: ${Object.entries(stats.counts.byFormat).map(([format, n]) => `${format} ${n}`).join(", ") || "none"}. Turns: mean ${stats.corpus.turns.mean.toFixed(1)}, max ${stats.corpus.turns.max}.`));
}

async function loadSubmissions(): Promise<void> {
  const params = new URLSearchParams();
  const consent = document.querySelector<HTMLSelectElement>("#filter-consent")!.value;
  const format = document.querySelector<HTMLInputElement>("#filter-format")!.value.trim();
  const status = document.querySelector<HTMLSelectElement>("#filter-status")!.value;
  if (status) params.set("status", status);
  if (consent) params.set("consent", consent);
  if (format) params.set("format", format);
  const { submissions, total } = await api<{ total: number; submissions: Submission[] }>(`/api/admin/submissions?${params}`);
  const body = document.querySelector("#submissions tbody")!;
  body.replaceChildren(
    ...submissions.map((submission) => {
      const row = h(
        "tr",
        { class: "clickable", tabindex: "0", "data-id": submission.id },
        h("td", {}, new Date(submission.createdMs).toISOString().replace("T", " ").slice(0, 19)),
        h("td", {}, submission.consent),
        h("td", {}, submission.lastBuildMs ? "in a release" : "new"),
        h("td", {}, submission.channel),
        h("td", {}, submission.files.map((file) => `${file.name} (${file.format}, ${formatBytes(file.bytes)})`).join(", ")),
        h("td", { class: "num" }, String(submission.files.reduce((sum, file) => sum + file.conversations, 0))),
        h("td", { class: "num" }, String(submission.files.reduce((sum, file) => sum + file.messages, 0))),
      );
      const open = () => void showSubmission(submission.id);
      row.addEventListener("click", open);
      row.addEventListener("keydown", (event) => {
        if (event.key === "Enter") open();
      });
      return row;
    }),
  );
  if (total > submissions.length) body.append(h("tr", {}, h("td", { colspan: "7", class: "hint" }, `${total - submissions.length} more not shown; filter to narrow.`)));
}

interface ContentView {
  tags: Record<string, number>;
  evidence: { tag: string; field: string; rule: string; score: number; text: string }[];
}

/** Why each content tag holds: the words, where they are, and the rule that took them. */
function contentEvidence(content: ContentView): HTMLElement | null {
  if (content.evidence.length === 0) return null;
  const where = (field: string) => {
    const message = /^conversation\[(\d+)\]/.exec(field);
    return message ? `message ${Number(message[1]) + 1}` : field.replace(/^bot_/, "").replace("_", " ");
  };
  return h(
    "ul",
    { class: "content-evidence", "aria-label": "content tags and their evidence" },
    ...content.evidence.map((item) => h("li", {}, h("strong", {}, item.tag), ` (${item.rule.replace(/-/g, " ")}, ${where(item.field)}): `, h("q", {}, item.text))),
  );
}

async function showSubmission(id: string): Promise<void> {
  const detail = await api<Submission & { conversationCount: number; conversations: { botName: string; messages: { text: string; isHuman: boolean; spans: MarkedSpan[] }[]; truncated: boolean; content: ContentView }[] }>(`/api/admin/submissions/${encodeURIComponent(id)}`);
  const section = document.querySelector<HTMLElement>("#detail")!;
  section.hidden = false;
  document.querySelector("#detail-body")!.replaceChildren(
    h("p", {}, `${detail.consent} · ${detail.channel} · ${new Date(detail.createdMs).toISOString()} · ${detail.conversationCount} conversation(s)`),
    ...detail.conversations.map((conversation) =>
      h(
        "details",
        { class: "conversation", open: true },
        h("summary", {}, conversation.botName || "a character", ...Object.keys(conversation.content.tags).map((tag) => h("span", { class: `tag tag-${tag}` }, tag))),
        contentEvidence(conversation.content),
        h("ol", { class: "messages" }, ...conversation.messages.map((message) => h("li", { class: message.isHuman ? "human" : "bot" }, h("span", { class: "who" }, message.isHuman ? "User" : conversation.botName || "Bot"), " ", h("span", { class: "text" }, markedText(message.text, message.spans))))),
        conversation.truncated ? h("p", { class: "hint" }, "…longer than shown.") : null,
      ),
    ),
  );
  section.scrollIntoView({ behavior: "smooth" });
}

async function loadBuilds(): Promise<void> {
  const builds = await api<{ id: string; createdMs: number; status: string; stage: string; records: number; error: string | null }[]>("/api/admin/builds");
  document.querySelector("#builds")!.replaceChildren(
    ...builds.map((build) => {
      const item = h("li", {}, `${new Date(build.createdMs).toISOString().slice(0, 19)}: ${build.status} (${build.stage}, ${build.records} records)${build.error ? `: ${build.error}` : ""} `);
      if (build.status === "done") {
        const download = h("button", { type: "button", class: "link" }, "Download the release");
        download.addEventListener("click", () => void downloadBuild(build.id));
        item.append(download);
      }
      return item;
    }),
  );
  const running = builds.some((build) => build.status === "running");
  if (running) setTimeout(() => void loadBuilds(), 1000);
  // "Building…" lasts as long as the build: then the newest build says how it ended.
  const status = document.querySelector("#build-status")!;
  const newest = builds[0];
  if (!running && status.textContent === "Building…") {
    status.textContent = !newest ? "" : newest.status === "done" ? `Built: ${newest.records} records. Download it below.` : `Build ${newest.status}${newest.error ? `: ${newest.error}` : ""}`;
  }
}

async function downloadBuild(id: string): Promise<void> {
  const response = await fetch(`/api/admin/builds/${encodeURIComponent(id)}/download`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    document.querySelector("#build-status")!.textContent = await errorOf(response);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h("a", { href: url, download: `pippa-release-${id}.zip` }, "zip");
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function enter(): Promise<void> {
  const status = document.querySelector("#signin-status")!;
  try {
    await loadOverview();
  } catch (error) {
    status.textContent = (error as Error).message;
    return;
  }
  status.textContent = "";
  sessionStorage.setItem(TOKEN_KEY, token);
  signin.hidden = true;
  consoleSection.hidden = false;
  await Promise.all([loadSubmissions(), loadBuilds()]);
}

signin.addEventListener("submit", (event) => {
  event.preventDefault();
  token = document.querySelector<HTMLInputElement>("#token")!.value.trim();
  void enter();
});
document.querySelector("#filters")!.addEventListener("submit", (event) => {
  event.preventDefault();
  void loadSubmissions();
});
document.querySelector("#build")!.addEventListener("click", async () => {
  const status = document.querySelector("#build-status")!;
  try {
    await api("/api/admin/builds", { method: "POST" });
    status.textContent = "Building…";
    await loadBuilds();
  } catch (error) {
    status.textContent = (error as Error).message;
  }
});
if (token) void enter();
