/**
 * The HTML of the three pages. They are shells: text and forms here, behaviour in the scripts under
 * /assets/ (no inline script, so the Content-Security-Policy can forbid them). Nothing from a
 * contributor is ever put into these strings; the scripts render data as text nodes.
 */
import { PIPPA_VERSION } from "../model/version.js";
import { escapeHtml as escape } from "../base/escape-html.js";

function shell(title: string, body: string, script: string, csrfToken = ""): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${escape(csrfToken)}">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
<script type="module" src="/assets/${script}"></script>
</head>
<body>
<header class="top"><a class="brand" href="/">pippa</a><nav><a href="/">Contribute</a><a href="/withdraw">Withdraw</a></nav></header>
<main>
${body}
</main>
<footer>pippa ${escape(PIPPA_VERSION)}</footer>
</body>
</html>
`;
}

const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;

export function contributorPage(csrfToken: string, consents: Record<string, string>, limits: { fileSize: number; requestBytes: number; files: number }): string {
  const choices = Object.entries(consents)
    .map(([value, label]) => `<label class="choice"><input type="radio" name="consent" value="${escape(value)}" required> ${escape(label)}</label>`)
    .join("\n");
  return shell(
    "Contribute your role-play chats",
    `<h1>Contribute your role-play chats</h1>
<p class="lead">Share chat logs with role-play characters, with the characters' persona descriptions, for an open conversational dataset. Exports from SillyTavern (a chat with its character card), Character.AI dumpers and CAI Tools, Oobabooga, or PIPPA files are read.</p>
<form id="contribute" novalidate>
<section class="step">
<h2>1. Choose your files</h2>
<label class="drop" id="drop"><input type="file" id="files" name="file" multiple accept=".jsonl,.json,.png,.txt"><span>Drop files here, or pick them.</span></label>
<p class="hint">Up to ${limits.files} files, ${mebibytes(limits.fileSize)} each, ${mebibytes(limits.requestBytes)} in all.</p>
<ul id="file-list" class="files"></ul>
</section>
<section class="step">
<h2>2. Check what would be shared</h2>
<p class="hint">Read here, in your browser: nothing is sent until you press Send. Personal information pippa would redact before any release is <mark>marked</mark>. Open a conversation to see its messages, the swipes under each message and the character card. Remove a file you would rather not share; untick a swipe of a SillyTavern chat to leave it out.</p>
<div id="preview" class="preview" aria-live="polite"></div>
</section>
<fieldset class="step">
<legend><h2>3. Your consent</h2></legend>
${choices}
</fieldset>
<p class="send"><button type="submit" id="send" disabled aria-describedby="send-reason">Send</button> <span id="send-reason" class="reason">choose your files first</span> <span id="status" role="status"></span></p>
</form>
<section id="result" hidden>
<h2 id="thanks" tabindex="-1">Thank you</h2>
<p>Keep this receipt code. With it you can <a href="/withdraw">withdraw</a> your submission at any time, and it will be deleted and left out of every later release:</p>
<p class="receipt"><code id="receipt"></code> <button type="button" id="copy" aria-label="Copy the receipt code">Copy</button> <span id="copy-status" role="status"></span></p>
<ul id="outcome" class="files"></ul>
</section>`,
    "contribute.js",
    csrfToken,
  );
}

export function withdrawPage(csrfToken: string): string {
  return shell(
    "Withdraw a submission",
    `<h1>Withdraw a submission</h1>
<p class="lead">Enter the receipt code you were given. The submission and everything made from it are deleted, and no later release will hold it.</p>
<form id="withdraw">
<label>Receipt code <input id="receipt-input" name="receipt" autocomplete="off" spellcheck="false" placeholder="XXXXX-XXXXX-XXXXX-XXXXX" required></label>
<button type="submit">Withdraw</button>
</form>
<p id="status" role="status"></p>`,
    "withdraw.js",
    csrfToken,
  );
}

export function adminPage(): string {
  return shell(
    "pippa curator console",
    `<h1>Curator console</h1>
<form id="signin"><label>Admin token <input id="token" type="password" autocomplete="current-password" required></label> <button type="submit">Sign in</button> <span id="signin-status" role="status"></span></form>
<div id="console" hidden>
<section><h2>Overview</h2><div id="counts" class="cards"></div><div id="corpus"></div></section>
<section><h2>Submissions</h2>
<form id="filters" class="filters">
<label>Consent <select id="filter-consent"><option value="">any</option><option value="public">public</option><option value="private">private</option></select></label>
<label>Format <input id="filter-format" placeholder="any"></label>
<label>Status <select id="filter-status"><option value="">any</option><option value="new">not in a release yet</option><option value="built">in a release</option></select></label>
<button type="submit">Filter</button>
</form>
<table id="submissions"><thead><tr><th>When</th><th>Consent</th><th>Status</th><th>Channel</th><th>Files</th><th class="num">Conversations</th><th class="num">Messages</th></tr></thead><tbody></tbody></table>
</section>
<section id="detail" hidden><h2>Submission</h2><div id="detail-body"></div></section>
<section><h2>Release</h2><p><button type="button" id="build">Build release</button> <span id="build-status" role="status"></span></p><ul id="builds"></ul></section>
</div>`,
    "admin.js",
  );
}
