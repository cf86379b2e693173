import { type ContentType, type Language } from './common.js';
import { type ProvenanceLabel, type VideoScene } from './drafts.js';

/** The explicit notices (显式标识) for machine-made text, in the two languages Draftbench writes. */
export const PROVENANCE_NOTICES: Record<Exclude<ProvenanceLabel, 'human'>, { zh: string; en: string }> = {
  ai_generated: { zh: '本内容由人工智能生成', en: 'AI-generated' },
  ai_assisted_human_edited: { zh: '本内容由人工智能辅助生成，经人工编辑', en: 'AI-assisted, human-edited' },
};

export interface LabelledText {
  body: string;
  scenes: VideoScene[] | null;
}

/**
 * The text with its notice placed where its form puts such notes: the first line of a news draft (an
 * editor's note above the story), the last line of marketing copy; a video script shows it as on-screen
 * text in its first scene (and as the first line of its body). Human texts come back unchanged.
 */
export function labelledText(
  text: LabelledText,
  contentType: ContentType,
  language: Language,
  label: ProvenanceLabel,
): LabelledText {
  if (label === 'human') return text;
  const notice = PROVENANCE_NOTICES[label][language];
  const line = language === 'zh' ? `【${notice}】` : `[${notice}]`;
  switch (contentType) {
    case 'news_draft':
      return { body: `${line}\n\n${text.body}`, scenes: text.scenes };
    case 'marketing_copy':
      return { body: `${text.body}\n\n${line}`, scenes: text.scenes };
    case 'video_script': {
      const [first, ...rest] = text.scenes ?? [];
      return {
        body: `${line}\n\n${text.body}`,
        scenes: first
          ? [
              { ...first, onScreenText: `${notice}${first.onScreenText ? ` | ${first.onScreenText}` : ''}` },
              ...rest,
            ]
          : text.scenes,
      };
    }
  }
}
