/**
 * The command line: subcommands, options, validation of arguments, the run summary, and the exit
 * codes that tell a script or scheduler how a run ended.
 */
package dev.briefing.cli;
