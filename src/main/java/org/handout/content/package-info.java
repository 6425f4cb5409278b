/**
 * Content stage: finds the leaflets of a project and reads each file — its bytes, its YAML front
 * matter and its Markdown body — into the immutable {@link org.handout.model} tree, reporting every
 * problem with its file, line and column. Content is untrusted: nothing in it is executed or fetched.
 */
package org.handout.content;
