/**
 * Diagnostics shared by every pipeline stage: a message with the file, line and column it is about.
 * This package depends on nothing else in handout.
 */
package org.handout.diagnostic;
