/* The aftercare assistant's chat widget: one script tag, no framework, styles sealed in a Shadow DOM.
   Every piece of server text is rendered with textContent, never as HTML.
   The API keeps no state: the chat so far and the treatment date live in this tab's sessionStorage only and go
   with each question as `context`, so a follow-up ("and makeup?") is read with the question before it. */
(() => {
  "use strict";
  const script = document.currentScript;
  const data = (script && script.dataset) || {};
  const api = (data.api || (script ? new URL(script.src, location.href).origin : location.origin)).replace(/\/$/, "");
  const cfg = {
    clinic: data.clinic || "the clinic",
    accent: /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(data.accent || "") ? data.accent : "#2f6f73",
    greeting: data.greeting || "Hi! Ask me about caring for your skin after microneedling.",
  };
  const STORE = "aftercare-widget:" + api;
  // Thumbs up and down (Material Icons, Apache 2.0): SVG, since a phone or kiosk may have no emoji font.
  const THUMBS = {
    up: "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z",
    down: "M15 3H6c-.83 0-1.54.5-1.84 1.22l-3.02 7.05c-.09.23-.14.47-.14.73v2c0 1.1.9 2 2 2h6.31l-.95 4.57-.03.32c0 .41.17.79.44 1.06L9.83 23l6.59-6.59c.36-.36.58-.86.58-1.41V5c0-1.1-.9-2-2-2zm4 0v12h4V3h-4z",
  };
  const SUGGESTIONS = ["When can I wear makeup again?", "Is peeling normal?", "How many sessions will I need?"];
  // What the API takes as the chat so far (bot/models.py): the last 10 questions, each at most 1,000 characters,
  // each with at most 20 cited articles.
  const MAX_PREVIOUS = 10, MAX_QUESTION_CHARS = 1000, MAX_DOC_IDS = 20;
  const MAX_COMMENT_CHARS = 1000;  // a feedback comment, as POST /v1/feedback takes it
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  const state = load();
  let editingDate = false;
  let phone = null, emergencyNumber = null;
  let busy = false;

  const host = document.createElement("div");
  host.id = "aftercare-widget";
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.launcher{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;border:0;border-radius:1.75rem;padding:.875rem 1.125rem;
 background:var(--accent);color:var(--on-accent);font-size:.9375rem;font-weight:600;cursor:pointer;box-shadow:0 .25rem .875rem rgba(0,0,0,.25)}
:focus-visible{outline:3px solid #1d2327;outline-offset:2px}
.head :focus-visible{outline-color:var(--on-accent)}
.panel{position:fixed;right:.75rem;bottom:5rem;z-index:2147483000;width:min(23.75rem,calc(100vw - 1.5rem));
 height:min(37.5rem,calc(100vh - 6.25rem));display:flex;flex-direction:column;background:#fff;color:#1d2327;
 border-radius:.875rem;box-shadow:0 .5rem 1.875rem rgba(0,0,0,.3);overflow:hidden}
.panel[hidden]{display:none}
.head{background:var(--accent);color:var(--on-accent);border-bottom:1px solid rgba(0,0,0,.12);padding:.75rem .875rem;display:flex;align-items:center;justify-content:space-between}
.head h2{margin:0;font-size:1rem}
.close{background:transparent;border:0;color:inherit;font-size:1.375rem;cursor:pointer;line-height:1;padding:0 .25rem}
.log{flex:1;overflow-y:auto;overflow-x:hidden;padding:.75rem;display:flex;flex-direction:column;gap:.625rem;font-size:.875rem;line-height:1.45}
.msg{max-width:92%;padding:.5625rem .6875rem;border-radius:.75rem;white-space:pre-wrap;overflow-wrap:anywhere}
.user{align-self:flex-end;background:var(--accent);color:var(--on-accent);border:1px solid rgba(0,0,0,.12)}
.bot{align-self:flex-start;background:#f1f4f5}
.bot.escalation{background:#fdecea;border:2px solid #c62828;color:#7f1313}
.bot.no_answer{background:#fff8e1;border:1px solid #a37c00}
.bot.error{background:#eceff1;border:1px dashed #546e7a}
.warn{font-weight:700;display:block;margin-bottom:.25rem}
.call{display:inline-block;margin-top:.5rem;padding:.375rem .625rem;background:#c62828;color:#fff;border-radius:.5rem;text-decoration:none;font-weight:600}
.no_answer .call{background:#fff;color:var(--ink);border:1px solid var(--ink)}
.cite{border:0;background:none;color:var(--ink);font-weight:700;cursor:pointer;padding:0 1px;font-size:.8125rem}
.sources{margin-top:.5rem;display:flex;flex-direction:column;gap:.25rem;white-space:normal}
details{background:#fff;border:1px solid #d5dbde;border-radius:.5rem;padding:.25rem .5rem;font-size:.8125rem}
summary{cursor:pointer}
blockquote{margin:.375rem 0;padding-left:.5rem;border-left:3px solid var(--ink);white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#fff3b0;color:inherit}
.disclaimer{margin:.5rem 0 0;font-size:.75rem;color:#5f6b70;white-space:normal}
.escalation .disclaimer{color:#7f1313}
.chips{display:flex;flex-wrap:wrap;gap:.375rem}
.chip{border:1px solid var(--ink);background:#fff;color:var(--ink);border-radius:1rem;padding:.3125rem .625rem;font-size:.8125rem;cursor:pointer}
.typing{align-self:flex-start;color:#5f6b70;font-style:italic;font-size:.8125rem}
.retry{margin-left:.5rem;border:1px solid #455a64;background:#fff;color:#1d2327;border-radius:.375rem;padding:.1875rem .5rem;cursor:pointer}
.ask{display:flex;gap:.375rem;padding:.625rem;border-top:1px solid #e3e7e9}
.hidden-label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ask input{flex:1;min-width:0;padding:.625rem;border:1px solid #69767c;border-radius:.5rem;font-size:.9375rem;color:#1d2327}
.send{border:0;background:var(--accent);color:var(--on-accent);border-radius:.5rem;padding:0 .875rem;font-size:.9375rem;font-weight:600;cursor:pointer}
.send[aria-disabled=true]{cursor:progress}
.vote{display:flex;flex-wrap:wrap;align-items:center;gap:.375rem;margin-top:.5rem;font-size:.8125rem;color:#5f6b70;white-space:normal}
.escalation .vote{color:#7f1313}
.thumb{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;padding:0;border:1px solid #69767c;
 background:#fff;color:#1d2327;border-radius:.5rem;cursor:pointer}
.thumb svg{width:1rem;height:1rem;fill:currentColor}
.thumb[aria-disabled=true]{cursor:progress}
.thanks{color:#1d2327}
.vote-status:empty{display:none}
.vote-status{flex-basis:100%;color:#b71c1c;font-weight:600}
.comment{flex-basis:100%;display:flex;flex-wrap:wrap;gap:.375rem;margin-top:.125rem}
.comment label{flex-basis:100%;font-weight:600;color:#1d2327}
.escalation .comment label{color:#7f1313}
.comment textarea{flex-basis:100%;min-width:0;padding:.375rem .5rem;border:1px solid #69767c;border-radius:.375rem;background:#fff;
 color:#1d2327;font-size:.875rem;line-height:1.4;resize:vertical}
.thumb[aria-pressed=true]{background:#e3e7e9;border-color:#1d2327}
.read-as{margin:.375rem 0 0;font-size:.75rem;color:#5f6b70;font-style:italic;white-space:normal;overflow-wrap:anywhere}
.escalation .read-as{color:#7f1313}
.when{padding:.5rem .75rem;border-bottom:1px solid #e3e7e9;background:#f8fafa;font-size:.8125rem;line-height:1.4}
.when form{display:flex;flex-wrap:wrap;align-items:center;gap:.375rem}
.when label{flex-basis:100%;font-weight:600}
.when .hint,.when .problem{flex-basis:100%;margin:0;color:#5f6b70}
.when .problem:empty{display:none}
.when .problem{color:#b71c1c;font-weight:600}
.when input{padding:.3125rem .5rem;border:1px solid #69767c;border-radius:.375rem;font-size:.875rem;color:#1d2327;background:#fff}
.btn{border:1px solid var(--ink);background:#fff;color:var(--ink);border-radius:.375rem;padding:.3125rem .625rem;font-size:.8125rem;cursor:pointer}
.btn.primary{background:var(--accent);color:var(--on-accent);border-color:rgba(0,0,0,.35)}
.when p.summary{margin:0;color:#1d2327}
.link{border:0;background:none;color:var(--ink);text-decoration:underline;cursor:pointer;padding:0 .125rem;font-size:inherit}
.urgent{margin:.5rem 0 0;font-size:.75rem;color:#4a5459}
.limit{margin:0;padding:0 .75rem .5rem;font-size:.75rem;color:#4a5459}
.limit.over{color:#8a1c1c;font-weight:600}
</style>
<button class="launcher" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="panel">Aftercare questions</button>
<section class="panel" id="panel" role="dialog" aria-modal="false" aria-labelledby="title" hidden>
 <div class="head"><h2 id="title"></h2><button class="close" type="button" aria-label="Close chat">×</button></div>
 <div class="when"></div>
 <div class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation" tabindex="0"></div>
 <form class="ask"><label for="q" class="hidden-label">Your question</label>
  <input id="q" name="q" autocomplete="off" placeholder="Type your question…" aria-describedby="limit">
  <button class="send" type="submit">Send</button></form>
 <p class="limit" id="limit" aria-live="off" hidden></p>
</section>`;
  const colours = readableColours(cfg.accent);
  Object.entries(colours).forEach(([name, value]) => host.style.setProperty("--" + name, value));
  const $ = (sel) => root.querySelector(sel);
  const launcher = $(".launcher"), panel = $(".panel"), log = $(".log"), form = $("form.ask"), input = $("#q"),
        send = $(".send"), when = $(".when");
  $("#title").textContent = "Aftercare assistant · " + cfg.clinic;

  // The clinic's accent with the text colour (black or white) that reads on it at 4.5:1 or better, and the accent
  // darkened until it reads as text on the light bubbles (WCAG contrast: relative luminance of sRGB).
  function readableColours(hex) {
    let h = hex.slice(1);
    if (h.length <= 4) h = h.split("").map((c) => c + c).join("");
    const accent = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    const lum = (c) => c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const css = (c) => "rgb(" + c.join(",") + ")";
    let ink = accent;
    while (contrast(ink, [241, 244, 245]) < 4.5) ink = ink.map((v) => Math.floor(v * 0.9));
    return { accent: css(accent), "on-accent": contrast(accent, [0, 0, 0]) >= contrast(accent, [255, 255, 255]) ? "#000" : "#fff",
             ink: css(ink) };
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // Who said what, for a screen reader (the bubbles' sides and colours say it to the eye).
  const speaker = (who) => el("span", "hidden-label", who + ": ");
  // The tab's chat. `treatment.answered` is set once the client saved or skipped the date, so it is asked once.
  function load() {
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(STORE)); } catch (_) { /* blocked or not JSON: start afresh */ }
    const fresh = { messages: [], open: false, session: null, treatment: { answered: false, date: null } };
    if (!saved || typeof saved !== "object") return fresh;
    const t = saved.treatment || {};
    saved.treatment = { answered: !!t.answered, date: ISO_DATE.test(t.date) ? t.date : null };
    return saved;
  }
  function save() {
    try { sessionStorage.setItem(STORE, JSON.stringify(state)); } catch (_) { /* storage full or blocked */ }
  }
  function scroll() { log.scrollTop = log.scrollHeight; }

  function renderGreeting() {
    const box = el("div", "msg bot", cfg.greeting);
    const chips = el("div", "chips");
    SUGGESTIONS.forEach((s) => {
      const chip = el("button", "chip", s);
      chip.type = "button";
      chip.addEventListener("click", () => { input.focus(); ask(s); });  // then type on, as after a typed question
      chips.appendChild(chip);
    });
    box.appendChild(chips);
    // Before any question: what this is not, and who to call, so a worried client need not type symptoms to find out.
    const urgentLine = () => "General information from the clinic's guides, not medical advice. Anything urgent: call "
      + cfg.clinic + (phone ? " on " + phone : "") + ", or " + (emergencyNumber || "emergency services") + " for trouble breathing.";
    const urgent = el("p", "urgent", urgentLine());
    box.appendChild(urgent);
    fetchConfig().then(() => { urgent.textContent = urgentLine(); });
    log.appendChild(box);
  }

  function renderAnswer(r, message) {
    const box = el("div", "msg bot " + r.type);
    box.setAttribute("data-type", r.type);
    box.appendChild(speaker("Assistant"));
    if (r.type === "escalation") {
      box.setAttribute("role", "alert");
      // Trouble breathing or collapse: emergency services come first, in the heading and the first button.
      box.appendChild(el("strong", "warn", r.emergency ? "Call emergency services" + (emergencyNumber ? " (" + emergencyNumber + ")" : "")
        + " now" : "Please contact the clinic"));
    }
    const cards = [];
    const sources = el("div", "sources");
    (r.citations || []).forEach((c) => {
      const card = el("details");
      card.id = "src-" + c.n;
      const head = [c.title, c.section && c.section.split(" > ").pop()].filter(Boolean).join(" — ");
      card.appendChild(el("summary", null, "[" + c.n + "] " + head));
      const quote = el("blockquote");
      const at = c.passage.indexOf(c.quote);
      if (at >= 0) {
        quote.appendChild(document.createTextNode(c.passage.slice(0, at)));
        quote.appendChild(el("mark", null, c.quote));
        quote.appendChild(document.createTextNode(c.passage.slice(at + c.quote.length)));
      } else {
        quote.appendChild(el("mark", null, c.quote));
      }
      card.appendChild(quote);
      cards[c.n] = card;
      sources.appendChild(card);
    });
    const text = el("div", "answer-text");
    String(r.answer).split(/(\[\d+\])/).forEach((part) => {
      const m = /^\[(\d+)\]$/.exec(part);
      if (m && cards[+m[1]]) {
        const b = el("button", "cite", part);
        b.type = "button";
        b.setAttribute("aria-label", "Show source " + m[1]);
        b.addEventListener("click", () => { const card = cards[+m[1]]; card.open = true; card.querySelector("summary").focus(); });
        text.appendChild(b);
      } else if (part) {
        text.appendChild(document.createTextNode(part));
      }
    });
    box.appendChild(text);
    // A follow-up is answered as read with an earlier question: name that question, so a wrong link shows.
    if (r.read_with) box.appendChild(el("p", "read-as", "Read with your earlier question: \u201c" + r.read_with + "\u201d"));
    else if (r.interpreted_as) box.appendChild(el("p", "read-as", "Read as: \u201c" + r.interpreted_as + "\u201d"));
    if (r.type === "escalation" && r.emergency && emergencyNumber) {
      const call = el("a", "call emergency", "Call emergency services: " + emergencyNumber);
      call.href = "tel:" + emergencyNumber.replace(/[^+\d]/g, "");
      box.appendChild(call);
    }
    // An escalation, and a reply that sends the client to the clinic, give a way to reach it.
    if ((r.type === "escalation" || r.type === "no_answer") && phone) box.appendChild(callClinic(r.emergency ? "Then call " : "Call "));
    if (cards.length) box.appendChild(sources);
    box.appendChild(el("p", "disclaimer", r.disclaimer));
    if (r.request_id && message) box.appendChild(renderVote(message));
    log.appendChild(box);
  }

  // One vote per answer, sent with its request_id; remembered in the tab so a reload shows the outcome again. A
  // thumbs-down first opens a small optional "What was missing?" form (Send, or Skip/Escape to vote without a
  // comment); the comment lives only in that form and the request, never in the tab's storage.
  const VOTE_OUTCOMES = {
    up: "Thanks for your feedback!", down: "Thanks for your feedback!",
    counted: "This answer already has a vote. Thanks!",
    unknown: "This answer can no longer be rated.",
  };
  let commentForms = 0;
  function renderVote(message) {
    const row = el("div", "vote");
    const outcome = (kind) => { const t = el("span", "thanks", VOTE_OUTCOMES[kind]); t.tabIndex = -1; return t; };
    if (VOTE_OUTCOMES[message.vote]) { row.appendChild(outcome(message.vote)); return row; }
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", "Was this answer helpful?");
    const label = el("span", null, "Was this helpful?");
    label.setAttribute("aria-hidden", "true");
    const status = el("span", "vote-status");
    status.setAttribute("role", "status");
    let sending = false;
    let commentForm = null;
    const thumb = (kind, name, onClick) => {
      const b = el("button", "thumb");
      b.type = "button";
      b.title = name;
      b.setAttribute("aria-label", name);
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("viewBox", "0 0 24 24");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", THUMBS[kind]);
      svg.appendChild(path);
      b.appendChild(svg);
      b.addEventListener("click", onClick);
      return b;
    };
    const buttons = [thumb("up", "Helpful", () => vote(true, null)), thumb("down", "Not helpful", openComment)];
    const finish = (kind) => {
      message.vote = kind;
      save();
      const done = outcome(kind);
      row.removeAttribute("role");
      row.removeAttribute("aria-label");
      row.replaceChildren(done);
      done.focus();  // the pressed button is gone: keep the keyboard where it was
    };
    const problem = (text) => {
      status.textContent = text;
      status.scrollIntoView({ block: "nearest" });
    };

    function openComment() {
      if (sending) return;
      if (commentForm) { commentForm.querySelector("textarea").focus(); return; }
      const id = "comment-" + ++commentForms;
      commentForm = el("form", "comment");
      commentForm.noValidate = true;
      const prompt = el("label", null, "What was missing? (optional)");
      prompt.htmlFor = id;
      const box = el("textarea");
      Object.assign(box, { id, name: "comment", rows: 3, maxLength: MAX_COMMENT_CHARS, autocomplete: "off" });
      const sendComment = el("button", "btn primary", "Send feedback");  // not just "Send": the question box has one
      sendComment.type = "submit";
      const skip = button("Skip", "btn", () => vote(false, null), "Skip comment");
      commentForm.addEventListener("submit", (e) => { e.preventDefault(); vote(false, box.value.trim() || null); });
      commentForm.addEventListener("keydown", (e) => {
        if (e.key === "Escape") { e.preventDefault(); vote(false, null); }  // handled here: the chat stays open
        else if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target === box) { e.preventDefault(); commentForm.requestSubmit(); }
      });
      buttons.push(sendComment, skip);
      commentForm.append(prompt, box, sendComment, skip);
      row.insertBefore(commentForm, status);
      buttons[1].setAttribute("aria-pressed", "true");
      box.focus();
      commentForm.scrollIntoView({ block: "nearest" });
    }

    async function vote(helpful, comment) {
      if (sending) return;
      sending = true;
      buttons.forEach((b) => b.setAttribute("aria-disabled", "true"));
      status.textContent = "";
      let res;
      try {
        res = await fetch(api + "/v1/feedback", {
          method: "POST", headers: { "content-type": "application/json" },
          body: JSON.stringify({ request_id: message.response.request_id, helpful, comment }),
        });
      } catch (_) {
        res = null;  // offline or blocked: said below, the thumbs (and the comment) stay for another try
      }
      sending = false;
      buttons.forEach((b) => b.removeAttribute("aria-disabled"));
      if (res && res.status === 201) finish(helpful ? "up" : "down");
      else if (res && res.status === 409) finish("counted");  // another tab, or a reply lost on the way back
      else if (res && res.status === 404) finish("unknown");  // signed under another secret: no retry will do
      else if (res && res.status === 422 && comment !== null) problem("Sorry, that comment wasn't accepted. Shorten it, or press Skip.");
      else if (res && res.status === 422) finish("unknown");  // the request id itself was refused
      else problem("Sorry, that didn't send. Please try again.");
    }
    row.append(label, ...buttons, status);
    return row;
  }

  function renderMessage(m) {
    if (m.role === "user") {
      const box = el("div", "msg user");
      box.append(speaker("You"), document.createTextNode(m.text));
      log.appendChild(box);
    } else renderAnswer(m.response, m);
  }

  function callClinic(verb) {
    const call = el("a", "call", verb + cfg.clinic + ": " + phone);
    call.href = "tel:" + phone.replace(/[^+\d]/g, "");
    return call;
  }

  // Retry sends the question the error sits under, whatever was asked since; the clinic's number is there too.
  function renderError(text, question) {
    const box = el("div", "msg bot error");
    box.setAttribute("role", "alert");
    box.appendChild(document.createTextNode(text || "Sorry, the assistant can't be reached right now."));
    if (phone) box.appendChild(document.createTextNode(" For anything urgent, call " + cfg.clinic + " on " + phone + "."));
    const retry = el("button", "retry", "Retry");
    retry.type = "button";
    retry.addEventListener("click", () => {
      if (busy) return;
      const last = state.messages[state.messages.length - 1];
      input.focus();
      box.remove();
      // Still the last message: answered in place. Asked before others since: asked again below them.
      ask(question, Boolean(last && last.role === "user" && last.text === question));
    });
    box.appendChild(retry);
    log.appendChild(box);
    scroll();
  }

  // The treatment date: asked once, optional, kept for this tab only; a question never waits for it.
  function todayIso() {
    const d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  function showDate(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    const options = { day: "numeric", month: "long" };
    if (y !== new Date().getFullYear()) options.year = "numeric";
    const day = new Date(y, m - 1, d), now = new Date();
    // How long ago, so a date a year out by a slip of the finger shows at once.
    const ago = Math.round((new Date(now.getFullYear(), now.getMonth(), now.getDate()) - day) / 86400000);
    const since = ago === 0 ? "today" : ago === 1 ? "yesterday" : ago.toLocaleString("en") + " days ago";
    return day.toLocaleDateString("en-GB", options) + " (" + since + ")";
  }
  function button(text, cls, onClick, name) {
    const b = el("button", cls, text);
    b.type = "button";
    if (name) b.setAttribute("aria-label", name);
    if (onClick) b.addEventListener("click", onClick);
    return b;
  }

  function renderWhen(focus) {
    const t = state.treatment;
    if (t.answered && !editingDate) {
      const line = el("p", "summary", "Treatment date: " + (t.date ? showDate(t.date) : "not given") + " \u00b7 ");
      const change = button(t.date ? "Change" : "Add", "link", () => { editingDate = true; renderWhen("date"); },
                            t.date ? "Change treatment date" : "Add treatment date");
      line.appendChild(change);
      when.replaceChildren(line);
      if (focus) change.focus();
      return;
    }
    const dateForm = el("form");
    dateForm.noValidate = true;  // checked below, with a message in the widget rather than the browser's bubble
    const label = el("label", null, "When was your treatment?");
    label.htmlFor = "when-date";
    const hint = el("p", "hint", "Optional: with the date, answers can say which day after treatment you are on.");
    hint.id = "when-hint";
    const date = el("input");
    Object.assign(date, { type: "date", id: "when-date", name: "treatment_date", max: todayIso(), value: t.date || "" });
    date.setAttribute("aria-describedby", "when-hint when-problem");
    const problem = el("p", "problem");
    problem.id = "when-problem";
    problem.setAttribute("aria-live", "assertive");
    const saveDate = el("button", "btn primary", "Save date");
    saveDate.type = "submit";
    // Done with the prompt: the first time, on to the question box; after a change, back to the Change button.
    const done = (answered, value) => {
      const wasEditing = editingDate;
      if (answered) { t.answered = true; t.date = value; }
      editingDate = false;
      save();
      renderWhen(wasEditing);
      if (!wasEditing) input.focus();
    };
    const buttons = [saveDate];
    if (editingDate) {
      if (t.date) buttons.push(button("Clear date", "btn", () => done(true, null), "Clear treatment date"));
      buttons.push(button("Cancel", "btn", () => done(false)));
    } else {
      buttons.push(button("Skip", "btn", () => done(true, null), "Skip the treatment date"));
    }
    dateForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const value = date.value;
      if (!ISO_DATE.test(value)) {
        problem.textContent = "Choose a date, or press " + (editingDate ? "Cancel." : "Skip.");
      } else if (value > date.max) {
        problem.textContent = "The treatment date cannot be in the future.";
      } else {
        done(true, value);
        return;
      }
      date.setAttribute("aria-invalid", "true");
      date.focus();
    });
    dateForm.append(label, hint, date, ...buttons, problem);
    when.replaceChildren(dateForm);
    if (focus === "date") date.focus();
  }

  // The chat so far as the API takes it: each earlier question the service answered (not one that failed or was
  // refused as malformed: it has no request_id), with its answer's type and cited articles, oldest first.
  function conversation() {
    const previous = [];
    let question = null;
    state.messages.forEach((m) => {
      if (m.role === "user") { question = m.text; return; }
      const r = m.response;
      if (question === null || !r || !r.request_id) return;
      const docIds = [];
      (r.citations || []).forEach((c) => { if (c.doc_id && !docIds.includes(c.doc_id)) docIds.push(c.doc_id); });
      previous.push({ question: Array.from(question).slice(0, MAX_QUESTION_CHARS).join(""), type: r.type,
                      doc_ids: docIds.slice(0, MAX_DOC_IDS) });
      question = null;
    });
    const date = state.treatment.date;
    return { previous: previous.slice(-MAX_PREVIOUS), treatment_date: ISO_DATE.test(date) ? date : null };
  }

  async function fetchConfig() {
    if (phone) return;
    try {
      const res = await fetch(api + "/v1/widget-config");
      if (res.ok) { const config = await res.json(); phone = config.clinic_phone || null; emergencyNumber = config.emergency_number || null; }
    } catch (_) { /* the call link is optional */ }
  }

  async function ask(question, retrying) {
    const q = String(question || "").trim();
    if (!q || busy) return;
    if (!retrying) {
      state.messages.push({ role: "user", text: q });
      save();
      renderMessage({ role: "user", text: q });
    }
    busy = true;
    let answered = null;
    send.setAttribute("aria-disabled", "true");  // not `disabled`: a disabled button would drop keyboard focus
    const typing = el("div", "typing", "The assistant is typing…");
    log.appendChild(typing);
    scroll();
    try {
      await fetchConfig();
      const post = (context) => fetch(api + "/v1/answer", {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: q, session_id: state.session, context }),
      });
      const context = conversation();  // built before this question's answer joins the chat
      let res = await post(context);
      if (res.status === 422) {
        // A context the service refuses (an old tab's stored chat, say) must not stop the client asking: ask alone.
        const refused = await res.clone().json().catch(() => null);
        if (refused && refused.error && /^context\b/.test(refused.error.message || "")) res = await post(null);
      }
      if (res.status === 429) {
        const wait = parseInt(res.headers.get("retry-after"), 10);
        typing.remove();
        renderError("Too many questions, try again in " + (wait > 0 ? wait + " s." : "a minute."), q);
        return;
      }
      if (!res.ok && res.status !== 413 && res.status !== 422) throw new Error("HTTP " + res.status);
      const body = await res.json();
      const response = res.ok ? body : { type: "no_answer", answer: body.error.message, citations: [], disclaimer: "" };
      const message = { role: "bot", response };
      state.messages.push(message);
      save();
      typing.remove();
      const answerTop = log.scrollHeight;
      renderAnswer(response, message);
      answered = answerTop;
    } catch (_) {
      typing.remove();
      renderError(null, q);
    } finally {
      busy = false;
      send.removeAttribute("aria-disabled");
      // A long answer is read from its first line ("Day 4 after treatment:"), so that line is brought into view.
      if (answered === null) scroll(); else log.scrollTop = Math.max(0, answered - 48);
    }
  }

  function setOpen(open, focus) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    state.open = open;
    save();
    if (open) { scroll(); if (focus) input.focus(); } else if (focus) launcher.focus();
  }

  launcher.addEventListener("click", () => setOpen(panel.hidden, true));
  $(".close").addEventListener("click", () => setOpen(false, true));
  // Escape closes the chat wherever focus is on the page; focus returns to the launcher only if it was in the chat.
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !panel.hidden && !e.defaultPrevented) setOpen(false, e.composedPath().includes(host));
  });
  // Never cut a message silently (its last line may be the red flag): past 1,000 characters it is not sent, and the
  // client is told to shorten it; the count shows from 900 on.
  const limit = $("#limit");
  function showLength() {
    const n = Array.from(input.value.trim()).length, over = n > MAX_QUESTION_CHARS;
    limit.hidden = n <= MAX_QUESTION_CHARS - 100;
    limit.classList.toggle("over", over);
    limit.textContent = over ? "Your message is " + n.toLocaleString("en") + " characters and was not sent: please shorten it to "
      + MAX_QUESTION_CHARS.toLocaleString("en") + " or fewer." : n.toLocaleString("en") + " / " + MAX_QUESTION_CHARS.toLocaleString("en") + " characters";
    if (over) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    limit.setAttribute("aria-live", over ? "assertive" : "off");  // the count is not read out at every key
    return over;
  }
  input.addEventListener("input", showLength);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (busy) return;
    if (showLength()) { input.focus(); return; }
    const q = input.value;
    input.value = "";
    showLength();
    ask(q);
  });

  if (!state.session) { state.session = Math.random().toString(36).slice(2) + Date.now().toString(36); save(); }
  renderWhen(false);
  renderGreeting();
  // A question left without an answer (the service failed, or the tab was closed while it was asked) keeps its Retry.
  state.messages.forEach((m, i) => {
    renderMessage(m);
    const next = state.messages[i + 1];
    if (m.role === "user" && (!next || next.role === "user")) renderError("This question was not answered.", m.text);
  });
  document.body.appendChild(host);
  if (state.open) setOpen(true, false);
})();
