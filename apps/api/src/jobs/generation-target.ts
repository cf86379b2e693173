import { type FieldError } from '@draftbench/contracts';
import { type ProviderRegistry } from '@draftbench/llm';
import { ProblemException } from '../common/problem.exception.js';

export interface GenerationTarget {
  provider: string;
  model: string;
}

/**
 * Resolves a provider name and optional model against the configured providers, the way a single job
 * does (`POST /v1/jobs`): an unknown provider or a model the provider does not list is a 400 problem
 * naming the valid choices; a missing model means the provider's first model. `path` prefixes the field
 * paths of the problem (`targets.1.` for the second target of a batch).
 */
export function resolveGenerationTarget(
  providers: ProviderRegistry,
  input: { provider: string; model?: string | undefined },
  path = '',
): GenerationTarget {
  const provider = providers.find(input.provider);
  if (!provider) {
    const known = providers
      .list()
      .map((p) => p.name)
      .join(', ');
    throw new ProblemException(
      400,
      'Unknown provider',
      `There is no provider named "${input.provider}". Known providers: ${known}.`,
      [{ path: `${path}provider`, message: `Unknown provider; use one of: ${known}` }],
    );
  }
  const models = provider.info.models.map((m) => m.id);
  const model = input.model ?? models[0]!;
  if (!models.includes(model)) {
    throw new ProblemException(
      400,
      'Unknown model',
      `Provider "${provider.info.name}" has no model "${model}". Its models: ${models.join(', ')}.`,
      [{ path: `${path}model`, message: `Use one of: ${models.join(', ')}` }],
    );
  }
  return { provider: provider.info.name, model };
}

/** Every target of a batch, resolved; a target listed twice (after defaulting the model) is refused. */
export function resolveBatchTargets(
  providers: ProviderRegistry,
  targets: readonly { provider: string; model?: string | undefined }[],
): GenerationTarget[] {
  const resolved = targets.map((t, i) => resolveGenerationTarget(providers, t, `targets.${i}.`));
  const seen = new Map<string, number>();
  const duplicates: FieldError[] = [];
  resolved.forEach((t, i) => {
    const key = `${t.provider}\u0000${t.model}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      duplicates.push({
        path: `targets.${i}`,
        message: `Same provider and model as targets.${first} (${t.provider}/${t.model})`,
      });
  });
  if (duplicates.length > 0) {
    throw new ProblemException(
      400,
      'Duplicate targets',
      'Each provider and model may be listed once per batch; use variants for more drafts per brief.',
      duplicates,
    );
  }
  return resolved;
}
