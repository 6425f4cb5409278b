/** The command line: {@code handout build}, {@code handout validate}. Thin: parses options, calls the batch runner, prints. */
package org.handout.cli;
