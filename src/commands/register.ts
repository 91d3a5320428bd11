/** Ribbon functions by the name a manifest <FunctionName> would use. None yet: see commands.ts. */

export type RibbonFunction = (event: Office.AddinCommands.Event) => void;

export const RIBBON_FUNCTIONS: Record<string, RibbonFunction> = {};

/** Registers every ribbon function with Office; kept apart from Office.onReady so it can be tested. */
export function registerRibbonFunctions(actions: Pick<typeof Office.actions, 'associate'>): string[] {
  const names = Object.keys(RIBBON_FUNCTIONS);
  for (const name of names) actions.associate(name, RIBBON_FUNCTIONS[name]);
  return names;
}
