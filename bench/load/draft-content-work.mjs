// What every generation job does with its content, whatever the pipeline around it: the safety gate on the
// brief, the prompt, the template engine's draft, the safety gate on the output and the fact-risk check
// against the brief — the same calls the app's worker makes (generation.processor.ts), with no database, queue
// or event bus. The queue pipeline bench runs it inside a plain BullMQ worker: how fast a job can go when it
// does only what DESIGN.md asks of every draft.
import { BriefCreate } from '@draftbench/contracts';
import { checkFactRisk } from '@draftbench/fact-risk';
import { generateTemplateDraft, renderPrompt } from '@draftbench/llm';
import { checkText } from '@draftbench/safety';
import { briefText } from '../../apps/api/dist/safety/brief-text.js';
import { benchBrief } from './bench-app.mjs';

/** The content work of the job for `benchBrief(index)` (the brief the pipeline bench's batch holds at that row). */
export function draftContentWork(index) {
  const brief = BriefCreate.parse(benchBrief(index));
  const briefVerdict = checkText(briefText(brief), { stage: 'brief' });
  const prompt = renderPrompt(brief);
  const draft = generateTemplateDraft(brief, { seed: index, variant: 0 });
  const outputVerdict = checkText(draft.text, { stage: 'output' });
  const flags = checkFactRisk(draft.text, brief);
  return { briefVerdict, prompt, draft, outputVerdict, flags };
}
