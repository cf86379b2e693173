export { textShapedBy } from './text-shaped-by.js';
