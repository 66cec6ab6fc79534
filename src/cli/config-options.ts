/**
 * @module cli/config-options
 * Adds the configuration flags of src/config.ts to a command, so every command that reads
 * the configuration accepts the same flags, each named after its setting.
 */
import type { Command } from 'commander';
import { kebab, SETTINGS } from '../config.js';

/** `keys` limits the flags to those settings (all settings with a flag by default). */
export function withConfigOptions(command: Command, keys?: readonly (keyof typeof SETTINGS)[]) {
  for (const [key, setting] of Object.entries(SETTINGS)) {
    if (keys && !keys.includes(key as keyof typeof SETTINGS)) continue;
    command.option(`--${kebab(setting.flag)} <value>`, `${setting.accepts} (${setting.env})`);
  }
  return command;
}
