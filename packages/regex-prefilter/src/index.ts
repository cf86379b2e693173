export { LiteralsSeen, RegexPrefilter } from './regex-prefilter.js';
export { type Requirement, requirementOf } from './requirement.js';
