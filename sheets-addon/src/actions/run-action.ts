// Error boundaries: a menu action shows coded errors in an alert; a google.script.run target rethrows them as a
// plain Error carrying the Vietnamese message (the sidebar's failure handler shows error.message).
import { userMessage } from '../core/errors';
import { alertUser } from '../ui/dialogs';
import { MENU_TITLE } from '../ui/menu';

export function runMenuAction(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    alertUser(MENU_TITLE, userMessage(error));
  }
}

export function runClientCall<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(userMessage(error));
  }
}
