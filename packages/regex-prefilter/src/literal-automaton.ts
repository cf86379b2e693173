/**
 * Aho–Corasick over UTF-16 code units: one pass over a text tells which groups of literal strings occur in it.
 * Code units, not graphemes: an occurrence must be found wherever `String#includes` (and so a regex) finds
 * one, and matchers that keep grapheme clusters whole miss the "e" of "e\u0301".
 */
export class LiteralAutomaton {
  /** Goto function: per state, the state reached on each code unit. State 0 is the root. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: Int32Array;
  /** Per state, every group with a literal ending there, its own and those of its failure chain. */
  private readonly outputs: (readonly number[])[];

  constructor(readonly groups: readonly (readonly string[])[]) {
    const own: number[][] = [[]];
    groups.forEach((literals, group) => {
      for (const literal of literals) {
        if (literal === '') throw new RangeError('An empty literal would occur in every text.');
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const code = literal.charCodeAt(i);
          let to = this.next[state]!.get(code);
          if (to === undefined) {
            to = this.next.length;
            this.next.push(new Map());
            own.push([]);
            this.next[state]!.set(code, to);
          }
          state = to;
        }
        own[state]!.push(group);
      }
    });

    this.fail = new Int32Array(this.next.length);
    this.outputs = new Array<readonly number[]>(this.next.length).fill([]);
    // Breadth first: a state's failure target is shallower, so its outputs are complete before they are copied.
    const queue = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const inherited = this.outputs[this.fail[state]!]!;
      const mine = own[state]!;
      this.outputs[state] = mine.length === 0 ? inherited : [...new Set([...mine, ...inherited])];
      for (const [code, to] of this.next[state]!) {
        let back = this.fail[state]!;
        while (back !== 0 && !this.next[back]!.has(code)) back = this.fail[back]!;
        this.fail[to] = this.next[back]!.get(code) ?? 0;
        queue.push(to);
      }
    }
  }

  /** Sets `seen[group]` to 1 for every group one of whose literals occurs in `text`. */
  scan(text: string, seen: Uint8Array): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = this.next[state]!.get(code);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = this.next[state]!.get(code);
      }
      state = to ?? 0;
      const out = this.outputs[state]!;
      for (let k = 0; k < out.length; k++) seen[out[k]!] = 1;
    }
  }
}
