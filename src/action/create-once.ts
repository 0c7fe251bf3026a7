// Creating an issue or a comment is not safe to repeat: when the answer is lost (a dropped
// connection, a 5xx), GitHub may have made it. So before each new attempt the caller's read says
// whether it landed, and only what did not land is tried again (DESIGN §5: every write safe to
// retry). The port has already paused so the read sees a write that just happened.
import { UnsureWriteError } from '../github/port.js';

const ATTEMPTS = 3;

/**
 * @param create the write
 * @param landed reads GitHub and returns what the lost write made, or undefined when it made nothing
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  landed: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof UnsureWriteError)) throw error;
      const made = await landed();
      if (made !== undefined) return made;
      if (attempt >= ATTEMPTS)
        throw new Error(`${error.message} It was tried ${ATTEMPTS} times.`, { cause: error });
    }
  }
}
