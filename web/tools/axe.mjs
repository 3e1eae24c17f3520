// Re-exports axe-core's Playwright binding from web/node_modules for the tests under tests/web/.
export { AxeBuilder } from '@axe-core/playwright';
