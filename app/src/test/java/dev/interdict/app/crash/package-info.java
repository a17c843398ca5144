/** Crash safety: a writer killed with SIGKILL loses nothing acknowledged and leaves nothing half applied. */
package dev.interdict.app.crash;
