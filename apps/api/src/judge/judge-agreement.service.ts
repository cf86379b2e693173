import { Injectable } from '@nestjs/common';
import {
  type JudgeAgreement,
  type JudgeAgreementQuery,
  type JudgeAgreementReport,
} from '@draftbench/contracts';
import {
  judgeHumanAgreement,
  positionBias,
  wilsonInterval,
  type ProportionInterval,
} from '@draftbench/analytics';
import { JudgeVerdictsRepository, type VerdictWithVotes } from './judge-verdicts.repository.js';

const share = (s: ProportionInterval | null) =>
  s ? { estimate: s.share, lower: s.lower, upper: s.upper } : null;

/** How each judge (provider and model) agrees with itself across orders, and with the people. */
@Injectable()
export class JudgeAgreementService {
  constructor(private readonly verdicts: JudgeVerdictsRepository) {}

  async report(query: JudgeAgreementQuery): Promise<JudgeAgreementReport> {
    const byJudge = new Map<string, VerdictWithVotes[]>();
    for (const verdict of await this.verdicts.withHumanVotes(query)) {
      const key = `${verdict.provider}/${verdict.model}`;
      const verdicts = byJudge.get(key) ?? [];
      verdicts.push(verdict);
      byJudge.set(key, verdicts);
    }
    return { items: [...byJudge.values()].map(agreementOf) };
  }
}

function agreementOf(verdicts: VerdictWithVotes[]): JudgeAgreement {
  const { provider, model } = verdicts[0]!;
  const counted = verdicts.filter((v) => v.outcome !== null);
  const consistent = counted.filter((v) => v.status === 'consistent').length;
  const answers = verdicts.flatMap((v) =>
    [v.outcomeAb, v.outcomeBa]
      .filter((o) => o !== null)
      .map((outcome) => ({ a: 'first', b: 'second', outcome })),
  );
  const human = judgeHumanAgreement(counted.map((v) => ({ human: v.human, judge: v.outcome! })));
  return {
    provider,
    model,
    verdicts: counted.length,
    consistency: share(wilsonInterval(consistent, counted.length)),
    firstShownShare: share(positionBias(answers).leftShare),
    pairs: human.pairs,
    agreed: human.agreed,
    agreement: share(human.agreement),
    kappa: human.kappa,
  };
}
