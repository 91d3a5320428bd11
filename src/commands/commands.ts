/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The only ribbon button,
 * "Build report", is a ShowTaskpane action and needs no code; this page exists so that future
 * ExecuteFunction buttons have somewhere to register. Each registered function must call
 * event.completed() or Excel shows a spinner on the button for ever.
 */
import { registerRibbonFunctions } from './register';

void Office.onReady(() => registerRibbonFunctions(Office.actions));
