import { type ContentType, type Draft, type Language, labelledText } from '@draftbench/contracts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

/**
 * A draft as a standalone HTML page with both labels: the explicit notice placed in the text as its form
 * wants it (and repeated in a footer), and the implicit ones — `<meta>` tags and an embedded JSON manifest
 * with the full provenance, including the SHA-256 of the unlabelled body.
 */
export function draftHtml(
  draft: Draft,
  brief: { title: string; contentType: ContentType; language: Language },
) {
  const { provenance } = draft;
  const text = labelledText(draft, brief.contentType, brief.language, provenance.label);
  const scenes = (text.scenes ?? [])
    .map(
      (s) =>
        `<li><strong>${s.index} · ${s.seconds}s</strong> — ${escapeHtml(s.shot)}<br>` +
        `<em>${escapeHtml(s.onScreenText)}</em><br>${escapeHtml(s.voiceOver)}</li>`,
    )
    .join('\n');
  const notice = provenance.notice?.[brief.language];
  const meta = [
    ['draftbench:content-id', provenance.contentId],
    ['draftbench:provenance', provenance.label],
    ['draftbench:origin', provenance.origin],
    ['draftbench:provider', provenance.provider],
    ['draftbench:model', provenance.model],
    ['draftbench:template-version', provenance.templateVersion],
    ['draftbench:created', provenance.createdAt],
    ['draftbench:human-edit-share', provenance.humanEditShare],
    ['draftbench:sha256', provenance.sha256],
    ...(notice ? [['ai-generated-notice', notice]] : []),
  ]
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `<meta name="${name}" content="${escapeHtml(String(value))}">`)
    .join('\n');
  // `<` is escaped inside the manifest so no text in it can close the script element.
  const manifest = JSON.stringify(provenance).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${brief.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(brief.title)}</title>
${meta}
<script type="application/json" id="draftbench-provenance">${manifest}</script>
</head>
<body>
<article>
<h1>${escapeHtml(brief.title)}</h1>
${paragraphs(text.body)}
${scenes ? `<ol>\n${scenes}\n</ol>` : ''}
</article>
${notice ? `<footer><small>${escapeHtml(notice)}</small></footer>` : ''}
</body>
</html>
`;
}
