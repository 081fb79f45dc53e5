export {
  useActionRegistry,
  useActions,
  useRegisterActions,
  currentActions,
  keyLabel,
  type Action,
} from './registry';
export { useActionKeys, isTypingTarget } from './key-bindings';
export { CommandPalette, preloadPalette } from './command-palette';
export { openPalette, usePaletteStore } from './palette-store';
export { rankActions, matchScore } from './rank';
