/** The results page's session (its own sessionStorage names); see ../web/session.js. */
import { sessionStore } from '../web/session.js';

export const { currentSession, startSession, endSession, token, chosenLanguage, chooseLanguage } =
  sessionStore('saman.results');
