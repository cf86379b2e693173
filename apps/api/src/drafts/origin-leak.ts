/**
 * Phrases with which a text gives away that a model wrote it. Such drafts would break blind rating, so
 * they are flagged for a lead and never put in a pair.
 */
const PATTERNS: RegExp[] = [
  /\bas an? (?:AI|artificial intelligence)(?: language)? (?:model|assistant)\b/i,
  /\bI(?:'m| am) an? (?:AI|artificial intelligence|large language model|language model)\b/i,
  /\bas a large language model\b/i,
  /\b(?:my|the) (?:training data|knowledge cutoff)\b/i,
  /作为(?:一个|一名)?(?:人工智能|AI|ai)(?:语言模型|助手|模型)?/,
  /我是(?:一个|一名)?(?:人工智能|AI|ai)(?:语言模型|助手)?/,
  /作为(?:一个)?(?:大型)?语言模型/,
];

export function revealsOrigin(text: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(text));
}
