/**
 * {@code handout import}: turns a Word document or a saved web page into a leaflet in {@code content/},
 * keeping its structure and saying what could not be carried over. It sits on top, beside the batch
 * runner: it writes Markdown that the ordinary checks then read, and no stage calls into it.
 */
package org.handout.importer;
