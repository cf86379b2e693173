import { Injectable } from '@nestjs/common';
import { type Brief } from '@draftbench/contracts';
import { type BriefRow, type DraftRow, type VoteRow } from '@draftbench/db';
import { type RenderedPrompt } from '@draftbench/llm';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { PromptTemplatesService } from '../templates/templates.service.js';
import { csvLine } from './csv.js';
import { ExportsRepository } from './exports.repository.js';
import { provenanceRecord } from '../drafts/provenance.js';

export type Chunks = AsyncGenerator<string>;

const RATING_COLUMNS = [
  'vote_id',
  'created_at',
  'rater_id',
  'brief_id',
  'content_type',
  'language',
  'left_draft_id',
  'left_origin',
  'left_provider',
  'left_model',
  'left_provenance',
  'right_draft_id',
  'right_origin',
  'right_provider',
  'right_model',
  'right_provenance',
  'outcome',
  'reason',
  'rubric',
  'comment',
  'time_taken_ms',
  'blind',
];

/** Exports as async chunks of text; the controller streams them with backpressure. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly exportsRepo: ExportsRepository,
    private readonly templates: PromptTemplatesService,
  ) {}

  async *ratingsCsv(): Chunks {
    yield csvLine(RATING_COLUMNS);
    const briefs = new Map<string, BriefRow>();
    for await (const page of this.exportsRepo.votes()) {
      const drafts = await this.draftsOf(page);
      await this.loadBriefs(
        briefs,
        [...drafts.values()].map((d) => d.briefId),
      );
      let text = '';
      for (const vote of page) {
        const left = drafts.get(vote.leftDraftId)!;
        const right = drafts.get(vote.rightDraftId)!;
        const brief = briefs.get(left.briefId)!;
        const side = (d: DraftRow) => [d.id, d.origin, d.provider, d.model, provenanceRecord(d).provenance];
        text += csvLine([
          vote.id,
          vote.createdAt.toISOString(),
          vote.raterId,
          brief.id,
          brief.contentType,
          brief.language,
          ...side(left),
          ...side(right),
          vote.outcome,
          vote.reason,
          vote.rubric,
          vote.comment,
          vote.timeTakenMs,
          vote.blind,
        ]);
      }
      yield text;
    }
  }

  /** SFT: the prompt a job would get for the brief → the text a person wrote or finished. */
  async *sftJsonl(format: 'messages' | 'prompt_completion'): Chunks {
    const prompts = new Map<string, RenderedPrompt>();
    const briefs = new Map<string, BriefRow>();
    for await (const page of this.exportsRepo.humanDrafts()) {
      await this.loadBriefs(
        briefs,
        page.map((d) => d.briefId),
      );
      let text = '';
      for (const draft of page) {
        const prompt = await this.promptFor(briefFromRow(briefs.get(draft.briefId)!), prompts);
        const metadata = {
          ...provenanceRecord(draft),
          brief_id: draft.briefId,
          prompt_template: prompt.templateId,
        };
        const line =
          format === 'messages'
            ? {
                messages: [
                  { role: 'system', content: prompt.system },
                  { role: 'user', content: prompt.user },
                  { role: 'assistant', content: draft.body },
                ],
                metadata,
              }
            : { prompt: `${prompt.system}\n\n${prompt.user}`, completion: draft.body, metadata };
        text += `${JSON.stringify(line)}\n`;
      }
      yield text;
    }
  }

  /**
   * Preference pairs from blind votes: per pair, the draft with more wins is `chosen`. Pairs without a
   * majority are left out. `agreement` is the share of the pair's raters who voted for `chosen`.
   */
  async *preferencesJsonl(): Chunks {
    const prompts = new Map<string, RenderedPrompt>();
    const briefs = new Map<string, BriefRow>();
    let group: VoteRow[] = [];
    const flush = async (votes: VoteRow[]): Promise<string> => {
      if (!votes.length) return '';
      const wins = new Map<string, number>();
      for (const v of votes) {
        const winner = v.outcome === 'a' ? v.leftDraftId : v.outcome === 'b' ? v.rightDraftId : undefined;
        if (winner) wins.set(winner, (wins.get(winner) ?? 0) + 1);
      }
      const [a, b] = [votes[0]!.leftDraftId, votes[0]!.rightDraftId];
      const [winsA, winsB] = [wins.get(a) ?? 0, wins.get(b) ?? 0];
      if (winsA === winsB) return '';
      const drafts = await this.draftsOf(votes.slice(0, 1));
      const [chosen, rejected] =
        winsA > winsB ? [drafts.get(a)!, drafts.get(b)!] : [drafts.get(b)!, drafts.get(a)!];
      await this.loadBriefs(briefs, [chosen.briefId]);
      const prompt = await this.promptFor(briefFromRow(briefs.get(chosen.briefId)!), prompts);
      return `${JSON.stringify({
        prompt: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
        chosen: chosen.body,
        rejected: rejected.body,
        rater_count: votes.length,
        agreement: Math.max(winsA, winsB) / votes.length,
        chosen_metadata: provenanceRecord(chosen),
        rejected_metadata: provenanceRecord(rejected),
        brief_id: chosen.briefId,
      })}\n`;
    };
    for await (const page of this.exportsRepo.votesByTask()) {
      let text = '';
      for (const vote of page) {
        if (group.length && group[0]!.taskId !== vote.taskId) {
          text += await flush(group);
          group = [];
        }
        group.push(vote);
      }
      if (text) yield text;
    }
    const last = await flush(group);
    if (last) yield last;
  }

  private async draftsOf(votes: VoteRow[]): Promise<Map<string, DraftRow>> {
    const ids = [...new Set(votes.flatMap((v) => [v.leftDraftId, v.rightDraftId]))];
    return new Map((await this.exportsRepo.draftsByIds(ids)).map((d) => [d.id, d]));
  }

  private async loadBriefs(cache: Map<string, BriefRow>, ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    for (const row of await this.exportsRepo.briefsByIds(missing)) cache.set(row.id, row);
  }

  /** The production prompt of the brief's default template, rendered once per brief. */
  private async promptFor(brief: Brief, cache: Map<string, RenderedPrompt>): Promise<RenderedPrompt> {
    let prompt = cache.get(brief.id);
    if (!prompt) {
      prompt = this.templates.renderRow(await this.templates.resolveForJob(brief), brief);
      cache.set(brief.id, prompt);
    }
    return prompt;
  }
}
