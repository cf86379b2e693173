/**
 * How far a provider's reported usage runs from our up-front token estimates, learnt per provider in this
 * process (moving average of reported ÷ estimated), so the budget is charged what calls really use. An
 * estimate that runs low lets a window admit more than the provider allows (429s); one that runs high
 * leaves the budget unused until settlement.
 */
export class EstimateCalibration {
  private ratio = 1;

  constructor(
    /** Weight of the newest call in the average. */
    private readonly weight = 0.1,
    /** The ratio is kept within [1/bound, bound]: one odd report cannot swing the budget far. */
    private readonly bound = 4,
  ) {}

  get factor(): number {
    return this.ratio;
  }

  /** The estimate corrected by what calls have used so far. */
  apply(estimatedTokens: number): number {
    return Math.ceil(estimatedTokens * this.ratio);
  }

  /** Records a finished call: its raw (uncalibrated) estimate and the usage the provider reported. */
  observe(estimatedTokens: number, reportedTokens: number): void {
    if (!(estimatedTokens > 0) || !(reportedTokens > 0)) return;
    const ratio = Math.min(this.bound, Math.max(1 / this.bound, reportedTokens / estimatedTokens));
    this.ratio += this.weight * (ratio - this.ratio);
  }
}
