/**
 * Values kept for `ttlMs` after they were stored, at most `maxEntries` of them (the oldest go first).
 * Lets the guard skip PostgreSQL on a key's later requests; what another process changes shows after
 * the TTL, what this process changes is forgotten at once by whoever changes it.
 */
export class ApiKeyCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.value;
    this.entries.delete(id);
    return undefined;
  }

  set(id: string, value: T): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(id); // re-inserted last, so the size bound evicts the oldest
    this.entries.set(id, { value, until: this.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
